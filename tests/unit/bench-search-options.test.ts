import { describe, expect, it } from 'vitest';
import { parseBenchOptions } from '../../bench/search/options.ts';

describe('search benchmark options', () => {
  it('runs everything by default, and only such a run rewrites the results file', () => {
    const all = parseBenchOptions([], {});
    expect(all).toMatchObject({ sizes: [1000, 10000], pagefind: true, miniSearch: true, fuse: true, complete: true });
    expect(all !== 'help' && [...all.parts]).toEqual(['relevance', 'node', 'chromium']);
  });

  it('runs one part at one size without Pagefind', () => {
    const some = parseBenchOptions(['--clips', '1000', '--only', 'node,chromium', '--skip-pagefind'], {});
    expect(some).toMatchObject({ sizes: [1000], pagefind: false, complete: false });
    expect(some !== 'help' && [...some.parts]).toEqual(['node', 'chromium']);
    expect(parseBenchOptions([], { BENCH_SIZES: '1000' })).toMatchObject({ sizes: [1000], complete: false });
  });

  it('says what is wrong with a bad option', () => {
    expect(() => parseBenchOptions(['--only', 'pagefind'], {})).toThrow(/--only takes relevance, node, chromium/);
    expect(() => parseBenchOptions(['--clips', 'many'], {})).toThrow(/--clips takes whole numbers/);
    expect(() => parseBenchOptions(['--rounds', '0'], {})).toThrow(/--rounds takes a whole number/);
    expect(() => parseBenchOptions(['--fast'], {})).toThrow(/fast/);
    expect(parseBenchOptions(['--help'], {})).toBe('help');
  });
});
