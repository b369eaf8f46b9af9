import { parseFrontmatter } from '@astrojs/markdown-remark';
import { isAlias, isMap, isScalar, parseDocument, visit } from 'yaml';

export type SplitResult =
  | { ok: true; data: unknown; body: string; bodyStartLine: number }
  | { ok: false; line: number | null; message: string; field?: string; fix?: string };

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Splits a clip file into its YAML frontmatter (parsed with the `yaml` library) and its Markdown body, and makes
 * sure Astro's own reader (js-yaml) sees the same data, so `npm run validate`, `npm run build` and `npm run dev`
 * accept exactly the same files. A YAML alias (`*name`) is refused outright: a clip has no use for one, and
 * nested aliases can expand to gigabytes (an "alias bomb").
 */
export function splitFrontmatter(source: string): SplitResult {
  const open = OPENING.exec(source);
  if (!open) return { ok: false, line: 1, message: 'the file does not start with a "---" frontmatter block.' };
  const rest = source.slice(open[0].length);
  const close = CLOSING.exec(rest);
  if (!close) return { ok: false, line: null, message: 'the frontmatter block is never closed with a "---" line.' };
  const yamlText = rest.slice(0, close.index);
  const lineOf = (offset: number | undefined) =>
    offset === undefined ? null : yamlText.slice(0, offset).split('\n').length + 1;
  const doc = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const line = error.linePos?.[0]?.line;
    const duplicate = error.code === 'DUPLICATE_KEY' ? duplicateKey(yamlText, error.pos[0]) : null;
    if (duplicate) {
      return {
        ok: false,
        line: line === undefined ? null : line + 1,
        field: duplicate,
        message: `line ${line === undefined ? '?' : line + 1}: the key "${duplicate}" is given twice; YAML readers disagree on which value wins.`,
        fix: `Keep one "${duplicate}" and delete the other.`,
      };
    }
    return {
      ok: false,
      line: line === undefined ? null : line + 1,
      message: `broken YAML: ${error.message.split('\n')[0]}`,
    };
  }
  let alias: { name: string; offset: number | undefined } | null = null;
  visit(doc, {
    Alias(_, node) {
      alias = { name: node.source, offset: node.range?.[0] };
      return visit.BREAK;
    },
  });
  if (alias) {
    const { name, offset } = alias as { name: string; offset: number | undefined };
    return {
      ok: false,
      line: lineOf(offset),
      message: `line ${lineOf(offset) ?? '?'}: a YAML alias (*${name}); clips may not use anchors and aliases, which can expand without limit.`,
      fix: 'Write each value out in full where it is used.',
    };
  }
  const data = doc.toJS();
  const body = rest.slice(close.index + close[0].length);
  const bodyStartLine = source.slice(0, source.length - body.length).split('\n').length;
  const disagreement = astroDisagrees(source, data, doc);
  if (disagreement) return { ok: false, line: lineOf(disagreement.offset), ...disagreement };
  return { ok: true, data, body, bodyStartLine };
}

function duplicateKey(yamlText: string, offset: number): string | null {
  return /^\s*["']?([^"':\n]+)["']?\s*:/.exec(yamlText.slice(offset))?.[1]?.trim() ?? null;
}

type Disagreement = { field: string; message: string; fix: string; offset: number | undefined };

/**
 * Astro reads frontmatter with js-yaml (YAML 1.1), which turns unquoted dates, `yes`/`no`, `0x1F` and similar
 * into Dates, booleans and numbers where the `yaml` library (YAML 1.2) reads text. Any such value is named here.
 */
function astroDisagrees(source: string, data: unknown, doc: ReturnType<typeof parseDocument>): Disagreement | null {
  let theirs: unknown;
  try {
    theirs = parseFrontmatter(source).frontmatter;
  } catch (error) {
    return {
      field: '',
      message: `Astro's YAML reader cannot read the frontmatter: ${String((error as Error).message).split('\n')[0]}`,
      fix: 'Quote values that contain ": ", "#" or start with a quote mark or "@".',
      offset: undefined,
    };
  }
  const path = firstDifference(data, theirs, []);
  if (!path) return null;
  const node = doc.getIn(path, true);
  const field = path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${key}` : key),
    '',
  );
  const raw = isScalar(node) ? String(node.source ?? node.value) : '';
  const theirValue = valueAt(theirs, path);
  const kind =
    theirValue instanceof Date
      ? 'a date'
      : typeof theirValue === 'boolean'
        ? 'true/false'
        : typeof theirValue === 'number'
          ? 'a number'
          : 'something else';
  return {
    field,
    message: `Astro's YAML reader reads ${raw ? `the unquoted value ${raw}` : 'this value'} as ${kind}, not as the text ${JSON.stringify(valueAt(data, path))}.`,
    fix: `Write it in double quotes, e.g. ${path.at(-1) ?? field}: "${raw}".`,
    offset: isScalar(node) || isMap(node) || isAlias(node) ? node.range?.[0] : undefined,
  };
}

function valueAt(value: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((v, key) => (v as Record<string | number, unknown> | null)?.[key], value);
}

function firstDifference(a: unknown, b: unknown, path: (string | number)[]): (string | number)[] | null {
  if (a === b) return null;
  if (a instanceof Date || b instanceof Date) return path;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const found = firstDifference(a[i], b[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], [
        ...path,
        key,
      ]);
      if (found) return found;
    }
    return null;
  }
  if (typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b)) return null;
  return path;
}
