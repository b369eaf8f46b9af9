import { describe, expect, it } from 'vitest';
import { isStopword, MAX_TERM_LENGTH, normaliseTerm, tokenize } from '../../src/lib/search/tokenize.ts';

describe('search tokenizer', () => {
  it('lower-cases, folds accents and keeps offsets into the original text', () => {
    const text = 'Matt Albence told Café owners';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.term)).toEqual(['matt', 'albence', 'told', 'cafe', 'owners']);
    for (const t of tokens) expect(normaliseTerm(text.slice(t.start, t.end))).toBe(t.term);
  });

  it('keeps figures whole and drops their separators, so "158,581" is one searchable term', () => {
    expect(tokenize('arrested 158,581 illegal aliens, 11.1 million').map((t) => t.term)).toEqual([
      'arrested',
      '158581',
      'illegal',
      'aliens',
      '111',
      'million',
    ]);
  });

  it('joins inner apostrophes, drops a final ’s (straight or curly) and splits hyphens', () => {
    expect(tokenize("That’s ICE's anti-ICE U.S. agency won't").map((t) => t.term)).toEqual([
      'that',
      'ice',
      'anti',
      'ice',
      'us',
      'agency',
      'wont',
    ]);
  });

  it('ignores punctuation, markup characters and emoji, and cuts absurdly long words', () => {
    expect(tokenize('<script>alert(1)</script> 🙂 — ***').map((t) => t.term)).toEqual([
      'script',
      'alert',
      '1',
      'script',
    ]);
    expect(tokenize('x'.repeat(10_000))[0]?.term).toHaveLength(MAX_TERM_LENGTH);
  });

  it('tokenizes right-to-left scripts too', () => {
    expect(tokenize('مدينة الملاذ').map((t) => t.term)).toHaveLength(2);
  });

  it('knows the common words it leaves out', () => {
    expect(isStopword('the')).toBe(true);
    expect(isStopword('ice')).toBe(false);
    expect(isStopword('us')).toBe(false);
  });
});
