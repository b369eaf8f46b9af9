import { describe, expect, it } from 'vitest';
import { clipPath, paragraphPath, withBase } from '../../src/lib/site/site-urls.ts';

describe('site URLs', () => {
  it('work at the root and under a sub-path, with or without a trailing slash', () => {
    expect(withBase('/', 'outlets/')).toBe('/outlets/');
    expect(withBase('/archive', '/outlets/')).toBe('/archive/outlets/');
    expect(clipPath('/archive/', 'a-clip')).toBe('/archive/clips/a-clip/');
    expect(paragraphPath('/', 'a-clip', 3)).toBe('/clips/a-clip/#p-3');
  });
});
