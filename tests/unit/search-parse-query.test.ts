import { describe, expect, it } from 'vitest';
import { isEmptyQuery, MAX_QUERY_LENGTH, parseQuery, PASTED_TEXT_WORDS } from '../../src/lib/search/parse-query.ts';

describe('search query parser', () => {
  it('splits loose words with their positions, and lets the last word being typed match as a prefix', () => {
    expect(parseQuery('Matt albe').words).toEqual([
      { word: 'matt', term: 'matt', position: 0, prefix: false },
      { word: 'albe', term: 'albe', position: 1, prefix: true },
    ]);
    expect(parseQuery('Matt albe ').words[1]?.prefix).toBe(false);
  });

  it('keeps common words in positions, so proximity compares distances as typed', () => {
    expect(parseQuery('worst of the worst cities').words.map((w) => [w.term, w.position])).toEqual([
      ['worst', 0],
      ['of', 1],
      ['the', 2],
      ['cities', 4],
    ]);
  });

  it('reads double-quoted phrases, curly quotes and an unclosed quote', () => {
    const query = parseQuery('"worst of the worst" ICE');
    expect(query.phrases.map((p) => p.words.map((w) => w.term))).toEqual([['worst', 'of', 'the', 'worst']]);
    expect(query.phrases[0]?.text).toBe('worst of the worst');
    expect(query.words.map((w) => w.term)).toEqual(['ice']);
    expect(parseQuery('“sanctuary cities”').phrases[0]?.words.map((w) => w.term)).toEqual(['sanctuary', 'cities']);
    expect(parseQuery('"sanctuary cit').phrases[0]?.words.map((w) => w.term)).toEqual(['sanctuary', 'cit']);
  });

  it('takes quotes inside a long pasted text as quoted speech, not as phrase syntax', () => {
    const pasted = `${'word '.repeat(PASTED_TEXT_WORDS)} he called it a "sanctuary op" in the report`;
    const query = parseQuery(pasted);
    expect(query.phrases).toEqual([]);
    expect(query.words.map((w) => w.term)).toEqual(expect.arrayContaining(['sanctuary', 'op']));
  });

  it('does not complete words in a long query', () => {
    expect(parseQuery(Array.from({ length: 10 }, (_, i) => `w${i}`).join(' ')).words.some((w) => w.prefix)).toBe(false);
  });

  it('recognises an empty query', () => {
    expect(isEmptyQuery(parseQuery(''))).toBe(true);
    expect(isEmptyQuery(parseQuery('!!! <> ""'))).toBe(true);
    expect(isEmptyQuery(parseQuery('the'))).toBe(false); // what is common depends on the index's languages
  });

  it('bounds hostile input', () => {
    const query = parseQuery(Array.from({ length: 5000 }, (_, i) => `w${i}`).join(' '));
    expect(query.words.length).toBeLessThan(MAX_QUERY_LENGTH / 2);
  });
});
