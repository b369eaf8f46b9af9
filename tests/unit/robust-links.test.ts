import { describe, expect, it } from 'vitest';
import { robustLink } from '../../src/lib/citation/robust-links.ts';

describe('robustLink', () => {
  it('carries the original URL, and the version date only when a day is known', () => {
    expect(robustLink('https://example.com/a', '2020-01-21')).toEqual({
      href: 'https://example.com/a',
      'data-originalurl': 'https://example.com/a',
      'data-versiondate': '2020-01-21',
    });
    expect(robustLink('https://example.com/a', '2020-01')).toEqual({
      href: 'https://example.com/a',
      'data-originalurl': 'https://example.com/a',
    });
    expect(robustLink('https://example.com/a', null)).not.toHaveProperty('data-versiondate');
  });
});
