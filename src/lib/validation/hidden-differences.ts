/**
 * Differences a reader cannot see: the same letters in another Unicode normalisation (é as U+00E9, or as e with a
 * combining U+0301), and invisible characters (zero-width spaces, joiners, soft hyphens, byte-order marks). When two
 * texts differ only so, the message says which and names the code points, since the two look identical.
 */

/** Direction marks that Markdown-to-text readers (hast-util-to-text) drop from a body; compared separately. */
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

const NAMES: Record<string, string> = {
  '00AD': 'SOFT HYPHEN',
  '200B': 'ZERO WIDTH SPACE',
  '200C': 'ZERO WIDTH NON-JOINER',
  '200D': 'ZERO WIDTH JOINER',
  '2060': 'WORD JOINER',
  FEFF: 'ZERO WIDTH NO-BREAK SPACE',
  '200E': 'LEFT-TO-RIGHT MARK',
  '200F': 'RIGHT-TO-LEFT MARK',
  '061C': 'ARABIC LETTER MARK',
};

export function codePoints(text: string): string {
  return [...text].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}

const named = (c: string) => {
  const hex = c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `U+${hex}${NAMES[hex] ? ` (${NAMES[hex]})` : ''}`;
};

/** A base character with the combining marks that follow it. */
const clusters = (text: string) => text.match(/\P{M}\p{M}*|\p{M}+/gu) ?? [];

/** Says how `expected` (capture) and `found` (body) differ when the difference is invisible; null otherwise. */
export function describeHiddenDifference(expected: string, foundAndMore: string): string | null {
  for (let length = Math.max(0, expected.length - 4); length <= foundAndMore.length; length++) {
    const said = hiddenDifference(expected, foundAndMore.slice(0, length));
    if (said) return said;
  }
  return null;
}

function hiddenDifference(expected: string, found: string): string | null {
  if (expected !== found && expected.normalize('NFC') === found.normalize('NFC')) {
    const a = clusters(expected);
    const b = clusters(found);
    const i = a.findIndex((c, k) => c !== b[k]);
    if (i >= 0) {
      return `they differ only in Unicode normalisation: the capture has ${codePoints(a[i]!)} where the body has ${codePoints(b[i] ?? '')} (both show "${a[i]!.normalize('NFC')}")`;
    }
  }
  const visible = (t: string) => t.replace(INVISIBLE, '').replace(BIDI_CONTROLS, '');
  if (expected !== found && visible(expected).normalize('NFC') === visible(found).normalize('NFC')) {
    const inCapture = [...new Set(expected.match(INVISIBLE) ?? [])];
    const inBody = [...new Set(found.match(INVISIBLE) ?? [])];
    const parts = [
      inBody.length ? `the body has invisible ${inBody.map(named).join(', ')}` : '',
      inCapture.length ? `the capture has invisible ${inCapture.map(named).join(', ')}` : '',
    ].filter(Boolean);
    return `they differ only by invisible characters: ${parts.join('; ') || 'direction marks'}`;
  }
  return null;
}

/** The direction marks of a text, in order, as code points ("" when none). */
export function bidiMarks(text: string): string {
  return codePoints((text.match(BIDI_CONTROLS) ?? []).join(''));
}
