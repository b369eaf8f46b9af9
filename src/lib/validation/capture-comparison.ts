import { collapseWhitespace } from '../text/clip-body.ts';
import { BIDI_CONTROLS, bidiMarks } from './hidden-differences.ts';

export interface OmittedPiece {
  text: string;
}

export type CaptureComparison =
  | { ok: true }
  | { ok: false; kind: 'omission-not-found'; omissionIndex: number; text: string }
  | { ok: false; kind: 'text-differs'; captureLine: number; expected: string; found: string }
  | { ok: false; kind: 'direction-marks-differ'; capture: string; body: string };

/** No-break spaces are the only characters a clip may change (to plain spaces); line ends are normalised. */
export function normaliseCapture(raw: string): string {
  return raw.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
}

interface CaptureLine {
  line: number;
  text: string;
}

function nonBlankLines(text: string): CaptureLine[] {
  return text
    .split('\n')
    .map((t, i) => ({ line: i + 1, text: collapseWhitespace(t) }))
    .filter((l) => l.text.length > 0);
}

/**
 * Removes each declared omission (whole lines of the capture, a run of consecutive non-blank lines)
 * from the capture; returns the lines that remain, or the first omission that matches nothing.
 */
export function removeOmissions(
  capture: string,
  omitted: OmittedPiece[],
): { ok: true; lines: CaptureLine[] } | { ok: false; omissionIndex: number } {
  const lines = nonBlankLines(normaliseCapture(capture));
  const removed = new Array<boolean>(lines.length).fill(false);
  for (const [omissionIndex, piece] of omitted.entries()) {
    const wanted = nonBlankLines(normaliseCapture(piece.text)).map((l) => l.text);
    if (wanted.length === 0) return { ok: false, omissionIndex };
    let start = -1;
    for (let i = 0; i + wanted.length <= lines.length && start < 0; i++) {
      if (wanted.every((w, k) => !removed[i + k] && lines[i + k]!.text === w)) start = i;
    }
    if (start < 0) return { ok: false, omissionIndex };
    for (let k = 0; k < wanted.length; k++) removed[start + k] = true;
  }
  return { ok: true, lines: lines.filter((_, i) => !removed[i]) };
}

/**
 * The first omission that is not byte for byte a run of whole lines of the capture (line ends aside), or null.
 * Omissions are shown as verbatim, so unlike the body they keep every character, no-break spaces included.
 */
export function findAlteredOmission(capture: string, omitted: OmittedPiece[]): number | null {
  const lines = `\n${capture.replace(/\r\n?/g, '\n')}\n`;
  const index = omitted.findIndex((piece) => !lines.includes(`\n${piece.text.replace(/\r\n?/g, '\n')}\n`));
  return index < 0 ? null : index;
}

/**
 * Checks that the capture, less its declared omissions, is exactly the body's text (whitespace aside),
 * so no sentence can be dropped or altered silently. On a difference, names the capture line where it starts.
 */
export function compareCaptureToBody(
  capture: string,
  omitted: OmittedPiece[],
  bodyText: string,
  bodySource?: string,
): CaptureComparison {
  const remaining = removeOmissions(capture, omitted);
  if (!remaining.ok) {
    return {
      ok: false,
      kind: 'omission-not-found',
      omissionIndex: remaining.omissionIndex,
      text: omitted[remaining.omissionIndex]!.text,
    };
  }
  const body = collapseWhitespace(bodyText);
  let offset = 0;
  for (const line of remaining.lines) {
    const separator = offset === 0 ? '' : ' ';
    // A body's text as read has no direction marks (see hidden-differences.ts); they are compared below.
    const expected = separator + collapseWhitespace(line.text.replace(BIDI_CONTROLS, ''));
    const found = body.slice(offset, offset + expected.length);
    if (found !== expected) {
      return {
        ok: false,
        kind: 'text-differs',
        captureLine: line.line,
        expected: expected.trim(),
        // A little more of the body than the line, so an invisible or decomposed character does not cut it short.
        found: body.slice(offset, offset + expected.length + 16).trim(),
      };
    }
    offset += expected.length;
  }
  if (offset < body.length) {
    return { ok: false, kind: 'text-differs', captureLine: 0, expected: '', found: body.slice(offset).trim() };
  }
  if (bodySource !== undefined) {
    const inCapture = bidiMarks(remaining.lines.map((l) => l.text).join(''));
    const inBody = bidiMarks(bodySource);
    if (inCapture !== inBody) return { ok: false, kind: 'direction-marks-differ', capture: inCapture, body: inBody };
  }
  return { ok: true };
}

/**
 * The two texts around their first difference, at most `width` characters each, so a message shows where they
 * part (a changed word late in a long paragraph would otherwise fall outside both excerpts). An excerpt that does
 * not start or end with its text is marked with "…".
 */
export function excerptsAtDifference(expected: string, found: string, width = 80): { expected: string; found: string } {
  let at = 0;
  while (at < expected.length && at < found.length && expected[at] === found[at]) at += 1;
  const start = Math.max(0, Math.min(at - Math.floor(width / 3), Math.max(expected.length, found.length) - width));
  const cut = (text: string) =>
    `${start > 0 ? '…' : ''}${text.slice(start, start + width)}${start + width < text.length ? '…' : ''}`;
  return { expected: cut(expected), found: cut(found) };
}
