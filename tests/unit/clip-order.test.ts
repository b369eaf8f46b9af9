import { describe, expect, it } from 'vitest';
import { compareNewestFirst } from '../../src/lib/archive/clip-order.ts';
import { requireEdtfDate } from '../../src/lib/text/edtf-date.ts';

const clip = (slug: string, date: string) => ({ slug, date: requireEdtfDate(date) });

describe('compareNewestFirst', () => {
  it('orders by latest possible day, then earliest, then slug', () => {
    const clips = [
      clip('b-2018', '2018-12~'),
      clip('a-2017', '2017-03-24/2017-03-31'),
      clip('c-2020-range', '2020-01-21/2020-01-31'),
      clip('d-2020-week', '2020-01-21/2020-01-26'),
      clip('e-2020-sept', '2020-09-29/2020-09-30'),
      clip('f-2018-day', '2018-12-14'),
      clip('a-2018-day', '2018-12-14'),
    ];
    expect(clips.sort(compareNewestFirst).map((c) => c.slug)).toEqual([
      'e-2020-sept',
      'c-2020-range',
      'd-2020-week',
      'b-2018',
      'a-2018-day',
      'f-2018-day',
      'a-2017',
    ]);
  });
});
