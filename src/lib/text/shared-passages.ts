/**
 * Text reuse between clips, found with hashed word shingles and an inverted index (shingle -> paragraphs),
 * so the work grows with the archive's size, not with the number of clip pairs.
 */

import type { Clip } from '../archive/clip.ts';
import type { BodyParagraph } from './clip-body.ts';

/** The parts of a clip text reuse reads. */
export type PassageSource = Pick<Clip, 'slug'> & { paragraphs: readonly Pick<BodyParagraph, 'n' | 'text'>[] };

/** One paragraph of a clip that shares its text with one paragraph of another clip. */
export interface SharedPassage {
  paragraph: number;
  otherSlug: string;
  otherParagraph: number;
  /** Share of this paragraph's shingles found in the other paragraph (0–1; 1 means all its wording recurs). */
  coverage: number;
}

export interface SharedPassageOptions {
  /** Words per shingle. Eight words rarely recur by chance in news prose. */
  shingleSize?: number;
  /** A shingle found in more clips than this is boilerplate (a stock phrase, a footer) and is ignored. */
  maxClipsPerShingle?: number;
  /** Least share of the shorter paragraph's shingles the two paragraphs must have in common. */
  minCoverage?: number;
}

/** Lowercase words, with curly and straight quotes and dashes treated alike, so typography does not hide reuse. */
export function passageWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[‘’ʼ]/g, "'")
      .match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? []
  );
}

/** 32-bit FNV-1a hash of one word. */
function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i += 1) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** 32-bit hash of a window of word hashes: a polynomial over the words, so order matters. */
function hashWindow(wordHashes: Uint32Array, start: number, size: number): number {
  let h = 0x9747b28c;
  for (let i = start; i < start + size; i += 1) h = (Math.imul(h, 0x01000193) + wordHashes[i]!) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** The hash of one shingle (a run of words), as the index stores it. */
export function hashShingle(words: string[]): number {
  return hashWindow(Uint32Array.from(words, hashWord), 0, words.length);
}

/**
 * For every clip, the paragraphs it shares with other clips (both directions are reported), sorted by
 * paragraph, then by the other clip's slug and paragraph.
 */
export function findSharedPassages(
  sources: readonly PassageSource[],
  options: SharedPassageOptions = {},
): Map<string, SharedPassage[]> {
  const size = options.shingleSize ?? 8;
  const maxClips = options.maxClipsPerShingle ?? 25;
  const minCoverage = options.minCoverage ?? 0.5;

  // Every paragraph gets a dense id. Each (shingle, paragraph) pair is packed into one float (hash in the high bits,
  // paragraph id in the low bits) and the packed values are sorted: runs of equal hashes are the inverted index,
  // built without a hash map, so memory stays at 8 bytes a shingle even at tens of thousands of clips.
  const paragraphClip: number[] = [];
  const paragraphNumber: number[] = [];
  const paragraphSize: number[] = [];
  const perParagraph: Uint32Array[] = [];
  sources.forEach((source, clipIndex) => {
    for (const paragraph of source.paragraphs) {
      const words = Uint32Array.from(passageWords(paragraph.text), hashWord);
      const count = Math.max(0, words.length - size + 1);
      const shingles = new Uint32Array(count);
      for (let i = 0; i < count; i += 1) shingles[i] = hashWindow(words, i, size);
      paragraphClip.push(clipIndex);
      paragraphNumber.push(paragraph.n);
      perParagraph.push(shingles);
    }
  });
  const paragraphCount = paragraphClip.length;
  const idBits = Math.max(1, Math.ceil(Math.log2(paragraphCount + 1)));
  const idSpace = 2 ** idBits;
  const hashSpace = 2 ** Math.min(32, 53 - idBits);
  const packed = new Float64Array(perParagraph.reduce((n, s) => n + s.length, 0));
  let fill = 0;
  perParagraph.forEach((shingles, id) => {
    for (const hash of shingles) packed[fill++] = (hash % hashSpace) * idSpace + id;
  });
  packed.sort();
  // Distinct shingles per paragraph (a repeated shingle counts once).
  for (let i = 0; i < paragraphCount; i += 1) paragraphSize.push(0);
  for (let i = 0; i < packed.length; i += 1) {
    if (i > 0 && packed[i] === packed[i - 1]) continue;
    paragraphSize[packed[i]! % idSpace]! += 1;
  }

  // Count common shingles per pair of paragraphs from different clips, one run of equal hashes at a time.
  const pairCounts = new Map<number, number>();
  const run: number[] = [];
  const clipSeenInRun = new Int32Array(sources.length).fill(-1);
  let runNumber = 0;
  for (let start = 0; start < packed.length;) {
    // Values of one hash lie below the next hash's first value: no division per element.
    const limit = (Math.floor(packed[start]! / idSpace) + 1) * idSpace;
    let end = start + 1;
    while (end < packed.length && packed[end]! < limit) end += 1;
    if (end - start >= 2) {
      runNumber += 1;
      run.length = 0;
      let clips = 0;
      for (let k = start; k < end && clips <= maxClips; k += 1) {
        if (k > start && packed[k] === packed[k - 1]) continue;
        const id = packed[k]! % idSpace;
        run.push(id);
        const clip = paragraphClip[id]!;
        if (clipSeenInRun[clip] !== runNumber) {
          clipSeenInRun[clip] = runNumber;
          clips += 1;
        }
      }
      if (clips >= 2 && clips <= maxClips) {
        for (let i = 0; i < run.length; i += 1) {
          for (let j = i + 1; j < run.length; j += 1) {
            const a = run[i]!;
            const b = run[j]!;
            if (paragraphClip[a] === paragraphClip[b]) continue;
            const key = a * paragraphCount + b;
            pairCounts.set(key, (pairCounts.get(key) ?? 0) + 1);
          }
        }
      }
    }
    start = end;
  }

  const result = new Map<string, SharedPassage[]>(sources.map((s) => [s.slug, []]));
  for (const [key, common] of pairCounts) {
    const a = Math.floor(key / paragraphCount);
    const b = key % paragraphCount;
    const shorter = Math.min(paragraphSize[a]!, paragraphSize[b]!);
    if (common < 2 || common / shorter < minCoverage) continue;
    const slugA = sources[paragraphClip[a]!]!.slug;
    const slugB = sources[paragraphClip[b]!]!.slug;
    result.get(slugA)!.push({
      paragraph: paragraphNumber[a]!,
      otherSlug: slugB,
      otherParagraph: paragraphNumber[b]!,
      coverage: Math.min(1, common / paragraphSize[a]!),
    });
    result.get(slugB)!.push({
      paragraph: paragraphNumber[b]!,
      otherSlug: slugA,
      otherParagraph: paragraphNumber[a]!,
      coverage: Math.min(1, common / paragraphSize[b]!),
    });
  }
  for (const passages of result.values()) {
    passages.sort(
      (x, y) =>
        x.paragraph - y.paragraph || x.otherSlug.localeCompare(y.otherSlug) || x.otherParagraph - y.otherParagraph,
    );
  }
  return result;
}
