import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST, PROJECT_ROOT, useBuiltSite } from './harness.ts';

const AXE = path.join(PROJECT_ROOT, 'node_modules/axe-core/axe.min.js');
const CLIPS = readdirSync(path.join(DIST, 'clips')).sort();
const SEARCH_WITH_RESULTS = `search/?q=${encodeURIComponent('sanctuary safety')}`;

/** One page of every kind, plus a search showing results with highlights. */
const PAGES = [
  '',
  'timeline/',
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

const site = useBuiltSite();

async function axeViolations(page: Page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => {
      const { id, nodes } = v as { id: string; nodes: { target: unknown; failureSummary: string }[] };
      return { id, nodes: nodes.slice(0, 3).map((n) => [n.target, n.failureSummary]) };
    });
  });
}

async function open(route: string, viewport: { width: number; height: number }, scheme = 'light'): Promise<Page> {
  // axe-core is injected as an inline script, which the pages' CSP forbids; security.test.ts checks the policy itself.
  const page = await site.browser.newPage({ viewport, colorScheme: scheme as 'light' | 'dark', bypassCSP: true });
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
      expect(await axeViolations(page)).toEqual([]);
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

describe('the timeline', () => {
  const TURNS = 'ice-turns-up-the-volume-on-sanctuary-cities';
  const CRANKS = 'ice-cranks-up-the-heat-on-sanctuary-cities';

  it('is linked from the home page and draws every clip as a link, in the layout that fits the screen', async () => {
    for (const viewport of VIEWPORTS) {
      const page = await open('', viewport);
      await page.getByRole('link', { name: 'timeline', exact: true }).click();
      await page.waitForURL(/timeline\/$/);
      const chart = page.locator('.timeline svg:visible');
      expect(await chart.count()).toBe(1);
      const hrefs = await chart
        .locator('a.mark.role-publication')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')!.replace(/.*\/clips\/([^/]+)\/$/, '$1')));
      expect(hrefs.sort()).toEqual(CLIPS);
      const box = await chart.boundingBox();
      expect(box!.width).toBeLessThanOrEqual(viewport.width);
      await page.close();
    }
  });

  it('draws ranges as bars, the approximate date faded, and links republications and shared passages', async () => {
    const page = await open('timeline/', VIEWPORTS[0]!);
    const chart = page.locator('.timeline svg:visible');
    const mark = (slug: string) => chart.locator(`a.mark.role-publication[href$="/clips/${slug}/"]`);
    // Every clip is dated to a range, so every mark is a bar, and the bars run left to right in date order.
    const left = (slug: string) =>
      mark(slug)
        .locator('rect')
        .evaluate((r) => r.getBoundingClientRect().left);
    const inDateOrder = [
      'amnesty-advocates-claim-ice-raids-retaliation',
      'sanctuary-cities-sacrifice-safety',
      TURNS,
      'ice-preparing-targeted-arrests-in-sanctuary-cities',
    ];
    const lefts = await Promise.all(inDateOrder.map(left));
    expect([...lefts].sort((a, b) => a - b)).toEqual(lefts);
    expect(Math.abs((await left(CRANKS)) - (await left(TURNS)))).toBeLessThan(3);
    expect(await mark('sanctuary-cities-sacrifice-safety').getAttribute('class')).toContain('shape-approximate');
    expect(await mark('sanctuary-cities-sacrifice-safety').locator('rect').getAttribute('fill')).toMatch(/^url\(#/);
    const links = await chart.locator('.link title').allTextContents();
    expect(links.filter((t) => t.includes('share passages'))).toEqual([
      "“‘That’s Enough’: ICE Cranks Up The Heat On Lawless Sanctuary Cities” and “'That's enough': ICE turns up the volume in campaign against sanctuary cities” share passages",
    ]);
    const republished = links.filter((t) => t.includes('republished by'));
    expect(republished.map((t) => /republished by (.+?)(?: \(|$)/.exec(t)?.[1]).sort()).toEqual([
      'Conservative Read',
      'Site unknown',
      'Speaking About News',
    ]);
    await page.close();
  });

  for (const scheme of ['light', 'dark']) {
    it(`axe finds no violation (${scheme})`, async () => {
      for (const viewport of VIEWPORTS) {
        const page = await open('timeline/', viewport, scheme);
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      }
    });
  }

  it('each outlet page has a small clips-per-year chart', async () => {
    const page = await open('outlets/trending-politics/', VIEWPORTS[1]!);
    expect(await page.locator('.year-chart svg title').allTextContents()).toEqual(['2020: 1 clip']);
    await page.close();
  });
});

describe('a clip page', () => {
  for (const viewport of VIEWPORTS) {
    for (const scheme of ['light', 'dark']) {
      it(`starts the text within the first screen at ${viewport.width}×${viewport.height} (${scheme})`, async () => {
        for (const slug of CLIPS) {
          const page = await open(`clips/${slug}/`, viewport, scheme);
          const first = page.locator('[data-clip-body] p').first();
          const box = await first.boundingBox();
          // The first line at least: its top plus one line must be on screen.
          expect(box!.y + 30, `${slug}: first paragraph at y = ${Math.round(box!.y)}`).toBeLessThanOrEqual(
            viewport.height,
          );
          await page.close();
        }
      });
    }
  }

  it('shows every paragraph number without hover, in the margin, reachable with Tab', async () => {
    const page = await open(`clips/${CLIPS[0]}/`, VIEWPORTS[1]!);
    const links = page.locator('[data-clip-body] a.paragraph-link');
    const count = await links.count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i += 1) {
      const link = links.nth(i);
      expect(await link.getAttribute('href')).toBe(`#p-${i + 1}`);
      const shown = await link.evaluate((a) => ({
        number: getComputedStyle(a, '::before').content,
        opacity: getComputedStyle(a).opacity,
        visibility: getComputedStyle(a).visibility,
        width: a.getBoundingClientRect().width,
        height: a.getBoundingClientRect().height,
        left: a.getBoundingClientRect().left,
        textLeft: a.parentElement!.getBoundingClientRect().left,
      }));
      expect(shown.number).toBe(`"${i + 1}"`);
      expect(shown.opacity).toBe('1');
      expect(shown.visibility).toBe('visible');
      // A target a finger can hit (WCAG 2.2: at least 24 × 24 px), left of the text.
      expect(shown.width).toBeGreaterThanOrEqual(24);
      expect(shown.height).toBeGreaterThanOrEqual(24);
      expect(shown.left + shown.width).toBeLessThanOrEqual(shown.textLeft + 1);
    }
    // Tab from the end of the record banner reaches paragraph 1's number next.
    await page.locator('.record a').last().focus();
    let reached = false;
    for (let i = 0; i < 3 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('href') === '#p-1');
    }
    expect(reached).toBe(true);
    await page.close();
  });

  it('following a paragraph number goes to the paragraph, highlights it and copies its address', async () => {
    const context = await site.browser.newContext({ viewport: VIEWPORTS[1]!, hasTouch: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await page.goto(`${site.url}clips/${CLIPS[0]}/`);
    await page.locator('a.paragraph-link[href="#p-3"]').tap();
    await page.waitForURL(/#p-3$/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.url}clips/${CLIPS[0]}/#p-3`);
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('Link to paragraph 3 copied');
    const background = await page.locator('#p-3').evaluate((p) => getComputedStyle(p).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await context.close();
  });

  it('marks every figure it quotes where the text quotes it, linked to its row and back, with JS off', async () => {
    const context = await site.browser.newContext({ viewport: VIEWPORTS[1]!, javaScriptEnabled: false });
    let figures = 0;
    for (const slug of CLIPS) {
      const page = await context.newPage();
      await page.goto(`${site.url}clips/${slug}/`);
      const rows = await page.locator('section[aria-labelledby="figures"] tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          id: tr.id,
          quote: (tr.querySelector('td')!.textContent ?? '').trim().replace(/^“|”$/g, ''),
          back: tr.querySelector('td a')?.getAttribute('href') ?? null,
        })),
      );
      for (const [i, row] of rows.entries()) {
        figures += 1;
        expect(row.id, slug).toBe(`figure-${i + 1}`);
        expect(row.back, `${slug} ${row.quote}`).toBe(`#figure-ref-${i + 1}`);
        const mark = page.locator(`[data-clip-body] #figure-ref-${i + 1}`);
        const shown = await mark.evaluate((a) => ({
          tag: a.tagName,
          href: a.getAttribute('href'),
          text: (a.textContent ?? '').replace(/\s+/g, ' '),
          decoration: getComputedStyle(a).textDecorationStyle,
          background: getComputedStyle(a).backgroundColor,
          paper: getComputedStyle(document.body).backgroundColor,
        }));
        expect(shown, `${slug} ${row.quote}`).toMatchObject({ tag: 'A', href: `#figure-${i + 1}`, text: row.quote });
        expect(shown.decoration).toBe('dotted');
        expect(shown.background).not.toBe(shown.paper);
      }
      if (rows.length > 0) {
        // Without JavaScript: the mark leads to its row, the row's quote back to the place in the text.
        await page.locator('#figure-ref-1').click();
        await page.waitForURL(/#figure-1$/);
        expect(await page.locator('#figure-1').isVisible()).toBe(true);
        await page.locator('#figure-1 td a').first().click();
        await page.waitForURL(/#figure-ref-1$/);
        const top = await page.locator('#figure-ref-1').evaluate((a) => a.getBoundingClientRect().top);
        expect(top).toBeGreaterThanOrEqual(0);
        expect(top).toBeLessThan(VIEWPORTS[1]!.height);
      }
      await page.close();
    }
    expect(figures).toBeGreaterThan(20);
    await context.close();
  });

  it('reaches a marked figure with Tab from its paragraph number', async () => {
    const page = await open('clips/sanctuary-cities-sacrifice-safety/', VIEWPORTS[0]!);
    await page.locator('a.paragraph-link[href="#p-5"]').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('figure-ref-3');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('figure-ref-4');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      '158,581 (figure 4: its row in Figures quoted)',
    );
    await page.close();
  });

  it('frames the text as the captured document, with a label and a clear end, before the evidence', async () => {
    const page = await open(`clips/${CLIPS[0]}/`, VIEWPORTS[0]!);
    const order = await page.evaluate(() =>
      ['.record', '.document-label', '[data-clip-body]', '.document-end', '#record'].map(
        (s) => document.querySelector(s)!.getBoundingClientRect().top,
      ),
    );
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(await page.locator('.document-end').textContent()).toContain('End of the captured text');
    // An English clip on an English site: the text carries no language of its own.
    expect(await page.locator('[data-clip-body]').getAttribute('lang')).toBeNull();
    await page.close();
  });
});

describe('search history', () => {
  it('mirrors the query in the header box on /search/', async () => {
    const page = await open(`search/?q=${encodeURIComponent('Homan')}`, VIEWPORTS[0]!);
    await page.waitForSelector('[data-search-results] li');
    expect(await page.locator('#site-search-q').inputValue()).toBe('Homan');
    await page.locator('#search-q').fill('Albence');
    await expect.poll(() => page.locator('#site-search-q').inputValue()).toBe('Albence');
    await page.close();
  });

  it('a filter change adds a history entry; Back returns to the unfiltered results', async () => {
    const page = await open(SEARCH_WITH_RESULTS, VIEWPORTS[0]!);
    const count = () => page.locator('[data-search-results] > li').count();
    const all = await count();
    const before = await page.evaluate(() => history.length);
    const option = await page
      .locator('[data-search-outlet] option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean)[0]!);
    await page.locator('[data-search-outlet]').selectOption(option);
    await page.waitForURL(/outlet=/);
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    await expect.poll(count).toBeLessThan(all);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('outlet='));
    await expect.poll(count).toBe(all);
    expect(await page.locator('[data-search-outlet]').inputValue()).toBe('');
    await page.close();
  });

  it('Back from a result restores the results, the scroll position and the focused result', async () => {
    const page = await open(SEARCH_WITH_RESULTS, { width: 390, height: 500 });
    const links = page.locator('[data-search-results] [data-result-link]');
    const last = links.last();
    await last.scrollIntoViewIfNeeded();
    await last.focus();
    const href = await last.evaluate((a) => (a as HTMLAnchorElement).href);
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await page.waitForURL(href);
    await page.goBack();
    await page.waitForSelector('[data-search-results] mark');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href)).toBe(href);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(40);
    await page.close();
  });
});
