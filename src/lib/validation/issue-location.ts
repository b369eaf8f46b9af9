import { LineCounter, parseDocument } from 'yaml';
import type { ValidationIssue } from './validation-issue.ts';

/** 1-based line and column of a file. */
export interface FileLocation {
  line: number;
  column: number;
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /\r?\n---[ \t]*(?:\r?\n|$)/;

/** `source.copies[0].url` → ['source', 'copies', 0, 'url']. */
export function parseFieldPath(field: string): (string | number)[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? m[1]! : Number(m[2])));
}

/**
 * Where in its file an issue points, for an editor or Astro's error overlay: the line a message names ("line 12: …"),
 * else the field's value (or its nearest parent present) in the YAML frontmatter, else the first body line for a
 * body problem. Null when the file says nothing more precise than its name.
 */
export function locateIssue(issue: Pick<ValidationIssue, 'field' | 'message'>, source: string): FileLocation | null {
  const stated = /^line (\d+)\b/.exec(issue.message);
  if (stated) return { line: Number(stated[1]), column: 1 };
  const open = OPENING.exec(source);
  if (!issue.field || !open) return null;
  const rest = source.slice(open[0].length);
  const close = CLOSING.exec(rest);
  if (!close) return null;
  const linesBefore = (offset: number) => source.slice(0, offset).split('\n').length;
  if (issue.field === 'body') return { line: linesBefore(open[0].length + close.index + close[0].length), column: 1 };
  const lineCounter = new LineCounter();
  const doc = parseDocument(rest.slice(0, close.index), { lineCounter, uniqueKeys: false });
  const path = parseFieldPath(issue.field);
  for (let depth = path.length; depth > 0; depth -= 1) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    const offset = node?.range?.[0];
    if (offset === undefined) continue;
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + 1, column: col };
  }
  return null;
}
