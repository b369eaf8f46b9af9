/**
 * One tokenizer for the index builder and the browser, so positions computed at build time point at the same words
 * the browser finds when it highlights a snippet.
 */

export interface Token {
  /** The normalised term: lower case, accents removed, inner apostrophes and number separators dropped. */
  term: string;
  /** Offsets of the word in the original text (UTF-16 code units), for highlighting. */
  start: number;
  end: number;
}

// Letters, marks and digits, joined across an inner apostrophe, dot or comma ("that's", "U.S", "158,581", "11.1").
// Hyphens and slashes split words, so "anti-ICE" is found by "ice".
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.,][\p{L}\p{M}\p{N}]+)*/gu;
const MARKS = /\p{M}+/gu;
const JOINERS = /['’.,]/g;
const POSSESSIVE = /['’]s$/;

/** Longer "words" (URLs without separators, base64, fuzz input) are cut: nobody types 64 letters to find a word. */
export const MAX_TERM_LENGTH = 64;

const PLAIN = /^[a-z0-9]+$/;

export function normaliseTerm(word: string): string {
  if (PLAIN.test(word)) return word.length > MAX_TERM_LENGTH ? word.slice(0, MAX_TERM_LENGTH) : word;
  const lower = word.toLowerCase();
  if (PLAIN.test(lower)) return lower.length > MAX_TERM_LENGTH ? lower.slice(0, MAX_TERM_LENGTH) : lower;
  const folded = word.normalize('NFKD').replace(MARKS, '').toLowerCase();
  return folded.replace(POSSESSIVE, '').replace(JOINERS, '').slice(0, MAX_TERM_LENGTH);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const term = normaliseTerm(match[0]);
    if (term) tokens.push({ term, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** The terms of a text in order, without offsets: the index builder's fast path through millions of words. */
export function terms(text: string): string[] {
  const found: string[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const term = normaliseTerm(match[0]);
    if (term) found.push(term);
  }
  return found;
}

/**
 * Words too common to narrow a search. They are not indexed, but they still take up a position, so a phrase such
 * as "worst of the worst" is matched as worst, two words, worst.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by did do does for from had has have he her his i if in into is it its ' +
    'me my no not of on or our she so than that the their them then there these they this those to was we were ' +
    'what when where which who whom will with would you your'
  ).split(' '),
);

export function isStopword(term: string): boolean {
  return STOPWORDS.has(term);
}
