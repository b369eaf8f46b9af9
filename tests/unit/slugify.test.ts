import { describe, expect, it } from 'vitest';
import { isValidSlug, slugify } from '../../src/lib/capture/slugify.ts';

describe('slugify', () => {
  it('turns a headline with curly quotes and accents into lowercase words joined by hyphens', () => {
    expect(slugify('‘That’s Enough’: ICE Cranks Up The Heat')).toBe('thats-enough-ice-cranks-up-the-heat');
    expect(slugify('Café in São Paulo, 2020')).toBe('cafe-in-sao-paulo-2020');
  });

  it('cuts a long headline at a word boundary', () => {
    const slug = slugify('ICE Preparing To Make Targeted Arrests In Sanctuary Cities As Soon As This Week', 40);
    expect(slug).toBe('ice-preparing-to-make-targeted-arrests');
    expect(slug.length).toBeLessThanOrEqual(40);
  });

  it('makes file names into slugs and gives nothing for text without letters or digits', () => {
    expect(slugify('003_11071d00b62c1a6b')).toBe('003-11071d00b62c1a6b');
    expect(slugify('“—”')).toBe('');
    expect(isValidSlug(slugify('Any Headline At All!'))).toBe(true);
    expect(isValidSlug('')).toBe(false);
  });
});
