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
      if (start >= 0 && lists.every((l) => sortedHas(l.positions!, start + l.offset))) {
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
 * `weightOf`). Every document of the rarest anchor is a candidate; this runs over all of them on each keystroke
 * (the count and the facets need them all), so when each anchor has one form it reads the flat postings in place,
 * without building lists or maps per document.
 */
export function matchPhrase(
  anchors: readonly PhraseAnchor[],
  length: number,
  weightOf: (segment: number) => number,
): { docs: number[]; occurrences: number[] } {
  if (anchors.length === 0) return { docs: [], occurrences: [] };
  if (anchors.every((a) => a.postings.length === 1)) return matchSingleForms(anchors, weightOf);
  const docs: number[] = [];
  const occurrences: number[] = [];
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

/** `matchPhrase` when each anchor has one form: a merge over the anchors' document lists and positions. */
function matchSingleForms(
  anchors: readonly PhraseAnchor[],
  weightOf: (segment: number) => number,
): { docs: number[]; occurrences: number[] } {
  const lists = anchors.map((a) => a.postings[0]!);
  const offsets = anchors.map((a) => a.offset);
  const n = lists.length;
  const rarest = lists.reduce((best, list, i) => (list.docs.length < lists[best]!.docs.length ? i : best), 0);
  const slot = new Int32Array(n);
  const reader = new PhraseReader(lists, offsets);
  const docs: number[] = [];
  const occurrences: number[] = [];
  for (const doc of lists[rarest]!.docs) {
    let everywhere = true;
    for (let a = 0; a < n && everywhere; a++) {
      const list = lists[a]!.docs;
      let i = slot[a]!;
      while (i < list.length && list[i]! < doc) i++;
      slot[a] = i;
      everywhere = list[i] === doc;
    }
    if (!everywhere) continue;
    const weighted = reader.occurrences(slot, weightOf);
    if (weighted > 0) {
      docs.push(doc);
      occurrences.push(weighted);
    }
  }
  return { docs, occurrences };
}

/**
 * Counts a phrase's occurrences in one document straight from the anchors' flat postings (see index-format.ts):
 * segment by segment of the first anchor, the others' matching segment is found by a cursor that only moves forward
 * (the index builder writes a document's segments in the same order in every term's list), and positions are merged
 * as they are decoded.
 */
class PhraseReader {
  readonly #lists: readonly DecodedPostings[];
  readonly #offsets: readonly number[];
  /** Per anchor: where its next segment header is in `flat`, how many segments it has left, its position cursor. */
  readonly #at: Int32Array;
  readonly #left: Int32Array;
  readonly #next: Int32Array;
  readonly #end: Int32Array;
  readonly #position: Float64Array;

  constructor(lists: readonly DecodedPostings[], offsets: readonly number[]) {
    this.#lists = lists;
    this.#offsets = offsets;
    const n = lists.length;
    this.#at = new Int32Array(n);
    this.#left = new Int32Array(n);
    this.#next = new Int32Array(n);
    this.#end = new Int32Array(n);
    this.#position = new Float64Array(n);
  }

  /** The weighted occurrences in the document at `slot[a]` of each anchor's list. */
  occurrences(slot: Int32Array, weightOf: (segment: number) => number): number {
    const lists = this.#lists;
    const n = lists.length;
    for (let a = 0; a < n; a++) {
      const at = lists[a]!.offsets[slot[a]!]!;
      this.#left[a] = lists[a]!.flat[at]!;
      this.#at[a] = at + 1;
    }
    const first = lists[0]!.flat;
    let weighted = 0;
    for (let at = this.#at[0]!, left = this.#left[0]!; left > 0; left--) {
      const segment = first[at]!;
      const count = first[at + 1]!;
      if (this.#alignOthers(segment)) {
        const spans = this.#countInSegment(at + 2, count);
        if (spans > 0) weighted += weightOf(segment) * spans;
      }
      at += 2 + count;
    }
    return weighted;
  }

  /** Moves every other anchor to `segment`; false when one of them is not in it. */
  #alignOthers(segment: number): boolean {
    for (let a = 1; a < this.#lists.length; a++) {
      const flat = this.#lists[a]!.flat;
      let at = this.#at[a]!;
      let left = this.#left[a]!;
      // Forward to the segment, or past the end when the anchor is not there (then it stays where it was).
      let found = -1;
      for (let probe = at, remaining = left; remaining > 0; remaining--) {
        if (flat[probe] === segment) {
          found = probe;
          left = remaining;
          break;
        }
        probe += 2 + flat[probe + 1]!;
      }
      if (found < 0) return false;
      at = found;
      this.#at[a] = at;
      this.#left[a] = left;
      this.#next[a] = at + 2;
      this.#end[a] = at + 2 + flat[at + 1]!;
      this.#position[a] = -1;
    }
    return true;
  }

  /** Phrase starts in the current segment: positions of the first anchor whose partners stand at their offsets. */
  #countInSegment(from: number, count: number): number {
    const first = this.#lists[0]!.flat;
    const firstOffset = this.#offsets[0]!;
    let spans = 0;
    let position = 0;
    for (let k = 0; k < count; k++) {
      position += first[from + k]!;
      const phraseStart = position - firstOffset;
      if (phraseStart < 0) continue;
      let all = true;
      for (let a = 1; a < this.#lists.length && all; a++) {
        const target = phraseStart + this.#offsets[a]!;
        const flat = this.#lists[a]!.flat;
        let current = this.#position[a]!;
        let next = this.#next[a]!;
        const end = this.#end[a]!;
        while (current < target && next < end) current = (current < 0 ? 0 : current) + flat[next++]!;
        this.#position[a] = current;
        this.#next[a] = next;
        all = current === target;
      }
      if (all) spans++;
    }
    return spans;
  }
}
