import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildFiguresLedger, ledgerCsv, sortLedger, type LedgerClip } from '../../src/lib/archive/figures-ledger.ts';

const clips: LedgerClip[] = [
  {
    slug: 'newer',
    paragraphs: [
      { n: 1, text: 'Opening.', quoted: false },
      { n: 2, text: 'It cost 1,250 dollars, "they said".', quoted: false },
    ],
    data: {
      title: 'Newer clip',
      figures: [
        { quote: '1,250', value: 1250, unit: 'US dollars', counts: 'cost', attributedTo: 'they' },
        {
          quote: 'Opening',
          value: 1,
          unit: 'openings',
          counts: 'openings',
          attributedTo: 'unattributed',
          check: { status: 'confirmed', note: 'One.' },
        },
      ],
    },
  },
  {
    slug: 'older',
    paragraphs: [{ n: 1, text: 'Some 40 percent.', quoted: false }],
    data: {
      title: 'Older clip',
      figures: [
        {
          quote: '40 percent',
          value: 40,
          unit: 'percent',
          counts: 'share',
          attributedTo: 'a poll',
          check: { status: 'differs', note: 'The poll says 38.', source: 'https://example.com/poll' },
        },
      ],
    },
  },
];

describe('buildFiguresLedger', () => {
  const rows = buildFiguresLedger(clips);

  it('lists every figure with its clip, paragraph and check', () => {
    expect(rows.map((r) => [r.slug, r.figure, r.paragraph, r.check])).toEqual([
      ['newer', 1, 2, 'unchecked'],
      ['newer', 2, 1, 'confirmed'],
      ['older', 1, 1, 'differs'],
    ]);
  });

  it('sorts by clip, by value and by check status', () => {
    expect(sortLedger(rows, 'clip').map((r) => r.quote)).toEqual(['1,250', 'Opening', '40 percent']);
    expect(sortLedger(rows, 'value').map((r) => r.value)).toEqual([1, 40, 1250]);
    expect(sortLedger(rows, 'check').map((r) => r.check)).toEqual(['differs', 'unchecked', 'confirmed']);
  });

  it('writes CSV a CSV parser reads back, quotes and commas intact', () => {
    const csv = ledgerCsv(rows, (slug, p) => `https://a.example/clips/${slug}/#p-${p}`);
    const records = parse(csv, { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(3);
    expect(records[0]).toMatchObject({
      clip: 'newer',
      quote: '1,250',
      value: '1250',
      paragraph: '2',
      check: 'unchecked',
    });
    expect(records[2]).toMatchObject({ check_note: 'The poll says 38.', link: 'https://a.example/clips/older/#p-1' });
  });
});

describe('date cues and phrases with no number', () => {
  const rows = buildFiguresLedger([
    {
      slug: 'cues',
      paragraphs: [{ n: 1, text: 'On Jan. 17, 29 people, last fiscal year, posting daily.', quoted: false }],
      data: {
        title: 'Cues',
        figures: [
          { quote: 'daily', value: null, unit: null, counts: 'frequency', attributedTo: 'WE' },
          {
            quote: 'Jan. 17',
            value: null,
            unit: null,
            refersTo: '2020-01-17',
            counts: 'day',
            attributedTo: 'WE',
            check: { status: 'confirmed', note: 'Press conference.' },
          },
          {
            quote: 'last fiscal year',
            value: null,
            unit: null,
            refersTo: '2017-10/2018-09',
            counts: 'period',
            attributedTo: 'ICE',
            check: { status: 'misattributed', note: 'x' },
          },
          {
            quote: '29 people',
            value: 29,
            unit: 'people',
            counts: 'releases',
            attributedTo: 'ICE',
            check: { status: 'consistent', note: 'y' },
          },
        ],
      },
    },
  ]);

  it('says the value in words: the number and unit, the date pointed to, or a dash', () => {
    expect(rows.map((r) => r.valueInWords)).toEqual([
      '—',
      '17 January 2020',
      'between October 2017 and September 2018',
      '29 people',
    ]);
  });

  it('sorts numbers first, then date cues by date, then the rest; checks from the weakest evidence', () => {
    expect(sortLedger(rows, 'value').map((r) => r.quote)).toEqual([
      '29 people',
      'last fiscal year',
      'Jan. 17',
      'daily',
    ]);
    expect(sortLedger(rows, 'check').map((r) => r.check)).toEqual([
      'misattributed',
      'unchecked',
      'consistent',
      'confirmed',
    ]);
  });

  it('writes empty value and unit and the EDTF date to the CSV', () => {
    const records = parse(
      ledgerCsv(rows, () => ''),
      { columns: true },
    ) as Record<string, string>[];
    expect(records[1]).toMatchObject({ quote: 'Jan. 17', value: '', unit: '', refers_to: '2020-01-17' });
  });
});
