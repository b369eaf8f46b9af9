import { describe, expect, it } from 'vitest';
import { IMPACT_SCALE } from '../../src/lib/search/index-format.ts';
import { decodePostings, positionsInDoc, segmentsAt, slotOf } from '../../src/lib/search/postings.ts';

// Two documents: doc 3 (impact 150) with the term at title position 0 and paragraph 2 positions 4 and 9;
// doc 7 (impact 90) at field -1 position 2.
const flat = [3, 150, 2, 0, 1, 0, 2, 2, 4, 5, 4, 90, 1, -1, 1, 2];

describe('search postings', () => {
  it('decodes documents, impacts and segment positions from the flat list', () => {
    const postings = decodePostings(flat);
    expect([...postings.docs]).toEqual([3, 7]);
    expect([...postings.impacts]).toEqual([150 / IMPACT_SCALE, 90 / IMPACT_SCALE]);
    expect(segmentsAt(postings, 0)).toEqual([
      { segment: 0, positions: [0] },
      { segment: 2, positions: [4, 9] },
    ]);
    expect(segmentsAt(postings, 1)).toEqual([{ segment: -1, positions: [2] }]);
    expect(decodePostings([]).docs).toHaveLength(0);
  });

  it('finds a document by binary search', () => {
    const postings = decodePostings(flat);
    expect(slotOf(postings, 7)).toBe(1);
    expect(slotOf(postings, 5)).toBe(-1);
  });

  it('merges the positions of several forms of a word, in order', () => {
    const other = decodePostings([3, 100, 1, 2, 2, 1, 5]); // doc 3, paragraph 2, positions 1 and 6
    expect(positionsInDoc([decodePostings(flat), other], 3)).toEqual(
      new Map([
        [0, [0]],
        [2, [1, 4, 6, 9]],
      ]),
    );
    expect(positionsInDoc([other], 7).size).toBe(0);
  });
});
