import { isStopword, MAX_TERM_LENGTH, tokenize } from './tokenize.ts';

export interface QueryTerm {
  term: string;
  /** The last word of a query still being typed also matches as a prefix ("albe" finds "albence"). */
  prefix: boolean;
}

export interface QueryPhrase {
  /** Every word of the phrase, stopwords included, normalised. */
  words: string[];
  /** The words that are indexed, with their offset inside the phrase. */
  anchors: { term: string; offset: number }[];
}

export interface ParsedQuery {
  terms: QueryTerm[];
  phrases: QueryPhrase[];
  /** Words left out because they are too common to search for. */
  ignored: string[];
}

/** Queries are cut to this many characters and terms: enough for any real search, bounded for hostile input. */
export const MAX_QUERY_LENGTH = 500;
export const MAX_QUERY_TERMS = 12;

/**
 * Splits a query into loose words (fuzzy-matched) and "double-quoted phrases" (matched word for word, in order).
 * An unclosed quote still counts as a phrase, so results keep up while the reader types it.
 */
export function parseQuery(raw: string): ParsedQuery {
  const query = raw.slice(0, MAX_QUERY_LENGTH).replace(/[“”„‟]/g, '"');
  const terms: QueryTerm[] = [];
  const phrases: QueryPhrase[] = [];
  const ignored: string[] = [];
  const endsInWord = /[\p{L}\p{M}\p{N}]$/u.test(query);
  const parts = query.split('"');
  let budget = MAX_QUERY_TERMS;

  parts.forEach((part, i) => {
    const tokens = tokenize(part).filter((t) => t.term.length <= MAX_TERM_LENGTH);
    const quoted = i % 2 === 1;
    if (quoted) {
      const words = tokens.map((t) => t.term);
      const anchors = words.flatMap((term, offset) => (isStopword(term) ? [] : [{ term, offset }]));
      if (anchors.length === 0) {
        ignored.push(...words);
      } else if (budget > 0) {
        if (anchors.length === 1 && words.length === 1) terms.push({ term: anchors[0]!.term, prefix: false });
        else phrases.push({ words, anchors: anchors.slice(0, budget) });
        budget -= anchors.length;
      }
      return;
    }
    const isLastPart = i === parts.length - 1;
    tokens.forEach((token, j) => {
      if (isStopword(token.term)) {
        ignored.push(token.term);
        return;
      }
      if (budget <= 0 || terms.some((t) => t.term === token.term)) return;
      budget--;
      terms.push({ term: token.term, prefix: isLastPart && j === tokens.length - 1 && endsInWord });
    });
  });
  return { terms, phrases, ignored: [...new Set(ignored)] };
}

export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.terms.length === 0 && query.phrases.length === 0;
}
