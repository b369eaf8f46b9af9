import { Readability } from '@mozilla/readability';
import { Defuddle } from 'defuddle/node';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHtml } from '../../src/lib/capture/html-document.ts';
import type { NewsPage } from './news-page.ts';

type Extract = (html: string, url: string) => Promise<string>;

/** The extractors compared: the article's text each returns for a page. */
const EXTRACTORS: [name: string, extract: Extract][] = [
  [
    'Readability on linkedom (parse5 first; chosen)',
    async (html) => new Readability(parseHtml(html)).parse()?.textContent ?? '',
  ],
  [
    'Readability on linkedom (its own parser)',
    async (html) => new Readability(parseHTML(html).document as unknown as Document).parse()?.textContent ?? '',
  ],
  [
    'Readability on jsdom',
    async (html, url) => new Readability(new JSDOM(html, { url }).window.document).parse()?.textContent ?? '',
  ],
  [
    'Defuddle on linkedom',
    async (html, url) => textOf((await Defuddle(parseHTML(html).document as unknown as Document, url)).content),
  ],
  [
    'Defuddle on jsdom',
    async (html, url) => textOf((await Defuddle(new JSDOM(html, { url }).window.document, url)).content),
  ],
];

function textOf(html: string): string {
  return parseHtml(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).body.textContent ?? '';
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

/** First and last paragraph of each fixture page's article, as a reader sees them. */
const FIXTURES: [file: string, first: string, last: string][] = [
  ['jsonld-news.html', 'RIVERTON — The Valley County jail', 'discuss the ruling at its meeting on March 26.'],
  ['opengraph-only.html', 'Harbour city councillors have voted', 'within ten working days.'],
  ['no-metadata.html', 'The church hall on Fifth Street', 'backpacks are the most needed this month.'],
  ['singlefile.html', 'Immigration courts in the region began', 'clear the backlog by the end of next year.'],
  ['liveblog.html', 'The Senate passed the bill 83 to 16.', 'We will bring you updates throughout the day.'],
  ['arabic-rtl.html', 'صوّت مجلس المدينة مساء الاثنين', 'في الأول من أيار المقبل.'],
  ['spanish.html', 'Las deportaciones de personas detenidas', 'antes del cierre de esta edición.'],
  ['french.html', 'Les associations d’aide aux exilés', 'par le sous-préfet la semaine prochaine.'],
  ['save-page-as.html', 'Federal immigration agents detained 114', 'The plant employs about 400 people.'],
  [
    'highwire-two-authors.html',
    'In 2011, the commissioners of a rural county',
    'The commissioners have scheduled a public hearing for August 4.',
  ],
  [
    'legacy-windows-1252.html',
    'Sheriff Dale Lindqvist said this week',
    'notify federal agents of release dates when asked.',
  ],
];

/**
 * Runs each extractor on the generated pages (share of article paragraphs kept verbatim, pages where chrome such as
 * comments or related stories leaked in, time a page) and on the fixture layouts (first and last paragraph kept).
 */
export async function compareExtractors(pages: NewsPage[]): Promise<string> {
  const pagesDir = path.resolve(import.meta.dirname, '../../tests/fixtures/pages');
  const fixtures = FIXTURES.map(([file, first, last]) => ({
    html: new TextDecoder(file.includes('1252') ? 'windows-1252' : 'utf-8').decode(
      readFileSync(path.join(pagesDir, file)),
    ),
    first,
    last,
  }));
  const rows = [
    '| extractor | paragraphs kept | pages with chrome | ms a page (300 KB) | fixtures: first and last kept |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const [name, extract] of EXTRACTORS) {
    let kept = 0;
    let total = 0;
    let leaked = 0;
    const started = performance.now();
    for (const [i, page] of pages.entries()) {
      const text = flat(await extract(page.html, `https://news.example/${i}`));
      kept += page.paragraphs.filter((p) => text.includes(flat(p))).length;
      total += page.paragraphs.length;
      if (page.chrome.some((c) => text.includes(c))) leaked++;
    }
    const ms = (performance.now() - started) / Math.max(1, pages.length);
    let fixturesKept = 0;
    for (const f of fixtures) {
      const text = flat(await extract(f.html, 'https://fixture.example/'));
      if (text.includes(f.first) && text.includes(f.last)) fixturesKept++;
    }
    rows.push(
      `| ${name} | ${((100 * kept) / Math.max(1, total)).toFixed(1)} % (${kept}/${total}) | ${leaked}/${pages.length} | ${ms.toFixed(0)} | ${fixturesKept}/${fixtures.length} |`,
    );
    console.log(rows.at(-1));
  }
  return rows.join('\n');
}
