import Fuse from 'fuse.js/basic';

const MAX_FUZZY_EXPANSIONS = 8;
const MAX_FUZZY_CANDIDATES = 64;

/** Edits allowed for a typo: none for short words (too many neighbours), one from four letters, two from eight. */
export function allowedEdits(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/**
 * Optimal-string-alignment distance, stopping early past `limit`. Fuse finds candidates by its bitap score, which
 * also rewards a word hidden inside a longer one ("war" in "software"); this confirms a candidate is a typo.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The index's whole term list, for typo correction: Fuse.js scores the few terms that share enough letter pairs with
 * the query word, so a query never scans the archive's text, only a slice of its words. Loaded only when a query
 * word is missing from the index (or rare).
 */
export class Vocabulary {
  /** Terms with a letter in them: the only ones a typo can be corrected to. */
  readonly #fuzzyTerms: string[] = [];
  #bigramIndex: Map<string, number[]> | undefined;
  /** Scratch counters for #candidates, reset after each use. */
  #sharedCounts: Uint8Array | undefined;
  readonly #frequencyOf = new Map<string, number>();

  constructor(terms: readonly string[], docFrequency: readonly number[]) {
    terms.forEach((term, i) => {
      if (!/\p{L}/u.test(term)) return; // numbers are matched exactly or by prefix, never "fuzzily"
      this.#fuzzyTerms.push(term);
      this.#frequencyOf.set(term, docFrequency[i]!);
    });
  }

  /** Indexed terms within a typo of `term` (one edit from four letters, two from eight), closest and commonest first. */
  corrections(term: string): { term: string; distance: number; docFrequency: number }[] {
    const edits = allowedEdits(term.length);
    if (edits === 0 || !/\p{L}/u.test(term)) return [];
    const candidates = this.#candidates(term, edits).filter((t) => t !== term);
    // Fuse scores the few candidates; the edit distance confirms each one is a typo of the query word.
    const fuse = new Fuse(candidates, {
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.5,
      isCaseSensitive: true,
    });
    const fuzzy: [term: string, distance: number, score: number, frequency: number][] = [];
    for (const hit of fuse.search(term)) {
      const distance = editDistance(term, hit.item, edits);
      if (distance <= edits) fuzzy.push([hit.item, distance, hit.score ?? 1, this.#frequencyOf.get(hit.item) ?? 0]);
    }
    fuzzy.sort((a, b) => a[1] - b[1] || a[2] - b[2] || b[3] - a[3] || (a[0] < b[0] ? -1 : 1));
    return fuzzy
      .slice(0, MAX_FUZZY_EXPANSIONS)
      .map(([t, distance, , docFrequency]) => ({ term: t, distance, docFrequency }));
  }

  /**
   * Terms that may be within `edits` of `term`: a term of nearby length sharing enough letter pairs (one edit
   * changes at most three of them). This keeps Fuse's work to a few dozen words whatever the vocabulary's size.
   */
  #candidates(term: string, edits: number): string[] {
    const index = (this.#bigramIndex ??= buildBigramIndex(this.#fuzzyTerms));
    const pairs = new Set(bigrams(term));
    const needed = pairs.size - 3 * edits;
    const shared = (this.#sharedCounts ??= new Uint8Array(this.#fuzzyTerms.length));
    const touched: number[] = [];
    for (const pair of pairs) {
      for (const id of index.get(pair) ?? []) {
        if (shared[id] === 0) touched.push(id);
        shared[id] = Math.min(255, shared[id]! + 1);
      }
    }
    const candidates: [string, number][] = [];
    for (const id of touched) {
      const count = shared[id]!;
      shared[id] = 0;
      const candidate = this.#fuzzyTerms[id]!;
      if (count >= needed && Math.abs(candidate.length - term.length) <= edits) candidates.push([candidate, count]);
    }
    candidates.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return candidates.slice(0, MAX_FUZZY_CANDIDATES).map(([t]) => t);
  }
}

/** Letter pairs of a word, with its start and end marked: "ice" -> "^i", "ic", "ce", "e$". */
export function bigrams(term: string): string[] {
  const padded = `^${term}$`;
  const pairs: string[] = [];
  for (let i = 0; i < padded.length - 1; i++) pairs.push(padded.slice(i, i + 2));
  return pairs;
}

function buildBigramIndex(terms: string[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  terms.forEach((term, id) => {
    for (const pair of new Set(bigrams(term))) {
      let ids = index.get(pair);
      if (!ids) index.set(pair, (ids = []));
      ids.push(id);
    }
  });
  return index;
}
