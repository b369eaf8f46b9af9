import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import {
  clipCslRecord,
  formatCitation,
  knownDateParts,
  knownIsoDate,
  toBibTeX,
  toCslJson,
  toRis,
  type CitableClip,
} from '../../src/lib/citation/clip-citation.ts';
import { citedTextData } from '../helpers/citation-facts.ts';

/** A clip's citation facts, flat, so each case below changes one of them. */
interface CitationFacts {
  slug: string;
  title: string;
  outletName: string | null;
  originalOutletName: string | null;
  author: { name: string; pseudonym: boolean } | null;
  date: string;
  /** For a republication: EDTF date of the original. */
  originalDate: string | null;
  /** URL of the text as the named outlet published it. */
  url: string | null;
  pageUrl: string;
  archiveName: string;
}

function citable(facts: CitationFacts): CitableClip {
  const { outletName: outlet, originalOutletName: originalOutlet } = facts;
  return {
    slug: facts.slug,
    url: facts.pageUrl,
    data: citedTextData({ ...facts, outlet, originalOutlet }),
    outlet: outlet === null ? null : { name: outlet },
    originalOutlet: originalOutlet === null ? null : { name: originalOutlet },
  };
}

const recordOf = (facts: CitationFacts) => clipCslRecord(citable(facts), facts.archiveName);

const input: CitationFacts = {
  slug: 'ice-preparing-targeted-arrests-in-sanctuary-cities',
  title: 'ICE Preparing To Make Targeted Arrests In Sanctuary Cities',
  outletName: 'Speaking About News',
  originalOutletName: 'ZeroHedge',
  author: { name: 'Tyler Durden', pseudonym: true },
  date: '2020-09-29/2020-09-30',
  originalDate: null,
  url: null,
  pageUrl: 'https://archive.example/clips/ice-preparing-targeted-arrests-in-sanctuary-cities/',
  archiveName: 'News Clip Archive',
};

describe('knownDateParts', () => {
  it('keeps only what an EDTF date makes certain, never a made-up day', () => {
    expect(knownDateParts('2017-03-24')).toEqual([2017, 3, 24]);
    expect(knownDateParts('2020-01-21/2020-01-26')).toEqual([2020, 1]);
    expect(knownDateParts('2017-12-30/2018-01-02')).toBeNull();
    expect(knownDateParts('2018-12~')).toEqual([2018, 12]);
    expect(knownDateParts('2020')).toEqual([2020]);
    expect(knownDateParts('2020-10-23/..')).toBeNull();
    expect(knownIsoDate('2018-03-05')).toBe('2018-03-05');
    expect(knownIsoDate('2020-09-29/2020-09-30')).toBe('2020-09');
  });
});

describe('clipCslRecord', () => {
  it('makes one newspaper-article record with what is known and nothing else', () => {
    expect(recordOf(input)).toEqual({
      id: input.slug,
      type: 'article-newspaper',
      title: input.title,
      'container-title': 'Speaking About News',
      author: [{ literal: 'Tyler Durden' }],
      issued: { 'date-parts': [[2020, 9]] },
      archive: 'News Clip Archive',
      archive_location: input.pageUrl,
      'original-publisher': 'ZeroHedge',
      note: 'Originally published by ZeroHedge.',
    });
  });

  it('leaves out an unknown author, URL and date, splits a real name and marks an approximate date', () => {
    const record = recordOf({ ...input, author: null, date: '2020-10-23/..', originalOutletName: null });
    expect(record).not.toHaveProperty('author');
    expect(record).not.toHaveProperty('URL');
    expect(record).not.toHaveProperty('issued');
    expect(record).not.toHaveProperty('note');
    expect(recordOf({ ...input, author: { name: 'Nick Miroff', pseudonym: false } }).author).toEqual([
      { family: 'Miroff', given: 'Nick' },
    ]);
    expect(recordOf({ ...input, date: '2018-12~' }).issued).toEqual({ 'date-parts': [[2018, 12]], circa: true });
    expect(recordOf({ ...input, url: 'https://example.com/a' }).URL).toBe('https://example.com/a');
  });

  it('falls back to the original outlet when the capturing site is unknown', () => {
    expect(recordOf({ ...input, outletName: null, originalOutletName: 'Liberty Nation' })['container-title']).toBe(
      'Liberty Nation',
    );
  });
});

describe('a republication whose own date is unknown', () => {
  const republished = recordOf({ ...input, date: '2020-09-29/..', originalDate: '2020-09-29/2020-09-30' });

  it('is cited with no date of its own and names the original with the original’s date', () => {
    expect(republished).not.toHaveProperty('issued');
    expect(republished['container-title']).toBe('Speaking About News');
    expect(republished['original-publisher']).toBe('ZeroHedge');
    expect(republished['original-date']).toEqual({ 'date-parts': [[2020, 9]] });
    expect(republished.note).toBe('Originally published by ZeroHedge, September 2020.');
  });

  it('reads "n.d." in Chicago and APA, with the original after it', () => {
    expect(formatCitation(republished, 'chicago')).toContain(
      '“ICE Preparing To Make Targeted Arrests In Sanctuary Cities.” Speaking About News, n.d. Originally published by ZeroHedge, September 2020.',
    );
    expect(formatCitation(republished, 'apa')).toMatch(
      /^Tyler Durden\. \(n\.d\.\)\. .*\(Original work published 2020, ZeroHedge\)$/,
    );
  });

  it('carries the original in the BibTeX and RIS downloads', () => {
    expect(toBibTeX(republished)).toContain('note = {Originally published by ZeroHedge, September 2020.}');
    expect(toBibTeX(republished)).not.toMatch(/year|month/);
    expect(toRis(republished)).toContain('N1  - Originally published by ZeroHedge, September 2020.');
    expect(toRis(republished)).not.toMatch(/^(PY|DA) {2}-/m);
  });

  it('cites a date a republication is known by, not the original’s', () => {
    const dated = recordOf({ ...input, date: '2020-10-02', originalDate: '2020-09-29/2020-09-30' });
    expect(dated.issued).toEqual({ 'date-parts': [[2020, 10, 2]] });
    expect(dated['original-date']).toEqual({ 'date-parts': [[2020, 9]] });
  });
});

describe('formatted citations and downloads', () => {
  const record = recordOf(input);

  it('formats Chicago and APA through citeproc', () => {
    expect(formatCitation(record, 'chicago')).toBe(
      `Tyler Durden. “ICE Preparing To Make Targeted Arrests In Sanctuary Cities.” Speaking About News, September 2020. Originally published by ZeroHedge. Archived in News Clip Archive, ${input.pageUrl}.`,
    );
    expect(formatCitation(record, 'chicago', 'html')).toContain('<i>Speaking About News</i>, September 2020');
    expect(formatCitation(record, 'apa')).toMatch(
      /^Tyler Durden\. \(2020, September\)\. ICE Preparing To Make Targeted Arrests In Sanctuary Cities\. Speaking About News\./,
    );
  });

  it("formats APA exactly as citation-js's complete APA style does, with or without author, date and URL", () => {
    // The complete style words a republication's original differently ("Retrieved … (Original work published …)").
    for (const variant of [
      { ...input, originalOutletName: null },
      { ...input, originalOutletName: null, author: null, url: 'https://example.com/a' },
      { ...input, originalOutletName: null, author: { name: 'Nick Miroff', pseudonym: false }, date: '2020-09-29' },
      { ...input, outletName: null, originalOutletName: 'Liberty Nation', date: '2018-12~' },
    ]) {
      const r = recordOf(variant);
      const reference = new Cite([r]).format('bibliography', { format: 'html', template: 'apa', lang: 'en-US' });
      expect(reference).toContain(`>${formatCitation(r, 'apa', 'html')}</div>`);
    }
  });

  it('writes CSL-JSON, BibTeX and RIS that citation-js reads back to the same title, outlet and date', () => {
    for (const text of [toCslJson(record), toBibTeX(record), toRis(record)]) {
      const [item] = new Cite(text).data as Record<string, unknown>[];
      expect(item?.title).toBe(input.title);
      expect(item?.['container-title']).toBe('Speaking About News');
      expect((item?.issued as { 'date-parts': number[][] })['date-parts'][0]![0]).toBe(2020);
    }
    expect(toBibTeX(record)).toMatch(/^@article\{/);
    expect(toRis(record)).toMatch(/^TY {2}- NEWS\n/);
    expect(toRis(record)).toContain(`TI  - ${input.title}\n`); // one line, however long
    expect(toRis(record)).toMatch(/\nER {2}- \n$/);
  });
});
