import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateWrittenClip } from '../../src/lib/capture/capture-import.ts';
import { importHtmlCapture } from '../../src/lib/capture/page-import.ts';
import { emptyPageArchive, PAGES, readClip } from '../helpers/page-archive.ts';

interface Expected {
  title: string;
  outlet: string | null;
  author: string | null;
  date: string;
  url: string | null;
  lang: string;
  langBasis: 'stated' | 'inferred';
  first: string;
  last: string;
  /** A phrase of the body to change, to show that editing is refused. */
  edit: string;
  captured?: string;
}

/** What a reader of each page sees it state, written from the page, not from the importer's output. */
const PAGES_EXPECTED: Record<string, Expected> = {
  'jsonld-news.html': {
    title: 'County jail ends ICE detainer holds after court ruling',
    outlet: 'valley-ledger',
    author: 'Maria Delgado',
    date: '2019-03-14',
    url: 'https://valleyledger.example/news/2019/03/14/county-jail-ends-ice-detainer-holds/',
    lang: 'en-US',
    langBasis: 'stated',
    first: 'RIVERTON — The Valley County jail will no longer hold people',
    last: 'The county commission is expected to discuss the ruling at its meeting on March 26.',
    edit: '312 detainer requests',
  },
  'opengraph-only.html': {
    title: 'Council votes to keep ‘welcoming city’ policy',
    outlet: 'harbour-gazette',
    author: 'Priya Natarajan',
    date: '2018-06-05',
    url: 'https://harbourgazette.example/news/council-votes-keep-welcoming-city-policy',
    lang: 'en-GB',
    langBasis: 'stated',
    first: 'Harbour city councillors have voted to keep the policy',
    last: 'The full council minutes will be published on the council’s website within ten working days.',
    edit: 'nine votes to four',
  },
  'no-metadata.html': {
    title: 'Shelter volunteers describe a week of arrivals',
    outlet: null,
    author: null,
    date: 'XXXX',
    url: null,
    lang: 'en',
    langBasis: 'inferred',
    first: 'The church hall on Fifth Street has held between forty and sixty people',
    last: 'Write to the editor at the address on the About page.',
    edit: 'about thirty regular volunteers',
  },
  'singlefile.html': {
    title: 'Asylum hearings resume by video after four-month pause',
    outlet: 'border-dispatch',
    author: 'Daniel Okafor',
    date: '2020-07-22',
    url: 'https://www.borderdispatch.example/2020/07/22/asylum-hearings-resume-by-video/',
    lang: 'en',
    langBasis: 'stated',
    first: 'Immigration courts in the region began hearing asylum cases again on Monday',
    last: 'The court expects to clear the backlog by the end of next year.',
    edit: 'more than 6,000 hearings',
    captured: '2020-07-23',
  },
  'liveblog.html': {
    title: 'Senate debates border funding bill: live updates',
    outlet: 'capitol-wire',
    author: 'Lena Fischer and Omar Haddad',
    date: '2019-02-14',
    url: 'https://capitolwire.example/live/2019/02/14/senate-border-funding-live',
    lang: 'en-US',
    langBasis: 'stated',
    first: '5:47 p.m.',
    last: 'Welcome to our live coverage of the Senate debate on the spending bill that would avert a second government shutdown. We will bring you updates throughout the day.',
    edit: 'passed the bill 83 to 16',
  },
  'arabic-rtl.html': {
    title: 'مجلس المدينة يرفض التعاون مع سلطات الهجرة',
    outlet: 'alsahel-example',
    author: 'سارة الخطيب',
    date: '2017-04-11',
    url: 'https://alsahel.example/news/2017/04/city-council-immigration',
    lang: 'ar',
    langBasis: 'stated',
    first: 'صوّت مجلس المدينة مساء الاثنين',
    last: 'ويدخل القرار حيز التنفيذ في الأول من أيار المقبل.',
    edit: 'سبعة أصوات',
  },
  'spanish.html': {
    title: 'Las deportaciones desde el interior del país se duplican en dos años',
    outlet: 'diario-de-la-frontera',
    author: 'Martínez, Lucía',
    date: '2019-11-03',
    url: 'https://diariofrontera.example/nacional/2019/11/03/deportaciones-interior-se-duplican.html',
    lang: 'es',
    langBasis: 'stated',
    first: 'Las deportaciones de personas detenidas lejos de la frontera se han duplicado',
    last: 'La agencia no respondió a las preguntas de este diario antes del cierre de esta edición.',
    edit: 'de 11.200 en 2017',
  },
  'french.html': {
    title: 'À Calais, les associations dénoncent des évacuations quotidiennes',
    outlet: 'lecho-du-littoral',
    author: 'Camille Lefèvre',
    date: '2020-09-18',
    url: 'https://echolittoral.example/2020/09/a-calais-les-associations-denoncent-des-evacuations-quotidiennes/',
    lang: 'fr-FR',
    langBasis: 'stated',
    first: 'Les associations d’aide aux exilés présentes à Calais affirment',
    last: 'Les associations doivent être reçues par le sous-préfet la semaine prochaine.',
    edit: '962 évacuations',
  },
  'save-page-as.html': {
    title: 'Workers detained in immigration raid at meat-packing plant',
    outlet: 'metrotribune-example',
    author: 'Kevin Walsh',
    date: '2018-08-09',
    url: 'https://www.metrotribune.example/2018/08/09/local/ice-raid-packing-plant.html',
    lang: 'en',
    langBasis: 'stated',
    first: 'Federal immigration agents detained 114 workers at a meat-packing plant',
    last: 'The plant employs about 400 people.',
    edit: 'about 7 a.m.',
  },
  'highwire-two-authors.html': {
    title: "How one county's jail contract shaped a decade of detention",
    outlet: 'the-ledger-review',
    author: 'Ana Reyes and Thomas Becker',
    date: '2021-05-12',
    url: 'https://ledgerreview.example/investigations/jail-contract-decade-detention',
    lang: 'en',
    langBasis: 'stated',
    first: 'In 2011, the commissioners of a rural county signed a one-page agreement',
    last: 'This article was produced in partnership with a regional public radio station.',
    edit: '31 percent of its general budget',
  },
  'legacy-windows-1252.html': {
    title: 'Sheriff rejects federal request to hold inmates - Prairie Weekly',
    outlet: null,
    author: null,
    date: 'XXXX',
    url: null,
    lang: 'en',
    langBasis: 'inferred',
    first: 'Prairie Weekly staff report',
    last: 'Copyright © 2017 Prairie Weekly. All rights reserved.',
    edit: 'immigration “detainer” alone',
  },
};

describe('clip:add on saved web pages of eleven layouts', () => {
  it('has an expectation for every page fixture but the page with no article', () => {
    const pages = readdirSync(PAGES).filter((name) => name.endsWith('.html') && name !== 'no-article.html');
    expect(pages.sort()).toEqual(Object.keys(PAGES_EXPECTED).sort());
  });

  for (const [name, want] of Object.entries(PAGES_EXPECTED)) {
    it(`${name}: states title, outlet, author, date, URL and language with evidence, and keeps the text verbatim`, () => {
      const target = emptyPageArchive();
      const bytes = readFileSync(path.join(PAGES, name));
      const result = importHtmlCapture(bytes, `inbox/${name}`, {}, target);
      const clip = readClip(result);
      const { data } = clip;
      expect(data.draft).toBe(true);
      expect(data.title).toBe(want.title);
      expect(data.outlet).toBe(want.outlet);
      expect(data.author?.name ?? null).toBe(want.author);
      expect(data.date).toBe(want.date);
      expect(data.source.url).toBe(want.url);
      expect(data.lang).toBe(want.lang);
      expect(data.langKnown?.basis).toBe(want.langBasis);
      expect(data.source.capture.captured ?? undefined).toBe(want.captured);
      // Every value the page states carries basis "stated" and says where it was read.
      if (want.date !== 'XXXX')
        expect(data.dateKnown).toMatchObject({ basis: 'stated', evidence: /in the capture|JSON-LD|<time/ });
      else expect(data.dateKnown.basis).toBe('unknown');
      if (want.url) expect(data.source).toMatchObject({ urlBasis: 'stated', urlEvidence: /capture|SingleFile|saved/ });
      if (want.author) expect(data.author).toMatchObject({ basis: 'stated', note: /Read from/ });
      expect(clip.blocks[0]).toContain(want.first);
      expect(clip.blocks.at(-1)).toBe(want.last);
      // The capture is kept byte for byte, and the draft validates as it is written.
      if (result.status !== 'added') return;
      expect(readFileSync(result.captureFile)).toEqual(bytes);
      expect(validateWrittenClip(result, target)).toEqual([]);

      // Changing a word of the body is refused, naming the paragraph and where it departs from the page.
      const start = clip.source.length - clip.body.length;
      const edited = clip.source.slice(0, start) + clip.body.replace(want.edit, want.edit.replace(/^\S+/, 'XYZ'));
      expect(edited).not.toBe(clip.source);
      writeFileSync(result.clipFile, edited);
      const issues = validateWrittenClip(result, target);
      expect(issues.map((i) => `${i.field}: ${i.message}`).join('\n')).toMatch(
        /^body: the (paragraph|heading) at line \d+ \(".*"\) is not in the capture/m,
      );
    });
  }
});

describe('clip:add refuses a page it cannot make a clip of, writing nothing', () => {
  it('a page with no article (a home page of links)', () => {
    const target = emptyPageArchive();
    const result = importHtmlCapture(readFileSync(path.join(PAGES, 'no-article.html')), 'no-article.html', {}, target);
    expect(result).toMatchObject({ status: 'failed', reason: /no-article\.html: no article found in the page/ });
    expect(readdirSync(target.paths.clipsDir)).toEqual([]);
    expect(readdirSync(target.paths.capturesDir)).toEqual([]);
  });

  it('a file named .html that is not HTML', () => {
    const target = emptyPageArchive();
    const result = importHtmlCapture(new TextEncoder().encode('just some text\n'), 'notes.html', {}, target);
    expect(result).toMatchObject({ status: 'failed', reason: /notes\.html: it does not look like an HTML page/ });
    expect(readdirSync(target.paths.capturesDir)).toEqual([]);
  });
});

describe('links of an HTML clip', () => {
  it('keeps the page’s links with their targets (relative ones resolved) and refuses a link the page lacks', () => {
    const target = emptyPageArchive();
    const result = importHtmlCapture(
      readFileSync(path.join(PAGES, 'jsonld-news.html')),
      'jsonld-news.html',
      {},
      target,
    );
    const clip = readClip(result);
    expect(clip.body).toContain(
      '[a log the sheriff’s office released](https://valleyledger.example/documents/2019/detainer-log.pdf)',
    );
    expect(clip.body).toContain(
      '[the second ruling of its kind](https://valleyledger.example/news/2019/03/12/appeals-court-detainers/)',
    );
    if (result.status !== 'added') return;
    writeFileSync(
      result.clipFile,
      clip.source.replace(
        '(https://valleyledger.example/news/2019/03/12/appeals-court-detainers/)',
        '(https://phishing.example/login)',
      ),
    );
    const issues = validateWrittenClip(result, target);
    expect(issues.map((i) => i.message).join('\n')).toMatch(
      /line \d+: a link, "\[the second ruling of its kind\]\(https:\/\/phishing\.example\/lo…"; the captured page does not have it/,
    );
  });

  it('declares images with their alt text and source, and summarises the chrome it left out', () => {
    const target = emptyPageArchive();
    const clip = readClip(
      importHtmlCapture(readFileSync(path.join(PAGES, 'jsonld-news.html')), 'jsonld-news.html', {}, target),
    );
    expect(clip.data.omitted).toContainEqual({
      text: 'The entrance of the Valley County jail on Main Street',
      reason: 'image, captioned "The Valley County jail, photographed on Wednesday. (Ledger photo)"',
      src: '/uploads/2019/03/jail-entrance.jpg',
    });
    const reasons = clip.data.omitted.map((o: { reason: string }) => o.reason.replace(/ \(.*$/, ''));
    expect(reasons).toEqual(expect.arrayContaining(['share buttons', 'related stories', 'comments', 'advertisement']));
    expect(clip.body).not.toMatch(/Facebook|Jail budget grows again|About time/);
  });
});
