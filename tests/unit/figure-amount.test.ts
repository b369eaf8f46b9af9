import { describe, expect, it } from 'vitest';
import { figureAmount } from '../../src/lib/archive/figure-amount.ts';

describe('figureAmount', () => {
  it('writes the value with thousands separators and the unit as recorded', () => {
    expect(figureAmount(158581, 'arrests')).toBe('158,581 arrests');
    expect(figureAmount(0.5, 'fraction of the way around the world')).toBe('0.5 fraction of the way around the world');
    expect(figureAmount(10, 'percent')).toBe('10 percent');
  });
  it('says one of a thing in the singular', () => {
    expect(figureAmount(1, 'jurisdictions')).toBe('1 jurisdiction');
    expect(figureAmount(1, 'detainer requests')).toBe('1 detainer request');
    expect(figureAmount(1, 'cities')).toBe('1 city');
    expect(figureAmount(1, 'people')).toBe('1 person');
    expect(figureAmount(1, 'percent')).toBe('1 percent');
    expect(figureAmount(1, 'bonuses')).toBe('1 bonus');
  });
  it('changes only the head noun of a phrase', () => {
    expect(figureAmount(1, 'years of prison')).toBe('1 year of prison');
  });
  it('leaves a value without a unit bare', () => {
    expect(figureAmount(1, '')).toBe('1');
  });
});
