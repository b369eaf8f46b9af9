import { positionsInDoc, slotOf, type DecodedPostings } from './postings.ts';
import type { Span } from './snippet.ts';
import { sortedHas } from './sorted-search.ts';

/** One indexed word of a quoted phrase: where it stands in the phrase and the postings of the forms it may take. */
export interface PhraseAnchor {
  offset: number;
  postings: DecodedPostings[];
}

/**
 * Where a phrase's indexed words stand at the right distances from each other in a document, by segment: each
 * span covers the whole phrase (`length` words, stop words included). The words between anchors are confirmed on
 * the text later (see present.ts), since stop words are not indexed.
 */
export function phraseSpansInDoc(anchors: readonly PhraseAnchor[], length: number, doc: number): Map<number, Span[]> {
  const found = new Map<number, Span[]>();
  const [first, ...rest] = anchors;
  if (!first) return found;
  const firstPositions = positionsInDoc(first.postings, doc);
  if (firstPositions.size === 0) return found;
  const others = rest.map((anchor) => ({ offset: anchor.offset, bySegment: positionsInDoc(anchor.postings, doc) }));
  for (const [segment, positions] of firstPositions) {
    const lists = others.map((o) => ({ offset: o.offset, positions: o.bySegment.get(segment) }));
    if (lists.some((l) => !l.positions)) continue;
    for (const p of positions) {
      const start = p - first.offset;
      if (lists.every((l) => sortedHas(l.positions!, start + l.offset))) {
        let spans = found.get(segment);
        if (!spans) found.set(segment, (spans = []));
        spans.push({ from: start, to: start + length - 1 });
      }
    }
  }
  return found;
}

/**
 * The documents where every anchor of a phrase stands in place, with how often (per segment kind weight given by
 * `weightOf`). Walks the documents of the rarest anchor and skips at once those another anchor is missing from.
 */
export function matchPhrase(
  anchors: readonly PhraseAnchor[],
  length: number,
  weightOf: (segment: number) => number,
): { docs: number[]; occurrences: number[] } {
  const docs: number[] = [];
  const occurrences: number[] = [];
  if (anchors.length === 0) return { docs, occurrences };
  const sizeOf = (a: PhraseAnchor) => a.postings.reduce((sum, p) => sum + p.docs.length, 0);
  const rarest = anchors.reduce((a, b) => (sizeOf(b) < sizeOf(a) ? b : a));
  const candidates = new Set<number>();
  for (const postings of rarest.postings) for (const doc of postings.docs) candidates.add(doc);
  for (const doc of [...candidates].sort((a, b) => a - b)) {
    if (anchors.some((a) => a !== rarest && a.postings.every((p) => slotOf(p, doc) < 0))) continue;
    let weighted = 0;
    for (const [segment, spans] of phraseSpansInDoc(anchors, length, doc)) weighted += weightOf(segment) * spans.length;
    if (weighted > 0) {
      docs.push(doc);
      occurrences.push(weighted);
    }
  }
  return { docs, occurrences };
}
