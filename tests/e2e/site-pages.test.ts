import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse as parseCsv } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import type { Element } from 'hast';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveArchivePaths } from '../../src/lib/validation/archive-paths.ts';
import { validateArchive } from '../../src/lib/validation/archive-validation.ts';
import { DIST, PROJECT_ROOT, useBuiltSite } from './harness.ts';

const archive = validateArchive(resolveArchivePaths(PROJECT_ROOT));
const CRANKS = 'ice-cranks-up-the-heat-on-sanctuary-cities';
const TURNS = 'ice-turns-up-the-volume-on-sanctuary-cities';
const AXE = path.join(PROJECT_ROOT, 'node_modules/axe-core/axe.min.js');

/** One page of each kind the site has. */
const PAGE_TYPES: Record<string, string> = {
  home: '',
  clip: `clips/${TURNS}/`,
  'clip with archivist’s notes': `clips/${CRANKS}/`,
  'clip (republication with author)': 'clips/ice-preparing-targeted-arrests-in-sanctuary-cities/',
  'outlets index': 'outlets/',
  outlet: 'outlets/washington-examiner/',
  people: 'people/',
  'figures ledger': 'figures/',
  'figures ledger by check': 'figures/by-check/',
  about: 'about/',
  notes: 'notes/',
  'not found': 'no-such-page/',
};

const site = useBuiltSite();
let withJs: BrowserContext;
let noJs: BrowserContext;

beforeAll(async () => {
  expect(archive.issues).toEqual([]);
  // axe-core is injected as an inline script, which the pages' CSP forbids; security.test.ts checks the policy itself.
  withJs = await site.browser.newContext({ bypassCSP: true });
  noJs = await site.browser.newContext({ javaScriptEnabled: false });
});

async function open(context: BrowserContext, route: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(site.url + route);
  return page;
}

describe('accessibility (axe-core, in Chromium)', () => {
  for (const [kind, route] of Object.entries(PAGE_TYPES)) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${kind} page has no violations (${scheme} scheme)`, async () => {
        const page = await withJs.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(site.url + route);
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        // The scheme really applies: a dark page on a dark background, a light one on a light background.
        const channels = background.match(/\d+/g)!.slice(0, 3).map(Number);
        const lightness = channels.reduce((sum, c) => sum + c, 0) / (3 * 255);
        if (scheme === 'dark') expect(lightness, background).toBeLessThan(0.25);
        else expect(lightness, background).toBeGreaterThan(0.85);
        await page.addScriptTag({ path: AXE });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: unknown[] }> } })
            .axe;
          const result = await axe.run(document);
          return result.violations.map((v) => {
            const { id, help, nodes } = v as { id: string; help: string; nodes: { target: unknown }[] };
            return { id, help, targets: nodes.map((n) => n.target) };
          });
        });
        expect(violations).toEqual([]);
        await page.close();
      });
    }
  }
});

describe('keyboard focus', () => {
  it('every element reached with Tab on a clip page shows a visible focus outline', async () => {
    const page = await open(withJs, `clips/${CRANKS}/`);
    let checked = 0;
    let paragraphLinks = 0;
    for (let i = 0; i < 45; i += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          tag: el.tagName,
          className: el.className,
          outlineStyle: style.outlineStyle,
          outlineWidth: parseFloat(style.outlineWidth),
          opacity: parseFloat(style.opacity),
          visible: el.getBoundingClientRect().width > 0,
        };
      });
      if (!focus) continue;
      checked += 1;
      if (focus.className === 'paragraph-link') paragraphLinks += 1;
      expect(focus.outlineStyle, JSON.stringify(focus)).not.toBe('none');
      expect(focus.outlineWidth, JSON.stringify(focus)).toBeGreaterThanOrEqual(2);
      expect(focus.opacity, JSON.stringify(focus)).toBe(1);
      expect(focus.visible, JSON.stringify(focus)).toBe(true);
    }
    expect(checked).toBe(45);
    expect(paragraphLinks).toBeGreaterThan(3);
    await page.close();
  });

  it('the skip link is the first stop and appears when focused', async () => {
    const page = await open(withJs, '');
    // On a loaded machine the first key can arrive before the page has settled; wait for it, then allow time.
    await page.waitForLoadState('load');
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement), { timeout: 5000 }).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.x >= 0 && box.width > 0).toBe(true);
    await page.close();
  });
});

describe('reading with JavaScript off', () => {
  for (const [kind, route] of Object.entries(PAGE_TYPES)) {
    it(`${kind} page has a title, a heading and its content`, async () => {
      const page = await open(noJs, route);
      expect((await page.title()).length).toBeGreaterThan(10);
      expect(await page.locator('main h1').innerText()).not.toBe('');
      expect((await page.locator('main').innerText()).length).toBeGreaterThan(200);
      await page.close();
    });
  }

  it('the home page lists every clip with its outlet, date in words and first lines, grouped by year', async () => {
    const page = await open(noJs, '');
    expect(await page.locator('main h2').allInnerTexts()).toEqual(['2020', '2018', '2017']);
    expect(await page.locator('.clip-list > li').count()).toBe(5);
    const text = await page.locator('main').innerText();
    expect(text).toContain('between 14 and about 31 December 2018');
    expect(text).toContain('between 21 and 26 January 2020');
    expect(text).toContain('Title attested by another source');
    expect(text).toContain('Title reconstructed by the archive (provisional)');
    expect(text).toContain('Seven sanctuary cities hold 10% of illegal immigrant population.');
    await page.close();
  });

  it('a clip page shows its provenance, figures with checks, people, omissions, citations and neighbours', async () => {
    const page = await open(noJs, 'clips/ice-preparing-targeted-arrests-in-sanctuary-cities/');
    const text = await page.locator('main').innerText();
    for (const expected of [
      'Speaking About News',
      'Originally published by',
      'ZeroHedge',
      'The Washington Post',
      'Tyler Durden, a pseudonym',
      'between 29 and 30 September 2020',
      'Captured on or after',
      '23 October 2020',
      '(inferred from the evidence: ',
      'Figures quoted',
      'Differs',
      'People quoted',
      'Mike Alvarez, ICE spokesman',
      'What it cites',
      'Left out of the capture',
      'Chicago',
      'APA',
      'Older:',
    ]) {
      expect(text, expected).toContain(expected);
    }
    const copy = page.locator('a[data-originalurl^="https://speakingaboutnews.com/"]');
    expect(await copy.getAttribute('href')).toBe(await copy.getAttribute('data-originalurl'));
    const capture = await page.request.get(
      `${site.url}clips/ice-preparing-targeted-arrests-in-sanctuary-cities/capture.txt`,
    );
    const raw = readFileSync(
      path.join(PROJECT_ROOT, 'content/captures/ice-preparing-targeted-arrests-in-sanctuary-cities.txt'),
    );
    expect(Buffer.from(await capture.body()).equals(raw)).toBe(true);
    await page.close();
  });

  it('a figure links to the place its paragraph quotes it, which is highlighted on arrival', async () => {
    const page = await open(noJs, 'clips/amnesty-advocates-claim-ice-raids-retaliation/');
    const mark = page.locator('#p-9 #figure-ref-4');
    const plain = await mark.evaluate((el) => getComputedStyle(el).backgroundColor);
    await page
      .locator('section', { has: page.locator('#figures') })
      .getByRole('link', { name: '“142”' })
      .click();
    expect(page.url()).toMatch(/#figure-ref-4$/);
    expect(await mark.innerText()).toBe('142');
    expect(await page.locator('#p-9').innerText()).toContain('releasing 142 illegal immigrants');
    const highlighted = await mark.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(highlighted).not.toBe(plain);
    await page.close();
  });

  it('the figures ledger sorts by value and by check status as separate pages, each figure linking to where it is quoted', async () => {
    const page = await open(noJs, 'figures/');
    await page.getByRole('link', { name: 'by value' }).click();
    const values = await page.locator('tbody tr td:nth-child(3)').allInnerTexts();
    expect(values).toHaveLength(archive.clips.reduce((n, c) => n + c.data.figures.length, 0));
    // Numbers first, in order; then date cues by the date they point to; then phrases with no number ("—").
    const counted = archive.clips.reduce((n, c) => n + c.data.figures.filter((f) => f.value !== null).length, 0);
    const numbers = values.slice(0, counted).map((v) => Number(v.split(' ')[0]!.replace(/,/g, '')));
    expect(numbers.every(Number.isFinite)).toBe(true);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(values[counted]).toBe('2003');
    expect(values.at(-1)).toBe('—');
    await page.getByRole('link', { name: 'by check status' }).click();
    const checks = await page.locator('tbody tr td:nth-child(6) span').allInnerTexts();
    expect(checks[0]).toBe('Misattributed');
    expect(checks.at(-1)).toBe('Confirmed');
    const link = page.getByRole('link', { name: '“158,581”' });
    expect(await link.getAttribute('href')).toBe('/clips/sanctuary-cities-sacrifice-safety/#figure-ref-4');
    await page.close();
  });

  it('the people index links each person to the clips and paragraphs quoting them', async () => {
    const page = await open(noJs, 'people/');
    const section = page.locator('section', { has: page.locator('#person-todd-michael-lyons') });
    expect(await section.innerText()).toContain('the acting field director for ICE’s Boston office');
    expect(await section.getByRole('link', { name: '4' }).getAttribute('href')).toBe(
      '/clips/sanctuary-cities-sacrifice-safety/#p-4',
    );
    await page.close();
  });

  it('an outlet page lists the clips it published, republished or is cited by', async () => {
    const page = await open(noJs, 'outlets/washington-post/');
    const text = await page.locator('main').innerText();
    expect(text).toContain('ICE Preparing To Make Targeted Arrests In Sanctuary Cities');
    expect(text).toContain('source of a summary, cited');
    await page.close();
  });
});

describe('shared passages', () => {
  for (const [from, to, pairs] of [
    [
      CRANKS,
      TURNS,
      [
        [6, 1],
        [7, 2],
        [8, 3],
      ],
    ],
    [
      TURNS,
      CRANKS,
      [
        [1, 6],
        [2, 7],
        [3, 8],
      ],
    ],
  ] as const) {
    it(`${from} links each shared paragraph to the same passage in ${to}`, async () => {
      const page = await open(noJs, `clips/${from}/`);
      const items = page.locator('#shared-passages + p + ul > li');
      expect(await items.count()).toBe(3);
      for (const [i, [own, other]] of pairs.entries()) {
        const links = items.nth(i).locator('a');
        expect(await links.nth(0).getAttribute('href')).toBe(`#p-${own}`);
        expect(await links.nth(1).getAttribute('href')).toBe(`/clips/${to}/#p-${other}`);
      }
      await items.nth(0).locator('a').nth(1).click();
      expect(page.url()).toBe(`${site.url}clips/${to}/#p-${pairs[0][1]}`);
      const ownText = (await page.locator(`#p-${pairs[0][1]}`).innerText()).slice(0, 60);
      expect(ownText).toContain('Immigration and Customs Enforcement has ramped up messaging');
      await page.close();
    });
  }
});

describe('machine-readable data', () => {
  // A republication whose own date is unknown is dated by nothing; its original's date goes with the original.
  const expected: Record<string, { publisher: string; date: string | null; originalDate?: string }> = {
    'amnesty-advocates-claim-ice-raids-retaliation': {
      publisher: 'Conservative Read',
      date: null,
      originalDate: '2017-03',
    },
    [CRANKS]: { publisher: 'Trending Politics', date: '2020-01' },
    'ice-preparing-targeted-arrests-in-sanctuary-cities': {
      publisher: 'Speaking About News',
      date: null,
      originalDate: '2020-09',
    },
    [TURNS]: { publisher: 'Washington Examiner', date: '2020-01' },
    'sanctuary-cities-sacrifice-safety': { publisher: 'Liberty Nation', date: '2018-12' },
  };

  it('covers every clip', () => {
    expect(Object.keys(expected).sort()).toEqual(archive.clips.map((c) => c.slug).sort());
  });

  for (const [slug, want] of Object.entries(expected)) {
    it(`${slug}: JSON-LD, Zotero tags and the CSL-JSON, BibTeX and RIS downloads agree on outlet and date`, async () => {
      const clip = archive.clips.find((c) => c.slug === slug)!;
      const html = readFileSync(path.join(DIST, 'clips', slug, 'index.html'), 'utf8');
      const tree = fromHtml(html);
      const scripts = selectAll('script[type="application/ld+json"]', tree) as Element[];
      expect(scripts).toHaveLength(1);
      const ld = JSON.parse((scripts[0]!.children[0] as { value: string }).value);
      expect(ld['@type']).toBe('NewsArticle');
      expect(ld.headline).toBe(clip.data.title);
      expect(ld.publisher.name).toBe(want.publisher);
      expect(ld.datePublished).toBe(want.date ?? undefined);
      if (want.originalDate) expect(ld.isBasedOn.datePublished).toBe(want.originalDate);
      expect(ld.url).toBe(`http://localhost:4321/clips/${slug}/`);
      if (clip.data.source.url && !want.originalDate) expect(ld.isBasedOn).toBe(clip.data.source.url);
      const meta = Object.fromEntries(
        (selectAll('meta[name]', tree) as Element[]).map((m) => [m.properties.name, m.properties.content]),
      );
      expect(meta.citation_title).toBe(clip.data.title);
      expect(meta.citation_date).toBe(want.date?.replace('-', '/'));
      expect(meta['DC.type']).toBe('newspaperArticle');
      expect(meta).not.toHaveProperty('citation_journal_title');
      expect(meta.citation_author).toBe(clip.data.author?.name);
      const canonical = selectAll('link[rel=canonical]', tree) as Element[];
      expect(canonical[0]?.properties.href).toBe(`http://localhost:4321/clips/${slug}/`);

      for (const ext of ['json', 'bib', 'ris']) {
        const response = await fetch(`${site.url}clips/${slug}/citation.${ext}`);
        expect(response.status).toBe(200);
        const [item] = new Cite(await response.text()).data as Record<string, unknown>[];
        expect(item?.title, ext).toBe(clip.data.title);
        expect(item?.['container-title'], ext).toBe(want.publisher);
        if (want.date) {
          const issued = (item?.issued as { 'date-parts': number[][] })['date-parts'][0]!;
          expect(issued.slice(0, 1).join('-'), ext).toBe(want.date.slice(0, 4));
        } else {
          expect(item?.issued, ext).toBeUndefined();
        }
      }
    });
  }

  it('the bulk data (JSON Lines and CSV by year), the RSS feed and the sitemap describe the whole archive', async () => {
    const index = await (await fetch(`${site.url}data/index.json`)).json();
    const fetchAll = async (files: { url: string }[]) =>
      Promise.all(files.map(async (f) => (await fetch(new URL(f.url, site.url))).text()));
    const lines = (await fetchAll(index.clips.files)).flatMap((text) => text.trimEnd().split('\n'));
    const records = lines.map((line) => JSON.parse(line));
    expect(records.map((c: { slug: string }) => c.slug).sort()).toEqual(archive.clips.map((c) => c.slug).sort());
    expect(records[0]).not.toHaveProperty('body');
    expect(index.clips.files.map((f: { file: string }) => f.file)).toContain('clips-2020.jsonl');
    const rss = await (await fetch(`${site.url}rss.xml`)).text();
    expect(rss.match(/<item>/g)).toHaveLength(5);
    expect(rss).not.toContain('lastBuildDate');
    const sitemap = await (await fetch(`${site.url}sitemap-0.xml`)).text();
    expect(sitemap).toContain(`<loc>http://localhost:4321/clips/${TURNS}/</loc>`);
    const csv = (await fetchAll(index.figures.files)).flatMap(
      (text) => parseCsv(text, { columns: true }) as Record<string, string>[],
    );
    expect(csv).toHaveLength(archive.clips.reduce((n, c) => n + c.data.figures.length, 0));
    expect(csv.find((r) => r.quote === '158,581')).toMatchObject({ check: 'confirmed', paragraph: '5' });
  });
});

describe('page weight', () => {
  it('every clip page weighs at most 30 KB compressed, with the CSS and JavaScript it loads', () => {
    for (const clip of archive.clips) {
      const html = readFileSync(path.join(DIST, 'clips', clip.slug, 'index.html'));
      const tree = fromHtml(html.toString('utf8'));
      const assets = [
        ...(selectAll('link[rel=stylesheet][href]', tree) as Element[]).map((el) => String(el.properties.href)),
        ...(selectAll('script[src]', tree) as Element[]).map((el) => String(el.properties.src)),
      ];
      const parts = [html, ...assets.map((href) => readFileSync(path.join(DIST, href.replace(/^\//, ''))))];
      const gzipped = parts.reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0);
      console.log(`${clip.slug}: ${(gzipped / 1024).toFixed(1)} KB gzipped (${parts.length} files)`);
      expect(gzipped).toBeLessThanOrEqual(30 * 1024);
    }
  });
});
