import { describe, expect, it } from 'vitest';
import { sharedLinksToDraw } from '../../src/lib/timeline/shared-links.ts';

describe('sharedLinksToDraw', () => {
  it('keeps every link while there are no more links than clips', () => {
    const pairs = [
      { a: 'a', b: 'b' },
      { a: 'b', b: 'c' },
    ];
    expect(sharedLinksToDraw(pairs, ['a', 'b', 'c'])).toEqual(pairs);
  });

  it('draws one link per clip, to the nearest earlier clip it shares text with, when every pair shares', () => {
    const order = ['a', 'b', 'c', 'd', 'e'];
    const pairs = order.flatMap((x, i) => order.slice(i + 1).map((y) => ({ a: x, b: y })));
    expect(pairs).toHaveLength(10);
    expect(sharedLinksToDraw(pairs, order)).toEqual([
      { a: 'a', b: 'b' },
      { a: 'b', b: 'c' },
      { a: 'c', b: 'd' },
      { a: 'd', b: 'e' },
    ]);
  });

  it('ignores links to clips not on the page', () => {
    const pairs = [
      { a: 'a', b: 'x' },
      { a: 'b', b: 'x' },
      { a: 'c', b: 'x' },
      { a: 'a', b: 'c' },
    ];
    expect(sharedLinksToDraw(pairs, ['a', 'b', 'c'])).toEqual([{ a: 'a', b: 'c' }]);
  });
});
