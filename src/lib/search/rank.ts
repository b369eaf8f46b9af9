import { BM25_K1 } from './index-format.ts';
import { positionsInDoc, type DecodedPostings } from './postings.ts';
import { sortedHas } from './sorted-search.ts';

/**
 * Ranking. Each query item (a loose word, or a quoted phrase) scores a document by BM25F: the item's IDF times the
 * document's impact for it (saturated, length-normalised, field-weighted term frequency, computed at build time).
 * A word's forms (stems in each language, completions, corrections) count by their best match, weighted by how
 * sure the form is. Documents matching more of the query rank higher (coverage), and so do documents where the
 * query's words stand near each other, in the query's order (proximity). Quoted phrases are required.
 */
export interface RankItem {
  /** How informative the item is (IDF). */
  idf: number;
  /** The item's position in the query, counting every word (for proximity). */
  position: number;
  /** Documents the item matches and its BM25F score in each (same order, documents ascending). */
  docs: Int32Array;
  scores: Float64Array;
  required: boolean;
  /** The postings of a loose word's forms (for proximity); empty for a phrase. */
  postings: DecodedPostings[];
}

/** Up to this many query items, clips matching every item rank above clips matching fewer, whatever their scores. */
export const STRICT_COVERAGE_ITEMS = 6;
/** Proximity is computed for this many of the best documents (it reads positions, which costs more than scores). */
const PROXIMITY_DEPTH = 64;
const PROXIMITY_WEIGHT = 1;

/** A stem found in a document of another language counts this much: "deportaciones" prefers Spanish clips. */
export const OTHER_LANGUAGE = 0.8;

/**
 * A loose word's scores: per document, the best of its forms, each weighted by `factor` (quality x IDF) and by
 * `byLanguage[language of the document]` (1, or OTHER_LANGUAGE for a stem of another language than the clip's).
 */
export function wordScores(
  forms: { postings: DecodedPostings; factor: number; byLanguage: Float64Array }[],
  docLanguage: readonly number[],
  scratch: Float64Array,
): { docs: Int32Array; scores: Float64Array } {
  if (forms.length === 1) {
    // One form (most words): its own document list, read in place.
    const { postings, factor, byLanguage } = forms[0]!;
    const scores = new Float64Array(postings.docs.length);
    for (let i = 0; i < scores.length; i++) {
      scores[i] = factor * byLanguage[docLanguage[postings.docs[i]!]!]! * postings.impacts[i]!;
    }
    return { docs: postings.docs, scores };
  }
  const seen: number[] = [];
  for (const { postings, factor, byLanguage } of forms) {
    for (let i = 0; i < postings.docs.length; i++) {
      const doc = postings.docs[i]!;
      const s = factor * byLanguage[docLanguage[doc]!]! * postings.impacts[i]!;
      if (scratch[doc] === 0) seen.push(doc);
      if (s > scratch[doc]!) scratch[doc] = s;
    }
  }
  const docs = new Int32Array(seen).sort();
  const scores = new Float64Array(docs.length);
  for (let i = 0; i < docs.length; i++) {
    scores[i] = scratch[docs[i]!]!;
    scratch[docs[i]!] = 0;
  }
  return { docs, scores };
}

/** A phrase's scores: BM25 saturation of its weighted number of occurrences, times the IDF of its words. */
export function phraseScores(match: { docs: number[]; occurrences: number[] }, idf: number) {
  // Plain loops: TypedArray.from with a mapping function takes V8's slow generic path.
  const docs = new Int32Array(match.docs);
  const scores = new Float64Array(docs.length);
  for (let i = 0; i < scores.length; i++) {
    const n = match.occurrences[i]!;
    scores[i] = (idf * n * (BM25_K1 + 1)) / (n + BM25_K1);
  }
  return { docs, scores };
}

export interface Scored {
  /** Documents matching at least one item and every required one, ascending. */
  docs: Int32Array;
  /** Per document: the summed score, and how many items it matched (both zero for other documents). */
  score: Float64Array;
  matched: Uint8Array;
}

/** Sums the items' scores per document; keeps documents that match every required one. */
export function scoreDocuments(items: readonly RankItem[], score: Float64Array, matched: Uint8Array): Scored {
  let touched = 0;
  for (const item of items) {
    for (let i = 0; i < item.docs.length; i++) {
      const doc = item.docs[i]!;
      if (matched[doc] === 0) touched++;
      matched[doc]!++;
      score[doc]! += item.scores[i]!;
    }
  }
  // One item: its documents are the answer as they are.
  if (items.length === 1) return { docs: items[0]!.docs, score, matched };
  const required = items.filter((item) => item.required);
  const kept: number[] = [];
  const visit = (doc: number) => {
    // When every item is required, matching them all is matching as many items as there are.
    const ok =
      required.length === 0 ||
      (required.length === items.length
        ? matched[doc] === items.length
        : required.every((item) => sortedHas(item.docs, doc)));
    if (ok) kept.push(doc);
    else {
      score[doc] = 0;
      matched[doc] = 0;
    }
  };
  // Documents in ascending order: a pass over the per-document counts when many match, else a sort of those few.
  if (touched * 16 > matched.length) {
    for (let doc = 0; doc < matched.length; doc++) if (matched[doc] !== 0) visit(doc);
  } else {
    const seen = new Set<number>();
    for (const item of items) for (const doc of item.docs) seen.add(doc);
    for (const doc of new Int32Array(seen).sort()) visit(doc);
  }
  return { docs: new Int32Array(kept), score, matched };
}

/**
 * Orders documents best first: `top`, the `wanted` best (at least PROXIMITY_DEPTH) exactly, with proximity; `rest()`
 * the others, in archive order, for when some of the top are dropped. Ties go to the newer clip (documents are
 * numbered newest first).
 */
export function orderByRelevance(
  docs: Int32Array,
  scored: Scored,
  items: readonly RankItem[],
  wanted: number,
): {
  top: number[];
  rest: () => number[];
  compareWith: (bonus: (doc: number) => number) => (a: number, b: number) => number;
} {
  const { score, matched } = scored;
  const totalIdf = items.reduce((sum, item) => sum + item.idf, 0) || 1;
  const strict = items.length <= STRICT_COVERAGE_ITEMS;
  const coverage = (doc: number) => {
    if (strict) return 1;
    let idf = 0;
    for (const item of items) if (sortedHas(item.docs, doc)) idf += item.idf;
    return (1 + idf / totalIdf) / 2;
  };
  // One number per document orders it: the items it matches (for short queries), then its score.
  const tier = strict ? TIER : 0;
  const top = topK(docs, (doc) => matched[doc]! * tier + score[doc]!, Math.max(wanted, PROXIMITY_DEPTH));
  const words = items.filter((item) => item.postings.length > 0).sort((a, b) => a.position - b.position);
  const key = new Map<number, number>();
  for (const doc of top) key.set(doc, matched[doc]! * tier + (score[doc]! + proximity(words, doc)) * coverage(doc));
  const keyOf = (doc: number) => key.get(doc) ?? matched[doc]! * tier + score[doc]!;
  const compareWith = (bonus: (doc: number) => number) => (a: number, b: number) =>
    keyOf(b) + bonus(b) - keyOf(a) - bonus(a) || a - b;
  top.sort(compareWith(() => 0));
  const rest = () => {
    const inTop = new Set(top);
    return Array.from(docs).filter((doc) => !inTop.has(doc));
  };
  // `compareWith` lets the caller re-order the results it shows by what it learns from their text.
  return { top, rest, compareWith };
}

/** Separates the tiers of documents matching different numbers of query items (scores stay far below it). */
const TIER = 1e9;

/**
 * The `k` documents with the highest keys, best first (ties to the lower number): a heap of `k` over one pass, so a
 * common word costs one key per matching document and no sort of them all.
 */
function topK(docs: Int32Array, keyOf: (doc: number) => number, k: number): number[] {
  const byKey = (a: number, b: number) => keyOf(b) - keyOf(a) || a - b;
  if (docs.length <= k) return Array.from(docs).sort(byKey);
  // A min-heap on (key, then higher document number): its root is the worst of the best k so far.
  const heapKey = new Float64Array(k);
  const heapDoc = new Int32Array(k);
  const worse = (i: number, j: number) =>
    heapKey[i]! < heapKey[j]! || (heapKey[i] === heapKey[j] && heapDoc[i]! > heapDoc[j]!);
  const swap = (i: number, j: number) => {
    const key = heapKey[i]!;
    heapKey[i] = heapKey[j]!;
    heapKey[j] = key;
    const doc = heapDoc[i]!;
    heapDoc[i] = heapDoc[j]!;
    heapDoc[j] = doc;
  };
  let size = 0;
  for (let d = 0; d < docs.length; d++) {
    const doc = docs[d]!;
    const key = keyOf(doc);
    if (size < k) {
      heapKey[size] = key;
      heapDoc[size] = doc;
      for (let i = size++; i > 0 && worse(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else if (key > heapKey[0]! || (key === heapKey[0] && doc < heapDoc[0]!)) {
      heapKey[0] = key;
      heapDoc[0] = doc;
      for (let i = 0; ;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let least = i;
        if (left < k && worse(left, least)) least = left;
        if (right < k && worse(right, least)) least = right;
        if (least === i) break;
        swap(i, least);
        i = least;
      }
    }
  }
  return Array.from(heapDoc).sort(byKey);
}

/**
 * How close the query's consecutive loose words (`words`, in query order) stand in the document: for each pair, the best match in one
 * segment scores 1 when the words stand exactly as far apart as in the query and in its order, less the further off
 * they are, and a third when they stand in reverse order; each pair counts by the rarer word's IDF.
 */
export function proximity(words: readonly RankItem[], doc: number): number {
  if (words.length < 2) return 0;
  let bonus = 0;
  let previous: { item: RankItem; positions: Map<number, number[]> } | undefined;
  for (const item of words) {
    const positions = sortedHas(item.docs, doc) ? positionsInDoc(item.postings, doc) : undefined;
    if (positions && previous) {
      const expected = Math.max(1, item.position - previous.item.position);
      let best = 0;
      for (const [segment, after] of positions) {
        const before = previous.positions.get(segment);
        if (before) best = Math.max(best, closeness(before, after, expected));
      }
      bonus += best * Math.min(item.idf, previous.item.idf);
    }
    if (positions) previous = { item, positions };
  }
  return PROXIMITY_WEIGHT * bonus;
}

function closeness(before: readonly number[], after: readonly number[], expected: number): number {
  let best = 0;
  let j = 0;
  for (const p of before) {
    while (j < after.length && after[j]! < p - 3) j++;
    for (let k = j; k < after.length && after[k]! <= p + expected + 3; k++) {
      const gap = after[k]! - p;
      const value = gap > 0 ? 1 / (1 + Math.abs(gap - expected)) : gap < 0 ? 1 / (3 * -gap) : 0;
      if (value > best) best = value;
    }
    if (best === 1) break;
  }
  return best;
}
