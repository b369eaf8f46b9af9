import { describe, expect, it } from 'vitest';
import { findCitedOutlets } from '../../src/lib/capture/cited-outlets.ts';

const outlets = [
  { id: 'washington-post', name: 'The Washington Post', url: null },
  { id: 'cnn', name: 'CNN', url: null },
  { id: 'fox-news', name: 'Fox News', url: null },
];

describe('findCitedOutlets', () => {
  it('finds known outlets in order of mention, with or without "The"', () => {
    expect(findCitedOutlets('As CNN reported, and according to the Washington Post, it is so.', outlets)).toEqual([
      { outlet: 'cnn', name: 'CNN' },
      { outlet: 'washington-post', name: 'Washington Post' },
    ]);
  });

  it('matches whole names only, and can leave an outlet out', () => {
    expect(findCitedOutlets('CNNs and Foxes News are not outlets here.', outlets)).toEqual([]);
    expect(findCitedOutlets('Fox News said so.', outlets, ['fox-news'])).toEqual([]);
  });
});
