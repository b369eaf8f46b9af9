import { parseDocument } from 'yaml';

export type SplitResult =
  | { ok: true; data: unknown; body: string; bodyStartLine: number }
  | { ok: false; line: number | null; message: string };

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits a clip file into its YAML frontmatter (parsed with the `yaml` library) and its Markdown body. */
export function splitFrontmatter(source: string): SplitResult {
  const open = OPENING.exec(source);
  if (!open) return { ok: false, line: 1, message: 'the file does not start with a "---" frontmatter block.' };
  const rest = source.slice(open[0].length);
  const close = CLOSING.exec(rest);
  if (!close) return { ok: false, line: null, message: 'the frontmatter block is never closed with a "---" line.' };
  const yamlText = rest.slice(0, close.index);
  const doc = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const line = error.linePos?.[0]?.line;
    return {
      ok: false,
      line: line === undefined ? null : line + 1,
      message: `broken YAML: ${error.message.split('\n')[0]}`,
    };
  }
  const body = rest.slice(close.index + close[0].length);
  const bodyStartLine = source.slice(0, source.length - body.length).split('\n').length;
  return { ok: true, data: doc.toJS(), body, bodyStartLine };
}
