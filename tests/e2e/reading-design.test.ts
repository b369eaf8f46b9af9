import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, launchBrowser, PROJECT_ROOT, serveSite, type StaticSite } from './harness.ts';

const AXE = path.join(PROJECT_ROOT, 'node_modules/axe-core/axe.min.js');
const CLIPS = readdirSync(path.join(DIST, 'clips')).sort();
const SEARCH_WITH_RESULTS = `search/?q=${encodeURIComponent('sanctuary safety')}`;

/** One page of every kind, plus a search showing results with highlights. */
const PAGES = [
  '',
  ...CLIPS.map((slug) => `clips/${slug}/`),
  'outlets/',
  'outlets/washington-examiner/',
  'people/',
  'figures/',
  'figures/by-value/',
  'about/',
  'search/',
  SEARCH_WITH_RESULTS,
  'no-such-page/',
];

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  site = await serveSite();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(route: string, viewport: { width: number; height: number }, scheme = 'light'): Promise<Page> {
  const page = await browser.newPage({ viewport, colorScheme: scheme as 'light' | 'dark' });
  await page.goto(site.url + route);
  if (route.startsWith('search/?')) await page.waitForSelector('[data-search-results] mark', { timeout: 15_000 });
  return page;
}

describe('a phone 320 px wide', () => {
  it.each(PAGES)('/%s does not scroll sideways', async (route) => {
    const page = await open(route, { width: 320, height: 640 });
    const overflow = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      widest: [...document.querySelectorAll('body *')]
        .map((el) => ({ el: el.tagName + '.' + el.className, right: Math.round(el.getBoundingClientRect().right) }))
        .filter((e) => e.right > document.documentElement.clientWidth)
        .slice(0, 3),
    }));
    expect(overflow.scrollWidth, JSON.stringify(overflow.widest)).toBeLessThanOrEqual(overflow.clientWidth);
    await page.close();
  });
});

describe('one content width', () => {
  for (const viewport of VIEWPORTS) {
    it(`header, main and footer start at the same left edge at ${viewport.width} px`, async () => {
      for (const route of ['', `clips/${CLIPS[0]}/`, 'figures/']) {
        const page = await open(route, viewport);
        const edges = await page.evaluate(() =>
          ['header.site .brand', 'main h1', 'footer.site p'].map((selector) =>
            Math.round(document.querySelector(selector)!.getBoundingClientRect().left),
          ),
        );
        expect(new Set(edges).size, `${route}: ${edges.join(', ')}`).toBe(1);
        await page.close();
      }
    });
  }

  it('the header fits in 135 px on a phone, the search box on one line', async () => {
    const page = await open('', { width: 390, height: 844 });
    const header = await page.locator('header.site').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(135);
    const input = await page.locator('#site-search-q').boundingBox();
    const button = await page.locator('.site-search button').boundingBox();
    expect(Math.abs(input!.y + input!.height / 2 - (button!.y + button!.height / 2))).toBeLessThan(2);
    await page.close();
  });
});

describe('site chrome', () => {
  it('every page names an SVG favicon that is served', async () => {
    const page = await open('', VIEWPORTS[0]!);
    const href = await page.locator('link[rel=icon]').getAttribute('href');
    const response = await page.request.get(new URL(href!, page.url()).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('image/svg+xml');
    await page.close();
  });

  it('the header marks the section the reader is in', async () => {
    const page = await open('figures/by-value/', VIEWPORTS[0]!);
    expect(await page.locator('header.site nav [aria-current]').allTextContents()).toEqual(['Figures']);
    await page.close();
  });

  it('form controls are styled, not the browser defaults', async () => {
    const page = await open('search/', VIEWPORTS[0]!);
    const styles = await page.evaluate(() =>
      ['#site-search-q', '.site-search button', '[data-search-outlet]'].map((s) => {
        const style = getComputedStyle(document.querySelector(s)!);
        return { radius: parseFloat(style.borderTopLeftRadius), font: style.fontFamily };
      }),
    );
    for (const style of styles) {
      expect(style.radius).toBeGreaterThan(0);
      expect(style.font).toContain('system-ui');
    }
    await page.close();
  });
});

describe('tables on a phone', () => {
  it('each figure of the ledger is a card whose cells are labelled by their column', async () => {
    const page = await open('figures/', { width: 390, height: 844 });
    const firstRow = page.locator('table.cards tbody tr').first();
    expect(await firstRow.evaluate((tr) => getComputedStyle(tr).display)).toBe('block');
    const labels = await firstRow
      .locator('td')
      .evaluateAll((cells) => cells.map((td) => getComputedStyle(td, '::before').content));
    expect(labels).toEqual(['"Clip"', '"As written"', '"Value"', '"What it counts"', '"Attributed to"', '"Check"']);
    await page.close();
  });
});

describe('search results with highlights, both colour schemes', () => {
  for (const scheme of ['light', 'dark']) {
    it(`axe finds no violation (${scheme})`, async () => {
      const page = await open(SEARCH_WITH_RESULTS, VIEWPORTS[1]!, scheme);
      expect(await page.locator('[data-search-results] mark').count()).toBeGreaterThan(3);
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: unknown[] }> } }).axe;
        const result = await axe.run(document);
        return result.violations.map((v) => {
          const { id, nodes } = v as { id: string; nodes: { target: unknown; failureSummary: string }[] };
          return { id, nodes: nodes.slice(0, 3).map((n) => [n.target, n.failureSummary]) };
        });
      });
      expect(violations).toEqual([]);
      await page.close();
    });
  }

  it('snippets are set in the text colour, not as runs of link blue', async () => {
    const page = await open(SEARCH_WITH_RESULTS, VIEWPORTS[0]!);
    const colours = await page.evaluate(() => {
      const snippet = document.querySelector('.search-snippet-text')!;
      return { snippet: getComputedStyle(snippet).color, body: getComputedStyle(document.body).color };
    });
    expect(colours.snippet).toBe(colours.body);
    await page.close();
  });
});
