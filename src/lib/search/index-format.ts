/**
 * The static files the search index is made of. The browser fetches `meta.json` and `terms.json` when search is
 * first used, then only the postings shards holding the query's terms and the text groups holding the results shown.
 */

/** Bumped when the file layout changes. */
export const INDEX_FORMAT = 1;

export const META_FILE = 'meta.json';
export const TERMS_FILE = 'terms.json';
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
  outlets: string[];
  /** Per document (in archive order, newest first): index into `outlets`, or -1 when the outlet is unknown. */
  docOutlet: number[];
  /** Per document: the year used to group clips, or 0 when unknown. */
  docYear: number[];
}

/** Every indexed term, sorted, with the number of documents holding it (same order). */
export interface IndexTerms {
  terms: string[];
  docFrequency: number[];
}

/**
 * A postings shard: term -> flat list of integers, per document in ascending order:
 *   docDelta, segmentCount, then per segment: segment, positionCount, positionDeltas...
 * Segment 0 is the title, segment n >= 1 is body paragraph n (#p-n), segment -k is the k-th metadata field.
 * Positions count every word of the segment, stopwords included.
 */
export type PostingsShard = Record<string, number[]>;

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
