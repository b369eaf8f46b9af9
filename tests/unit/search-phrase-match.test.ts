import { describe, expect, it } from 'vitest';
import { matchPhrase, phraseSpansInDoc } from '../../src/lib/search/phrase-match.ts';
import { sortedHas } from '../../src/lib/search/sorted-search.ts';
import { decodePostings } from '../../src/lib/search/postings.ts';

// "worst" in doc 0 paragraph 1 at 1 and 4 ("The worst of the worst"), and in doc 2 paragraph 1 at 0 and 5.
const worst = decodePostings([0, 100, 1, 1, 2, 1, 3, 2, 100, 1, 1, 2, 0, 5]);
// "cities" in doc 2 paragraph 1 at 1.
const cities = decodePostings([2, 100, 1, 1, 1, 1]);

describe('search phrase matching', () => {
  it('finds where the phrase’s indexed words stand at their distances, spanning the whole phrase', () => {
    const anchors = [
      { offset: 0, postings: [worst] },
      { offset: 3, postings: [worst] },
    ];
    expect(phraseSpansInDoc(anchors, 4, 0)).toEqual(new Map([[1, [{ from: 1, to: 4 }]]]));
    expect(phraseSpansInDoc(anchors, 4, 2).size).toBe(0); // 0 and 5 are 5 apart, not 3
  });

  it('lists the documents holding the phrase, with weighted occurrences', () => {
    const anchors = [
      { offset: 0, postings: [worst] },
      { offset: 1, postings: [cities] },
    ];
    expect(matchPhrase(anchors, 2, () => 1)).toEqual({ docs: [2], occurrences: [1] });
    expect(matchPhrase(anchors, 2, () => 3).occurrences).toEqual([3]);
    expect(matchPhrase([], 2, () => 1).docs).toEqual([]);
  });

  it('accepts any form of a word (its stems in several languages)', () => {
    const anchors = [
      { offset: 0, postings: [decodePostings([]), worst] },
      { offset: 1, postings: [cities] },
    ];
    expect(matchPhrase(anchors, 2, () => 1).docs).toEqual([2]);
  });

  it('counts the same with one form per word as through the general path, on random postings', () => {
    // Flat postings of a term over 40 documents, each with some of the segments 0, -1, 1, 2, 3 and random positions.
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const randomPostings = () => {
      const flat: number[] = [];
      let last = 0;
      for (let doc = 0; doc < 40; doc++) {
        if (random(3) === 0) continue;
        const segments = [0, -1, 1, 2, 3].filter(() => random(2) === 0);
        if (segments.length === 0) continue;
        flat.push(doc - last, 100, segments.length);
        last = doc;
        for (const segment of segments) {
          const positions = [...new Set(Array.from({ length: 1 + random(8) }, () => random(10)))].sort((a, b) => a - b);
          flat.push(segment, positions.length, ...positions.map((p, i) => p - (positions[i - 1] ?? 0)));
        }
      }
      return decodePostings(flat);
    };
    const none = decodePostings([]);
    let found = 0;
    for (let round = 0; round < 30; round++) {
      const words = [randomPostings(), randomPostings(), randomPostings()].slice(0, 2 + (round % 2));
      const offsets = [random(2), 2, 3 + random(2)];
      const weightOf = (segment: number) => (segment === 0 ? 3 : segment < 0 ? 2 : 1);
      const single = words.map((postings, i) => ({ offset: offsets[i]!, postings: [postings] }));
      const general = words.map((postings, i) => ({ offset: offsets[i]!, postings: [postings, none] }));
      const expected = matchPhrase(general, 5, weightOf);
      expect(matchPhrase(single, 5, weightOf)).toEqual(expected);
      found += expected.docs.length;
    }
    expect(found).toBeGreaterThan(30);
  });

  it('searches sorted lists', () => {
    expect(sortedHas([1, 4, 9], 4)).toBe(true);
    expect(sortedHas([1, 4, 9], 5)).toBe(false);
  });
});
