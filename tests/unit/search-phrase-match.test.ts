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

  it('searches sorted lists', () => {
    expect(sortedHas([1, 4, 9], 4)).toBe(true);
    expect(sortedHas([1, 4, 9], 5)).toBe(false);
  });
});
