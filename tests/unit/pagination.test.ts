import { describe, expect, it } from 'vitest';
import { pagedPath, pageParam, paginate } from '../../src/lib/site/pagination.ts';

describe('paginate', () => {
  it('splits a list into pages of at most the given size, in order', () => {
    const pages = paginate([1, 2, 3, 4, 5, 6, 7], 3);
    expect(pages.map((p) => p.items)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(pages.map((p) => [p.number, p.total, p.offset])).toEqual([
      [1, 3, 0],
      [2, 3, 3],
      [3, 3, 6],
    ]);
  });

  it('gives an empty list one empty page and refuses a bad size', () => {
    expect(paginate([], 50)).toEqual([{ number: 1, total: 1, items: [], offset: 0 }]);
    expect(() => paginate([1], 0)).toThrow(/positive integer/);
  });
});

describe('pagedPath and pageParam', () => {
  it('puts page 1 at the list root and later pages under a number', () => {
    expect(pagedPath('', 1, 'page/')).toBe('');
    expect(pagedPath('', 3, 'page/')).toBe('page/3/');
    expect(pagedPath('outlets/cnn/', 2)).toBe('outlets/cnn/2/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('2');
    expect(pageParam(1, 'by-value/')).toBe('by-value');
    expect(pageParam(4, 'by-value/')).toBe('by-value/4');
  });
});
