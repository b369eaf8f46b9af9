/**
 * One tokenizer for the index builder and the browser, so positions computed at build time point at the same words
 * the browser finds when it highlights a snippet. It is the same for every language: what differs by language (stop
 * words, stemming) is applied afterwards, by `analyzer.ts`.
 */

export interface Token {
  /** The word in lower case with its accents, inner apostrophes and number separators dropped: what stemmers read. */
  word: string;
  /** The word with its accents folded (`café` -> `cafe`): what phrases and unstemmed text are matched on. */
  term: string;
  /** Offsets of the word in the original text (UTF-16 code units), for highlighting. */
  start: number;
  end: number;
}

// A word: letters, marks and digits, joined across an inner apostrophe, dot or comma ("that's", "U.S", "158,581");
// or a per cent sign, read as the word "percent", so `70%` is found by "70 percent". Hyphens and slashes split
// words, so "anti-ICE" is found by "ice".
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.,][\p{L}\p{M}\p{N}]+)*|%/gu;
// A number written in groups of three digits separated by spaces ("158 581", "1 000 000") is read as one number.
// Tried only where a word of one to three digits is followed by a space: a lookbehind tried at every word would
// double the cost of tokenizing, which runs for every snippet on every keystroke.
const SPACED_NUMBER = /(?<![\p{N}.,])\p{N}{1,3}(?:[ \u00A0\u202F]\p{N}{3})+(?![\p{L}\p{M}\p{N}])/uy;
const SHORT_NUMBER = /^\p{N}{1,3}$/u;
const NUMBER_GROUP_SEPARATORS = new Set([' ', '\u00A0', '\u202F']);
const MARKS = /\p{M}+/gu;
const SEPARATORS = /[.,\s]/g;
const POSSESSIVE = /'s$/;
const APOSTROPHES = /'/g;
/** Scripts written without spaces between words: these runs are cut into words by Intl.Segmenter. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]/u;

/** Longer "words" (URLs without separators, base64, fuzz input) are cut: nobody types 64 letters to find a word. */
export const MAX_TERM_LENGTH = 64;

const PLAIN = /^[a-z0-9]+$/;

/**
 * Lower case with accents and inner apostrophes kept (for stemmers and elision), a final 's and number separators
 * dropped: "That’s" -> "that", "158,581" -> "158581", "L’immigration" -> "l'immigration".
 */
export function lowerWord(word: string): string {
  if (PLAIN.test(word)) return word.slice(0, MAX_TERM_LENGTH);
  const lower = word.normalize('NFC').toLowerCase();
  if (PLAIN.test(lower)) return lower.slice(0, MAX_TERM_LENGTH);
  return lower.replace(/’/g, "'").replace(POSSESSIVE, '').replace(SEPARATORS, '').slice(0, MAX_TERM_LENGTH);
}

/** Accents and apostrophes folded away: `café` and `cafe` are one term, and so are `won't` and `wont`. */
export function foldAccents(word: string): string {
  return PLAIN.test(word) ? word : word.normalize('NFKD').replace(MARKS, '').replace(APOSTROPHES, '').normalize('NFC');
}

/** The folded term of a word as the tokenizer would give it. */
export function normaliseTerm(word: string): string {
  return foldAccents(lowerWord(word));
}

let segmenter: Intl.Segmenter | undefined;

/** Calls `emit` for every word of `text`, in order. The one loop behind `tokenize` and the index builder. */
export function forEachWord(text: string, emit: (word: string, start: number, end: number) => void): void {
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const start = match.index;
    let raw = match[0];
    if (raw === '%') {
      emit('percent', start, start + 1);
      continue;
    }
    if (raw.length <= 6 && NUMBER_GROUP_SEPARATORS.has(text[start + raw.length]!) && SHORT_NUMBER.test(raw)) {
      SPACED_NUMBER.lastIndex = start;
      const number = SPACED_NUMBER.exec(text);
      if (number) {
        raw = number[0];
        WORD.lastIndex = start + raw.length;
        emit(lowerWord(raw), start, start + raw.length);
        continue;
      }
    }
    if (UNSPACED.test(raw)) {
      segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
      for (const part of segmenter.segment(raw)) {
        if (!part.isWordLike) continue;
        const word = lowerWord(part.segment);
        if (word) emit(word, start + part.index, start + part.index + part.segment.length);
      }
    } else {
      const word = lowerWord(raw);
      if (word) emit(word, start, start + raw.length);
    }
  }
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  forEachWord(text, (word, start, end) => tokens.push({ word, term: foldAccents(word), start, end }));
  return tokens;
}
