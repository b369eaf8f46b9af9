import { describe, expect, it } from 'vitest';
import { robustLink } from '../../src/lib/citation/robust-links.ts';

describe('robustLink', () => {
  it('carries the original URL, and the version date only when a day is known', () => {
    expect(robustLink('https://example.com/a', '2020-01-21')).toEqual({
      href: 'https://example.com/a',
      rel: 'noopener noreferrer',
      'data-originalurl': 'https://example.com/a',
      'data-versiondate': '2020-01-21',
    });
    expect(robustLink('https://example.com/a', '2020-01')).toEqual({
      href: 'https://example.com/a',
      rel: 'noopener noreferrer',
      'data-originalurl': 'https://example.com/a',
    });
    expect(robustLink('https://example.com/a', null)).not.toHaveProperty('data-versiondate');
  });

  it('never makes a link of a URL that is not a web address', () => {
    expect(robustLink('javascript:alert(document.domain)', null)).not.toHaveProperty('href');
    expect(robustLink(' data:text/html,x', null)).not.toHaveProperty('href');
  });
});
