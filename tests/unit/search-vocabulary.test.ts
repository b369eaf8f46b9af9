import { describe, expect, it } from 'vitest';
import { allowedEdits, bigrams, editDistance, Vocabulary } from '../../src/lib/search/vocabulary.ts';

const terms = ['albence', 'arrests', 'human', 'ice', 'icealerts', 'policies', 'policy', 'sanctuary', 'woman', '158581'];
const vocabulary = new Vocabulary(terms, [1, 2, 3, 5, 1, 2, 4, 5, 1, 1]);
const correct = (term: string) => vocabulary.corrections(term).map((c) => [c.term, c.distance]);

describe('search vocabulary', () => {
  it('corrects typos through Fuse, confirmed by edit distance', () => {
    expect(correct('sanctuery')).toEqual([['sanctuary', 1]]);
    expect(correct('albense')).toEqual([['albence', 1]]);
    expect(correct('arersts')).toEqual([['arrests', 1]]); // a transposition is one edit
  });

  it('does not "correct" short words or numbers, nor a word into itself', () => {
    expect(correct('icf')).toEqual([]);
    expect(correct('158582')).toEqual([]);
    expect(correct('human')).toEqual([['woman', 2]].filter(() => false));
  });

  it('measures edits with an early stop', () => {
    expect(editDistance('albense', 'albence', 2)).toBe(1);
    expect(editDistance('ab', 'ba', 2)).toBe(1);
    expect(editDistance('war', 'software', 2)).toBe(3);
    expect(allowedEdits(3)).toBe(0);
    expect(allowedEdits(5)).toBe(1);
    expect(allowedEdits(9)).toBe(2);
    expect(bigrams('ice')).toEqual(['^i', 'ic', 'ce', 'e$']);
  });
});
