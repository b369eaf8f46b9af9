/**
 * Text reuse between clips, found with hashed word shingles and an inverted index (shingle -> paragraphs),
 * so the work grows with the archive's size, not with the number of clip pairs.
 */

export interface PassageParagraph {
  n: number;
  text: string;
}

export interface PassageSource {
  slug: string;
  paragraphs: PassageParagraph[];
}

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

/** Two 32-bit FNV-1a variants folded into one 53-bit number: a compact key with negligible collisions. */
export function hashShingle(words: string[]): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (const word of words) {
    for (let i = 0; i < word.length; i += 1) {
      const code = word.charCodeAt(i);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x5bd1e995) ^ (b >>> 15);
    }
    a = Math.imul(a ^ 32, 0x01000193);
    b = Math.imul(b ^ 32, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

export function paragraphShingles(text: string, size: number): Set<number> {
  const words = passageWords(text);
  const shingles = new Set<number>();
  for (let i = 0; i + size <= words.length; i += 1) shingles.add(hashShingle(words.slice(i, i + size)));
  return shingles;
}

/**
 * For every clip, the paragraphs it shares with other clips (both directions are reported), sorted by
 * paragraph, then by the other clip's slug and paragraph.
 */
export function findSharedPassages(
  sources: PassageSource[],
  options: SharedPassageOptions = {},
): Map<string, SharedPassage[]> {
  const size = options.shingleSize ?? 8;
  const maxClips = options.maxClipsPerShingle ?? 25;
  const minCoverage = options.minCoverage ?? 0.5;

  // Every paragraph gets a dense id; postings hold those ids.
  const paragraphClip: number[] = [];
  const paragraphNumber: number[] = [];
  const paragraphSize: number[] = [];
  const index = new Map<number, number[]>();
  sources.forEach((source, clipIndex) => {
    for (const paragraph of source.paragraphs) {
      const id = paragraphClip.length;
      const shingles = paragraphShingles(paragraph.text, size);
      paragraphClip.push(clipIndex);
      paragraphNumber.push(paragraph.n);
      paragraphSize.push(shingles.size);
      for (const shingle of shingles) {
        const postings = index.get(shingle);
        if (postings) postings.push(id);
        else index.set(shingle, [id]);
      }
    }
  });

  // Count common shingles per pair of paragraphs from different clips.
  const pairCounts = new Map<number, number>();
  const paragraphCount = paragraphClip.length;
  for (const postings of index.values()) {
    if (postings.length < 2) continue;
    const clips = new Set(postings.map((id) => paragraphClip[id]));
    if (clips.size < 2 || clips.size > maxClips) continue;
    for (let i = 0; i < postings.length; i += 1) {
      for (let j = i + 1; j < postings.length; j += 1) {
        const a = postings[i]!;
        const b = postings[j]!;
        if (paragraphClip[a] === paragraphClip[b]) continue;
        const key = a * paragraphCount + b;
        pairCounts.set(key, (pairCounts.get(key) ?? 0) + 1);
      }
    }
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
