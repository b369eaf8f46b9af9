import { describe, expect, it } from 'vitest';
import { requireEdtfDate } from '../../src/lib/text/edtf-date.ts';
import {
  isRepublication,
  laneOutlet,
  markExtent,
  timeExtent,
  type TimelineClip,
} from '../../src/lib/timeline/timeline-marks.ts';

const at = (edtf: string) => {
  const { earliest, latest } = requireEdtfDate(edtf);
  return { edtf, earliest, latest };
};

describe('markExtent', () => {
  it('draws an exact day as a dot', () => {
    expect(markExtent(at('2020-01-21')).shape).toBe('day');
  });
  it('draws a range of days, or a month, as a bar over every possible day', () => {
    const range = markExtent(at('2020-01-21/2020-01-26'));
    expect(range.shape).toBe('range');
    expect(new Date(range.start!).toISOString().slice(0, 10)).toBe('2020-01-21');
    expect(new Date(range.end!).toISOString().slice(0, 10)).toBe('2020-01-26');
    expect(markExtent(at('2020-01')).shape).toBe('range');
  });
  it('marks approximate and uncertain dates', () => {
    expect(markExtent(at('2018-12~')).shape).toBe('approximate');
    expect(markExtent(at('2018?')).shape).toBe('approximate');
  });
  it('keeps an open end open', () => {
    const open = markExtent(at('2020-10-23/..'));
    expect(open).toMatchObject({ shape: 'open-end', end: null });
    expect(markExtent(at('../2020-10-23'))).toMatchObject({ shape: 'open-start', start: null });
  });
  it('does not draw a date with no known bound', () => {
    expect(markExtent({ edtf: '../..', earliest: null, latest: null }).shape).toBe('unknown');
  });
});

describe('lanes and republications', () => {
  const we = { id: 'we', name: 'Washington Examiner' };
  const sab = { id: 'sab', name: 'Speaking About News' };
  it('files a republication under its original publisher', () => {
    const clip: Pick<TimelineClip, 'outlet' | 'originalOutlet'> = { outlet: sab, originalOutlet: we };
    expect(laneOutlet(clip)).toBe(we);
    expect(isRepublication(clip)).toBe(true);
  });
  it('files an original under the site it was captured from', () => {
    expect(laneOutlet({ outlet: we, originalOutlet: null })).toBe(we);
    expect(isRepublication({ outlet: we, originalOutlet: null })).toBe(false);
    expect(isRepublication({ outlet: we, originalOutlet: we })).toBe(false);
  });
  it('treats an unknown capturing site with a known original as a republication', () => {
    expect(isRepublication({ outlet: null, originalOutlet: we })).toBe(true);
  });
});

describe('timeExtent', () => {
  it('spans every known bound and ignores open ends', () => {
    expect(timeExtent([at('2020-01-21/2020-01-26'), at('2017-03'), at('2021-05-01/..')])).toEqual([
      Date.UTC(2017, 2, 1),
      at('2021-05-01').earliest,
    ]);
    expect(timeExtent([{ earliest: null, latest: null }])).toBeNull();
  });
});
