import { IMPACT_SCALE } from './index-format.ts';
import { lowerBound } from './sorted-search.ts';

/**
 * Decoded postings of one term: documents in ascending order with their BM25F impact, in typed arrays. Positions
 * stay in the flat list and are read per document when needed (proximity, phrases, snippets), so a cached common
 * word costs a few typed arrays rather than thousands of small objects for the garbage collector to walk.
 */
export interface DecodedPostings {
  docs: Int32Array;
  /** The term's BM25F weight in each document (before IDF). */
  impacts: Float64Array;
  /** Where each document's segment list starts in `flat` (at its segment count). */
  offsets: Int32Array;
  flat: readonly number[];
}

export interface SegmentHits {
  segment: number;
  positions: number[];
}

/** Decodes a term's flat postings (see index-format.ts). */
export function decodePostings(flat: readonly number[]): DecodedPostings {
  const docs: number[] = [];
  const impacts: number[] = [];
  const offsets: number[] = [];
  let i = 0;
  let doc = 0;
  while (i < flat.length) {
    doc += flat[i++]!;
    docs.push(doc);
    impacts.push(flat[i++]! / IMPACT_SCALE);
    offsets.push(i);
    const segmentCount = flat[i++]!;
    for (let s = 0; s < segmentCount; s++) i += 2 + flat[i + 1]!;
  }
  return { docs: new Int32Array(docs), impacts: new Float64Array(impacts), offsets: new Int32Array(offsets), flat };
}

/** Where `doc` is in the postings' document list, or -1 (binary search: the lists ascend). */
export function slotOf(postings: DecodedPostings, doc: number): number {
  const at = lowerBound(postings.docs, doc);
  return postings.docs[at] === doc ? at : -1;
}

/** The segments (with positions) of the `i`-th document of decoded postings. */
export function segmentsAt(postings: DecodedPostings, i: number): SegmentHits[] {
  const { flat } = postings;
  let at = postings.offsets[i]!;
  const segmentCount = flat[at++]!;
  const segments: SegmentHits[] = [];
  for (let s = 0; s < segmentCount; s++) {
    const segment = flat[at++]!;
    const count = flat[at++]!;
    const positions: number[] = new Array(count);
    let position = 0;
    for (let p = 0; p < count; p++) positions[p] = position += flat[at++]!;
    segments.push({ segment, positions });
  }
  return segments;
}

/**
 * Where any of several terms (a word's expansions) occurs in a document, by segment, positions ascending: the
 * occurrences of one query word, whichever form it took.
 */
export function positionsInDoc(postingsOfTerms: readonly DecodedPostings[], doc: number): Map<number, number[]> {
  const found = new Map<number, number[]>();
  for (const postings of postingsOfTerms) {
    const slot = slotOf(postings, doc);
    if (slot < 0) continue;
    for (const { segment, positions } of segmentsAt(postings, slot)) {
      const list = found.get(segment);
      if (list) list.push(...positions);
      else found.set(segment, positions);
    }
  }
  if (postingsOfTerms.length > 1) for (const list of found.values()) list.sort((a, b) => a - b);
  return found;
}
