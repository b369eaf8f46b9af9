import { describe, expect, it } from 'vitest';
import { allowedEdits, bigrams, editDistance, Vocabulary } from '../../src/lib/search/vocabulary.ts';

const terms = ['albence', 'arrests', 'human', 'ice', 'icealerts', 'policies', 'policy', 'sanctuary', 'woman', '158581'];
const vocabulary = new Vocabulary(terms, [1, 2, 3, 5, 1, 2, 4, 5, 1, 1]);
const expand = (term: string, prefix = false) => vocabulary.expand({ term, prefix }).map((e) => [e.term, e.kind]);

describe('search vocabulary', () => {
  it('corrects typos through Fuse, confirmed by edit distance', () => {
    expect(expand('sanctuery')).toEqual([['sanctuary', 'fuzzy']]);
    expect(expand('albense')).toEqual([['albence', 'fuzzy']]);
    expect(expand('arersts')).toEqual([['arrests', 'fuzzy']]); // a transposition is one edit
  });

  it('takes a word the archive has as meant, and does not "correct" short words or numbers', () => {
    expect(expand('human')).toEqual([['human', 'exact']]);
    expect(expand('icf')).toEqual([]);
    expect(expand('158582')).toEqual([]);
  });

  it('expands the word being typed as a prefix, most frequent first', () => {
    expect(expand('ic', true)).toEqual([
      ['ice', 'prefix'],
      ['icealerts', 'prefix'],
    ]);
    expect(expand('polic', true).map(([t]) => t)).toEqual(['policy', 'policies']);
  });

  it('knows document frequencies', () => {
    expect(vocabulary.has('ice')).toBe(true);
    expect(vocabulary.docFrequency('sanctuary')).toBe(5);
    expect(vocabulary.docFrequency('nothing')).toBe(0);
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
