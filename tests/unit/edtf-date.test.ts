import { describe, expect, it } from 'vitest';
import { describeEdtfDate, parseEdtfDate } from '../../src/lib/text/edtf-date.ts';
import { knownDateParts } from '../../src/lib/citation/clip-citation.ts';

describe('parseEdtfDate', () => {
  it('accepts ranges, approximate months and open ends', () => {
    for (const value of ['2020-01-21/2020-01-26', '2018-12~', '2017-03-24/2017-03-31', '2020-10-23/..', '2020']) {
      expect(parseEdtfDate(value).ok, value).toBe(true);
    }
  });

  it('gives the earliest and latest instants of a range', () => {
    const result = parseEdtfDate('2020-01-21/2020-01-26');
    if (!result.ok) throw new Error(result.error);
    expect(new Date(result.date.earliest!).toISOString()).toBe('2020-01-21T00:00:00.000Z');
    expect(new Date(result.date.latest!).toISOString()).toBe('2020-01-26T23:59:59.999Z');
    expect(result.date.year).toBe(2020);
  });

  it('rejects what is not EDTF with a one-line reason', () => {
    for (const value of ['21 Jan 2020', '2020-13-01', '2020-01-21 to 2020-01-26', '']) {
      const result = parseEdtfDate(value);
      expect(result.ok, value).toBe(false);
      if (!result.ok) expect(result.error).not.toContain('\n');
    }
  });
});

describe('describeEdtfDate', () => {
  it.each([
    ['2020-01-21/2020-01-26', 'between 21 and 26 January 2020'],
    ['2018-12~', 'December 2018, approximate'],
    ['2017-03-24/2017-03-31', 'between 24 and 31 March 2017'],
    ['2020-10-23/..', 'on or after 23 October 2020'],
    ['2020-01-21', '21 January 2020'],
    ['2019-12-30/2020-01-02', 'between 30 December 2019 and 2 January 2020'],
    ['2020-01-28/2020-02-03', 'between 28 January and 3 February 2020'],
    ['2020?', '2020, uncertain'],
    ['2017-03-24~/2017-03-31~', 'about 24–31 March 2017'],
    ['2018-12-14/2018-12-31~', 'between 14 and about 31 December 2018'],
    ['2020-10-23~/..', 'on or after about 23 October 2020'],
    ['2020-01-28~/2020-02-03', 'between about 28 January and 3 February 2020'],
    ['2020-01-21?/2020-01-26', 'between 21 January 2020, uncertain and 26 January 2020'],
  ])('%s reads "%s"', (edtf, words) => {
    expect(describeEdtfDate(edtf)).toBe(words);
  });
});

describe('repeated dates', () => {
  it('parse once: the same immutable result comes back, so callers cannot corrupt it for the next clip', () => {
    const first = parseEdtfDate('2019-07-04');
    expect(parseEdtfDate('2019-07-04')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    if (first.ok) expect(Object.isFrozen(first.date)).toBe(true);
    expect(describeEdtfDate('2019-07-04')).toBe(describeEdtfDate('2019-07-04'));
  });
});

describe('days the calendar does not have', () => {
  it.each(['2021-02-29', '1900-02-29', '2020-04-31', '2020-01-21/2021-02-29'])(
    '%s is refused with the reason',
    (value) => {
      const result = parseEdtfDate(value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/is not a day of the calendar: \w+ \d{4} has \d\d days/);
    },
  );

  it('accepts a real leap day', () => {
    expect(describeEdtfDate('2020-02-29')).toBe('29 February 2020');
  });
});

describe('unspecified digits', () => {
  it.each([
    ['2020-XX-XX', 'in 2020; month and day unspecified', [2020]],
    ['2020-XX', 'in 2020; month unspecified', [2020]],
    ['2020-03-XX', 'in March 2020; day unspecified', [2020, 3]],
    ['2020-1X', 'between October 2020 and December 2020; month partly unspecified', [2020]],
    ['20XX', 'between 2000 and 2099; year partly unspecified', null],
  ])('%s reads "%s" and is cited as %j', (edtf, words, parts) => {
    expect(describeEdtfDate(edtf)).toBe(words);
    expect(knownDateParts(edtf)).toEqual(parts);
  });
});
