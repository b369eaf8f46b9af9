import { tokenize } from './tokenize.ts';

export interface QueryWord {
  /** Lower case, accents kept (what stemmers read). */
  word: string;
  /** Accents folded (what is shown and compared). */
  term: string;
  /** Where the word stands in the query, counting every word: proximity compares it with positions in a clip. */
  position: number;
  /** The last word of a short query still being typed also matches as a prefix ("albe" finds "albence"). */
  prefix: boolean;
}

export interface QueryPhrase {
  /** The phrase as typed, for messages. */
  text: string;
  /** Every word of the phrase, in order, stop words included. */
  words: QueryWord[];
}

export interface ParsedQuery {
  /** Loose words, each once, in query order. */
  words: QueryWord[];
  /** "Double-quoted phrases", matched word for word, in order. */
  phrases: QueryPhrase[];
}

/** Queries are cut to this many characters: room for a pasted paragraph, bounded for hostile input. */
export const MAX_QUERY_LENGTH = 5_000;
/** A query of more words than this is a pasted text or a question: no prefix completion, no typo correction. */
export const SHORT_QUERY_WORDS = 6;
/**
 * In a query of more words than this, double quotes are taken as part of a pasted text (quoted speech), not as
 * phrase syntax: their words are searched like the others (and still count for proximity).
 */
export const PASTED_TEXT_WORDS = 16;

/**
 * Splits a query into loose words and "double-quoted phrases". An unclosed quote still counts as a phrase, so
 * results keep up while the reader types it.
 */
export function parseQuery(raw: string): ParsedQuery {
  const query = raw.slice(0, MAX_QUERY_LENGTH).replace(/[“”„‟]/g, '"');
  const words: QueryWord[] = [];
  const phrases: QueryPhrase[] = [];
  const endsInWord = /[\p{L}\p{M}\p{N}]$/u.test(query);
  const parts = query.split('"');
  let position = 0;
  parts.forEach((part, i) => {
    const tokens = tokenize(part);
    const quoted = i % 2 === 1;
    const parsed = tokens.map((t) => ({ word: t.word, term: t.term, position: position++, prefix: false }));
    if (quoted) {
      if (parsed.length > 0) phrases.push({ text: part.trim(), words: parsed });
    } else {
      for (const word of parsed) if (!words.some((w) => w.term === word.term)) words.push(word);
    }
    position += 2; // a quote mark parts phrases: their words are not next to the words outside
  });
  if (position - 2 * parts.length > PASTED_TEXT_WORDS && phrases.length > 0) {
    for (const word of phrases.flatMap((p) => p.words)) if (!words.some((w) => w.term === word.term)) words.push(word);
    words.sort((a, b) => a.position - b.position);
    phrases.length = 0;
  }
  // The word being typed is the query's last token, outside quotes (and maybe a repeat of an earlier word).
  const lastToken = tokenize(parts[parts.length - 1]!).at(-1);
  const typing = parts.length % 2 === 1 && endsInWord && lastToken !== undefined;
  const last = typing ? words.find((w) => w.term === lastToken.term) : undefined;
  if (last && words.length <= SHORT_QUERY_WORDS) last.prefix = true;
  return { words, phrases };
}

export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.words.length === 0 && query.phrases.length === 0;
}
