import { describe, expect, it } from 'vitest';
import { findFigureCandidates } from '../../src/lib/capture/figure-candidates.ts';

const quotes = (text: string) => findFigureCandidates([text]).map((f) => [f.quote, f.value, f.unit]);

describe('findFigureCandidates', () => {
  it('finds numbers, percentages, money and scaled amounts with their qualifiers', () => {
    expect(
      quotes('Nearly 60 percent of the 11.1 million people, 70% of arrests, $3 trillion and 158,581 arrests.'),
    ).toEqual([
      ['Nearly 60 percent', 60, 'percent'],
      ['11.1 million', 11_100_000, null],
      ['70%', 70, 'percent'],
      ['$3 trillion', 3e12, 'US dollars'],
      ['158,581', 158581, null],
    ]);
  });

  it('finds numbers written in words, and "one" only after a quantifier', () => {
    expect(
      quotes('According to two officials, at least one of the three cities, one day, took a year and a half.'),
    ).toEqual([
      ['two', 2, null],
      ['at least one', 1, null],
      ['three', 3, null],
      ['a half', 0.5, null],
    ]);
  });

  it('skips years, days of the month, ordinals and names with numbers', () => {
    expect(quotes('On January 21, 2020, since 2003, on March 18th, during COVID-19.')).toEqual([]);
  });

  it('gives ages in years and keeps each quote once, with where it is', () => {
    const found = findFigureCandidates(['A 92-year-old woman.', 'Another 92-year-old man.']);
    expect(found).toEqual([{ quote: '92-year-old', value: 92, unit: 'years', paragraph: 0, start: 2 }]);
  });
});
