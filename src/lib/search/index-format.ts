/**
 * The static files the search index is made of. The browser fetches `meta.json` when search is first used, then
 * only what a query needs: the dictionary chunks holding its words, the postings shards holding their terms, and
 * one small file per result shown. Nothing grows with the archive except the number of files.
 */

/** Bumped when the file layout changes. */
export const INDEX_FORMAT = 2;

export const META_FILE = 'meta.json';
export const dictionaryFile = (chunk: number): string => `d-${chunk}.json`;
export const shardFile = (shard: number): string => `p-${shard}.json`;
export const groupFile = (group: number): string => `t-${group}.json`;

export interface IndexMeta {
  format: number;
  /** Content hash of the whole index; added to every later request so a stale cache never mixes two builds. */
  version: string;
  docCount: number;
  shardCount: number;
  /** Documents per text group file. */
  groupSize: number;
  /** Analyzer keys of the languages in the index (see analyzer.ts): a query is analysed in each. */
  languages: string[];
  /** The first term of each dictionary chunk, in order: chunk i holds the terms from `dictionary[i]` on. */
  dictionary: string[];
  outlets: string[];
  /** Per document (in archive order, newest first): index into `outlets`, or -1 when the outlet is unknown. */
  docOutlet: number[];
  /** Per document: the year used to group clips, or 0 when unknown. */
  docYear: number[];
  /** Per document: index into `languages` of the analyzer its text was indexed with. */
  docLanguage: number[];
}

/** A dictionary chunk: a sorted run of indexed terms with the number of documents holding each (same order). */
export interface DictionaryChunk {
  terms: string[];
  docFrequency: number[];
}

/**
 * A postings shard: term -> flat list of integers, per document in ascending order:
 *   docDelta, impact, segmentCount, then per segment: segment, positionCount, positionDeltas...
 * `impact` is the document's BM25F term weight for the term (field-weighted term frequency, saturated and
 * normalised by document length), times IMPACT_SCALE and rounded: the query only multiplies it by the term's IDF.
 * Segment 0 is the title, segment n >= 1 is body paragraph n (#p-n), segment -k is the k-th metadata field.
 * Positions count every word of the segment, stop words included.
 */
export type PostingsShard = Record<string, number[]>;
export const IMPACT_SCALE = 100;

/** BM25 parameters (the usual values): term-frequency saturation and the strength of length normalisation. */
export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

export type SegmentKind = 'title' | 'outlet' | 'original outlet' | 'author' | 'person' | 'figure' | 'cited source';

/** A text group: the documents `group * groupSize ...` with what a result shows. */
export interface TextGroup {
  docs: StoredDoc[];
}

export interface StoredDoc {
  slug: string;
  title: string;
  outlet: string | null;
  dateInWords: string;
  /** The clip's BCP 47 language tag, when recorded (for `lang` on the result, so it is read in its language). */
  lang: string | null;
  /** Metadata fields, segment -1, -2, ... */
  fields: [kind: SegmentKind, text: string][];
  /** Body paragraphs: paragraph number and text. */
  paragraphs: [n: number, text: string][];
}

/** FNV-1a: a small, stable hash that puts each term in the same shard in Node and in the browser. */
export function shardOf(term: string, shardCount: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    hash ^= term.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shardCount;
}

/** The dictionary chunk that holds (or would hold) `term`. */
export function chunkOf(term: string, dictionary: readonly string[]): number {
  let lo = 0;
  let hi = dictionary.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dictionary[mid]! <= term) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}
