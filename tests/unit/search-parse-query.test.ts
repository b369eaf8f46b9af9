import { describe, expect, it } from 'vitest';
import { isEmptyQuery, MAX_QUERY_TERMS, parseQuery } from '../../src/lib/search/parse-query.ts';

describe('search query parser', () => {
  it('splits loose words, and lets only the last word being typed match as a prefix', () => {
    expect(parseQuery('Matt albe').terms).toEqual([
      { term: 'matt', prefix: false },
      { term: 'albe', prefix: true },
    ]);
    expect(parseQuery('Matt albe ').terms[1]).toEqual({ term: 'albe', prefix: false });
  });

  it('reads double-quoted phrases with their common words as position gaps', () => {
    const query = parseQuery('"worst of the worst" ICE');
    expect(query.phrases).toEqual([
      {
        words: ['worst', 'of', 'the', 'worst'],
        anchors: [
          { term: 'worst', offset: 0 },
          { term: 'worst', offset: 3 },
        ],
      },
    ]);
    expect(query.terms).toEqual([{ term: 'ice', prefix: true }]);
  });

  it('accepts curly quotes and an unclosed quote', () => {
    expect(parseQuery('“sanctuary cities”').phrases[0]?.words).toEqual(['sanctuary', 'cities']);
    expect(parseQuery('"sanctuary cit').phrases[0]?.words).toEqual(['sanctuary', 'cit']);
  });

  it('reports the common words it leaves out, and an empty query', () => {
    const query = parseQuery('the of');
    expect(query.ignored).toEqual(['the', 'of']);
    expect(isEmptyQuery(query)).toBe(true);
    expect(isEmptyQuery(parseQuery(''))).toBe(true);
    expect(isEmptyQuery(parseQuery('!!! <> ""'))).toBe(true);
  });

  it('bounds hostile input', () => {
    const query = parseQuery(Array.from({ length: 500 }, (_, i) => `w${i}`).join(' '));
    expect(query.terms.length).toBe(MAX_QUERY_TERMS);
  });
});
