import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchDocument } from '../../src/lib/search/build-index.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';

const doc = (slug: string, year: number, outlet: string, paragraphs: string[], extra: Partial<SearchDocument> = {}) =>
  ({
    slug,
    title: slug.replace(/-/g, ' '),
    outlet: { id: outlet.toLowerCase().replace(/ /g, '-'), name: outlet },
    year,
    dateInWords: String(year),
    lang: 'en',
    fields: [],
    paragraphs: paragraphs.map((text, i) => ({ n: i + 1, text })),
    ...extra,
  }) satisfies SearchDocument;

// Newest first, as the archive orders clips.
const documents: SearchDocument[] = [
  doc('agency-campaign', 2020, 'Washington Examiner', [
    'The agency launched a campaign against sanctuary cities.',
    'Matt Albence, the acting director, spoke in New York.',
  ]),
  doc('arrest-figures', 2018, 'Liberty Nation', [
    'Last year the agency arrested 158,581 people.',
    'We have to focus on the worst of the worst, an official said.',
  ]),
  doc(
    'raids-report',
    2017,
    'Conservative Read',
    ['Raids in sanctuary cities followed a report.', 'The worst to a worst ratio is not a phrase anyone uses.'],
    { fields: [{ kind: 'cited source', text: 'Pew Research Center' }] },
  ),
];
const files = await buildSearchIndex(documents);
const fetched: string[] = [];
const engine = await SearchEngine.open(async (file) => {
  fetched.push(file);
  const body = files.get(file.split('?')[0]!);
  if (body === undefined) throw new Error(`no file ${file}`);
  return JSON.parse(body);
});
const slugs = async (q: string, options = {}) => (await engine.search(q, options)).results.map((r) => r.slug);

describe('search engine', () => {
  it('opens with the meta file only', () => {
    expect(fetched.map((f) => f.split('?')[0])).toEqual(['meta.json']);
  });

  it('finds words, stems, typos, prefixes, figures and metadata', async () => {
    expect(await slugs('albence')).toEqual(['agency-campaign']);
    expect(await slugs('Albense')).toEqual(['agency-campaign']);
    expect(await slugs('albe')).toEqual(['agency-campaign']);
    expect(await slugs('158,581')).toEqual(['arrest-figures']);
    expect(await slugs('158 581')).toEqual(['arrest-figures']);
    expect(await slugs('pew')).toEqual(['raids-report']);
    expect(await slugs('raid ')).toEqual(['raids-report']); // "raid" finds "Raids" by its stem
    expect((await slugs('sanctuery')).sort()).toEqual(['agency-campaign', 'raids-report']);
  });

  it('ranks clips with every word first, then those with some, and says which words a clip lacks', async () => {
    const response = await engine.search('sanctuary raids');
    expect(response.results.map((r) => r.slug)).toEqual(['raids-report', 'agency-campaign']);
    expect(response.total).toBe(2);
    expect(response.totalAll).toBe(1);
    expect(response.results[1]!.lacks).toEqual(['raids']);
    expect((await slugs('agency'))[0]).toBe('agency-campaign'); // "agency" is in its title
  });

  it('ignores and reports words no clip contains instead of returning nothing', async () => {
    const response = await engine.search('validly Albence');
    expect(response.results.map((r) => r.slug)).toEqual(['agency-campaign']);
    expect(response.plan.missing).toEqual(['validly']);
  });

  it('corrects only missing words, and says what it matched instead', async () => {
    const corrected = await engine.search('Albense');
    expect(corrected.plan.corrected).toEqual([{ typed: 'albense', terms: ['albenc'] }]);
    expect(corrected.shownFor).toEqual({ albense: 'Albence' });
    const spelt = await engine.search('worst ');
    expect(spelt.plan.corrected).toEqual([]);
  });

  it('matches a phrase word for word, common words included', async () => {
    expect(await slugs('"worst of the worst"')).toEqual(['arrest-figures']);
    const response = await engine.search('"worst of the worst"');
    expect(response.total).toBe(1); // "worst to a worst" has the same gap but other words
    const [snippet] = response.results[0]!.snippets;
    expect(snippet?.paragraph).toBe(2);
    expect(snippet?.text.slice(...snippet.highlights[0]!)).toBe('worst of the worst');
    expect(await slugs('"cities sanctuary"')).toEqual([]);
  });

  it('returns snippets that point at the paragraph, with a text directive', async () => {
    const [result] = (await engine.search('Albence')).results;
    expect(result?.title.text).toBe('agency campaign');
    expect(result?.outlet).toBe('Washington Examiner');
    expect(result?.lang).toBe('en');
    expect(result?.snippets[0]).toMatchObject({ kind: 'paragraph', paragraph: 2 });
    expect(result?.snippets[0]?.textDirective).toBe(':~:text=Matt-,Albence');
    const [pew] = (await engine.search('pew')).results;
    expect(pew?.snippets[0]).toMatchObject({ kind: 'cited source', paragraph: null, text: 'Pew Research Center' });
  });

  it('counts and filters by outlet and year, and sorts by date', async () => {
    const all = await engine.search('sanctuary');
    expect(all.facets.years).toEqual([
      { value: 2020, label: '2020', count: 1 },
      { value: 2017, label: '2017', count: 1 },
    ]);
    expect(all.facets.outlets.map((o) => [o.label, o.count])).toEqual([
      ['Conservative Read', 1],
      ['Washington Examiner', 1],
    ]);
    const examiner = engine.meta.outlets.indexOf('Washington Examiner');
    const filtered = await engine.search('sanctuary', { outlet: examiner });
    expect(filtered.results.map((r) => r.slug)).toEqual(['agency-campaign']);
    expect(filtered.total).toBe(1);
    // The year counts follow the outlet filter; the outlet counts still show every outlet.
    expect(filtered.facets.years.map((y) => y.value)).toEqual([2020]);
    expect(filtered.facets.outlets).toHaveLength(2);
    expect(await slugs('sanctuary', { year: 2017 })).toEqual(['raids-report']);
    expect(await slugs('agency', { sort: 'date' })).toEqual(['agency-campaign', 'arrest-figures']);
  });

  it('limits results but counts them all', async () => {
    const response = await engine.search('sanctuary', { limit: 1 });
    expect(response.results).toHaveLength(1);
    expect(response.total).toBe(2);
  });

  it('answers an empty, all-common-word or unknown query with no results, saying why', async () => {
    for (const q of ['', '   ', 'the ', 'zzzzqqq', '"the of"']) {
      const response = await engine.search(q);
      expect(response.results).toEqual([]);
      expect(response.total).toBe(0);
    }
    expect((await engine.search('the ')).plan.common).toEqual(['the']);
    expect((await engine.search('zzzzqqq')).plan.missing).toEqual(['zzzzqqq']);
  });

  it('refuses an index in another format with a clear error', async () => {
    await expect(SearchEngine.open(async () => ({ format: 99 }))).rejects.toThrow(/format 99/);
  });
});
