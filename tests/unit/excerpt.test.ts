import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/lib/text/excerpt.ts';

describe('excerpt', () => {
  it('keeps a short text whole and cuts a long one at a word boundary', () => {
    expect(excerpt('  A short   text. ')).toBe('A short text.');
    expect(excerpt('one two three four five six', 12)).toBe('one two…');
    expect(excerpt('alpha, beta gamma', 7)).toBe('alpha…');
    expect(excerpt('abcdefghijklmnop', 5)).toBe('abcde…');
  });
});
