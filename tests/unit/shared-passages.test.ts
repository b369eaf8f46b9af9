import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveArchivePaths } from '../../src/lib/validation/archive-paths.ts';
import { validateArchive } from '../../src/lib/validation/archive-validation.ts';
import { analyseBody } from '../../src/lib/text/clip-body.ts';
import { findSharedPassages, hashShingle, passageWords } from '../../src/lib/text/shared-passages.ts';

const sentence = (seed: string) =>
  `${seed} officials said the agency would publish the full report on enforcement next month in the capital`;

describe('passageWords and hashShingle', () => {
  it('reads words alike whatever the quotes and case', () => {
    expect(passageWords('ICE’s “That’s enough,” she said.')).toEqual(["ice's", "that's", 'enough', 'she', 'said']);
    expect(passageWords("ice's THAT'S")).toEqual(["ice's", "that's"]);
  });

  it('hashes the same words to the same key and different words apart', () => {
    expect(hashShingle(['a', 'b'])).toBe(hashShingle(['a', 'b']));
    expect(hashShingle(['a', 'b'])).not.toBe(hashShingle(['ab']));
    expect(hashShingle(['a', 'b'])).not.toBe(hashShingle(['b', 'a']));
  });
});

describe('findSharedPassages', () => {
  it('links a copied paragraph both ways, even with changed typography and a word changed', () => {
    const copied = sentence('Two senior');
    const result = findSharedPassages([
      {
        slug: 'a',
        paragraphs: [
          { n: 1, text: 'An unrelated opening line about the weather in the city.' },
          { n: 2, text: copied },
        ],
      },
      {
        slug: 'b',
        paragraphs: [
          { n: 1, text: `“${copied.replace('capital', 'Capital')}”` },
          { n: 2, text: sentence('Three junior').replace('publish', 'release') },
        ],
      },
      {
        slug: 'c',
        paragraphs: [{ n: 1, text: 'Nothing here is shared with the other clips at all, not one phrase.' }],
      },
    ]);
    expect(result.get('a')).toEqual([{ paragraph: 2, otherSlug: 'b', otherParagraph: 1, coverage: 1 }]);
    expect(result.get('b')?.[0]).toEqual({ paragraph: 1, otherSlug: 'a', otherParagraph: 2, coverage: 1 });
    expect(result.get('c')).toEqual([]);
  });

  it('ignores a stock phrase found in too many clips, and never links a clip to itself', () => {
    const stock = 'this article was originally published at the example news site today';
    const sources = Array.from({ length: 6 }, (_, i) => ({
      slug: `clip-${i}`,
      paragraphs: [
        { n: 1, text: stock },
        { n: 2, text: stock },
      ],
    }));
    const capped = findSharedPassages(sources, { maxClipsPerShingle: 5 });
    for (const passages of capped.values()) expect(passages).toEqual([]);
    const uncapped = findSharedPassages(sources, { maxClipsPerShingle: 10 });
    expect(uncapped.get('clip-0')).toHaveLength(20); // each of its two paragraphs matches both paragraphs of the five other clips
    for (const [slug, passages] of uncapped) for (const p of passages) expect(p.otherSlug).not.toBe(slug);
  });

  it('finds the three paragraphs the Trending Politics post copies from the Washington Examiner', () => {
    const archive = validateArchive(resolveArchivePaths(path.resolve(import.meta.dirname, '../..')));
    const sources = archive.clips.map((clip) => ({ slug: clip.slug, paragraphs: analyseBody(clip.body).paragraphs }));
    const shared = findSharedPassages(sources);
    const pairs = (slug: string) => shared.get(slug)!.map((p) => [p.paragraph, p.otherSlug, p.otherParagraph]);
    expect(pairs('ice-cranks-up-the-heat-on-sanctuary-cities')).toEqual([
      [6, 'ice-turns-up-the-volume-on-sanctuary-cities', 1],
      [7, 'ice-turns-up-the-volume-on-sanctuary-cities', 2],
      [8, 'ice-turns-up-the-volume-on-sanctuary-cities', 3],
    ]);
    expect(pairs('ice-turns-up-the-volume-on-sanctuary-cities')).toEqual([
      [1, 'ice-cranks-up-the-heat-on-sanctuary-cities', 6],
      [2, 'ice-cranks-up-the-heat-on-sanctuary-cities', 7],
      [3, 'ice-cranks-up-the-heat-on-sanctuary-cities', 8],
    ]);
    for (const slug of ['sanctuary-cities-sacrifice-safety', 'amnesty-advocates-claim-ice-raids-retaliation']) {
      expect(shared.get(slug)).toEqual([]);
    }
  });
});
