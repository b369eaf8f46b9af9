import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveArchivePaths } from '../../src/lib/validation/archive-paths.ts';
import { validateArchive } from '../../src/lib/validation/archive-validation.ts';
import { normaliseTerm, tokenize } from '../../src/lib/search/tokenize.ts';
import { PROJECT_ROOT, useBuiltSite } from './harness.ts';

const archive = validateArchive(resolveArchivePaths(PROJECT_ROOT));
const bySlug = new Map(archive.clips.map((c) => [c.slug, c]));

const site = useBuiltSite();
let context: BrowserContext;

beforeAll(async () => {
  expect(archive.issues).toEqual([]);
  context = await site.browser.newContext();
});

async function openSearch(query = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${site.url}search/${query ? `?q=${encodeURIComponent(query)}` : ''}`);
  return page;
}

/** Types a query into the search box and waits until the status line answers it. */
async function search(page: Page, query: string): Promise<void> {
  await page.locator('#search-q').fill(query);
  await page.waitForFunction(
    (q) => {
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      return status.includes(`“${q.trim()}”`) && /match/.test(status);
    },
    query,
    { timeout: 10_000 },
  );
}

async function results(page: Page) {
  return page.locator('[data-search-results] > li').evaluateAll((items) =>
    items.map((li) => ({
      href: li.querySelector('h2 a')?.getAttribute('href') ?? '',
      snippets: [...li.querySelectorAll('.search-snippet')].map((a) => a.getAttribute('href') ?? ''),
      marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
    })),
  );
}

/** True when paragraph n of the clip holds the word (as the search tokenizer reads words). */
function paragraphHas(slug: string, n: number, word: string): boolean {
  const paragraph = bySlug.get(slug)?.paragraphs.find((p) => p.n === n);
  const wanted = tokenize(word).map((t) => t.term);
  const terms = tokenize(paragraph?.text ?? '').map((t) => t.term);
  return wanted.every((w) => terms.includes(w));
}

// query, the clip that must come first, and a word (as spelt in the clip) that a snippet's paragraph must hold.
const CASES: [query: string, slug: string, word: string | null][] = [
  ['sanctuery safety', 'sanctuary-cities-sacrifice-safety', 'sanctuary'],
  ['Albense', 'ice-turns-up-the-volume-on-sanctuary-cities', 'Albence'],
  ['Albence', 'ice-turns-up-the-volume-on-sanctuary-cities', 'Albence'],
  ['"worst of the worst"', 'sanctuary-cities-sacrifice-safety', 'worst of the worst'],
  ['158,581', 'sanctuary-cities-sacrifice-safety', '158,581'],
  ['Pew', 'amnesty-advocates-claim-ice-raids-retaliation', 'Pew'],
  ['Homan', 'ice-turns-up-the-volume-on-sanctuary-cities', 'Homan'],
  ['Jim Hayes', 'ice-cranks-up-the-heat-on-sanctuary-cities', 'Hayes'],
  ['Travis County', 'amnesty-advocates-claim-ice-raids-retaliation', 'Travis'],
  ['retaliaton', 'amnesty-advocates-claim-ice-raids-retaliation', 'retaliation'],
  ['sanctuary op', 'ice-preparing-targeted-arrests-in-sanctuary-cities', 'sanctuary op'],
  ['158 581', 'sanctuary-cities-sacrifice-safety', '158,581'],
  ['stymie victory', 'sanctuary-cities-sacrifice-safety', 'stymied'],
  ['Mark Twain', 'ice-cranks-up-the-heat-on-sanctuary-cities', 'Mark'],
  ['"targeted arrests"', 'ice-preparing-targeted-arrests-in-sanctuary-cities', null],
  ['Washington Post', 'ice-preparing-targeted-arrests-in-sanctuary-cities', 'Washington'],
  ['Trending Politics', 'ice-cranks-up-the-heat-on-sanctuary-cities', null],
  ['Conservative Read', 'amnesty-advocates-claim-ice-raids-retaliation', null],
  ['Infowars', 'amnesty-advocates-claim-ice-raids-retaliation', null],
  ['Tyler Durden', 'ice-preparing-targeted-arrests-in-sanctuary-cities', null],
  ['magistrate judge', 'amnesty-advocates-claim-ice-raids-retaliation', 'magistrate'],
];

describe('search page, with JavaScript', () => {
  it(`puts the right clip first for ${CASES.length} queries, with snippets linking to the right paragraph`, async () => {
    const page = await openSearch();
    for (const [query, slug, word] of CASES) {
      await search(page, query);
      const [first] = await results(page);
      expect(first?.href, query).toBe(new URL(`clips/${slug}/`, site.url).pathname);
      expect(first?.marks.length, `${query}: highlights`).toBeGreaterThan(0);
      if (word) {
        const linked = first!.snippets.flatMap((href) => {
          const match = /#p-(\d+):~:text=/.exec(href);
          return match && href.startsWith(first!.href) ? [Number(match[1])] : [];
        });
        expect(
          linked.some((n) => paragraphHas(slug, n, word)),
          `${query}: a snippet links to a paragraph holding "${word}" (${linked.join(', ')})`,
        ).toBe(true);
      }
    }
    await page.close();
  });

  it('highlights what was matched, typos corrected to the archive’s word, and says so', async () => {
    const page = await openSearch();
    await search(page, 'Albense');
    const [first] = await results(page);
    expect(first!.marks.map(normaliseTerm)).toContain('albence');
    expect(await page.locator('[data-search-status]').textContent()).toContain('Showing results for Albence');
    expect(await page.locator('[data-search-status] em').allTextContents()).toEqual(['Albence']);
    await search(page, '"worst of the worst"');
    expect((await results(page))[0]!.marks).toContain('worst of the worst');
    await page.close();
  });

  it('ranks the clip holding the words together first: "sanctuary op"', async () => {
    const page = await openSearch();
    await search(page, 'sanctuary op');
    const [first, second] = await results(page);
    expect(first!.href).toContain('ice-preparing-targeted-arrests-in-sanctuary-cities');
    expect(second).toBeDefined(); // the other clips, with "sanctuary" alone, still follow
    const snippet = await page.locator('[data-search-results] > li').first().locator('.search-snippet-text').first();
    expect(await snippet.textContent()).toContain('sanctuary op');
    await page.close();
  });

  it('finds the clip a pasted 60-word paragraph comes from, first', async () => {
    const page = await openSearch();
    const slug = 'sanctuary-cities-sacrifice-safety';
    const pasted = bySlug
      .get(slug)!
      .paragraphs.map((p) => p.text)
      .join(' ')
      .split(/\s+/)
      .slice(0, 60)
      .join(' ');
    await search(page, pasted);
    expect((await results(page))[0]!.href).toContain(slug);
    await page.close();
  });

  it('finds 158,581 when typed as 158 581, and highlights it as written', async () => {
    const page = await openSearch();
    await search(page, '158 581');
    const [first] = await results(page);
    expect(first!.href).toContain('sanctuary-cities-sacrifice-safety');
    expect(first!.marks).toContain('158,581');
    await page.close();
  });

  it('ignores a word no clip contains, says so, and shows the clips with the other words', async () => {
    const page = await openSearch();
    await search(page, 'validly Homan');
    expect((await results(page))[0]!.href).toContain('ice-turns-up-the-volume-on-sanctuary-cities');
    expect(await page.locator('[data-search-status]').textContent()).toContain('No clip contains validly.');
    await page.close();
  });

  it('a snippet link opens the clip at that paragraph', async () => {
    const page = await openSearch('158,581');
    await page.waitForSelector('.search-snippet[href*="#p-"]');
    const href = await page.locator('.search-snippet[href*="#p-"]').first().getAttribute('href');
    const n = /#p-(\d+)/.exec(href!)![1];
    await page.locator('.search-snippet[href*="#p-"]').first().click();
    await page.waitForURL(/clips\/sanctuary-cities-sacrifice-safety\//);
    expect(await page.locator(`#p-${n}`).innerText()).toContain('158,581');
    await page.close();
  });

  it('keeps the query in the URL without adding history entries, and restores it on load', async () => {
    const page = await openSearch();
    const before = await page.evaluate(() => history.length);
    await page.locator('#search-q').pressSequentially('Homan', { delay: 20 });
    await page.waitForFunction(() => /match/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'Homan');
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.reload();
    await page.waitForSelector('[data-search-results] > li');
    expect(await page.locator('#search-q').inputValue()).toBe('Homan');
    expect((await results(page))[0]!.href).toContain('ice-turns-up-the-volume-on-sanctuary-cities');
    await page.close();
  });

  it('"/" focuses the search box, on the search page and elsewhere', async () => {
    const page = await openSearch();
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    expect(await page.locator('#search-q').inputValue()).toBe('');
    await page.goto(site.url);
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.close();
  });

  it('arrow keys move through the results and Enter opens one', async () => {
    const page = await openSearch();
    await search(page, 'sanctuary');
    const hrefs = (await results(page)).map((r) => r.href);
    expect(hrefs.length).toBeGreaterThan(2);
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.id);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(hrefs[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(hrefs[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('search-q');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === hrefs[1]);
    await page.close();
  });

  it('filters by outlet and year, with counts, and sorts by date', async () => {
    const page = await openSearch();
    await search(page, 'sanctuary');
    const total = (await results(page)).length;
    const outletOptions = await page.locator('[data-search-outlet] option').allTextContents();
    expect(outletOptions[0]).toBe('All outlets');
    expect(outletOptions).toContain('Trending Politics (1)');
    const yearOptions = await page.locator('[data-search-year] option').allTextContents();
    expect(yearOptions).toContain('2017 (1)');
    const counted = yearOptions.slice(1).reduce((sum, o) => sum + Number(/\((\d+)\)/.exec(o)![1]), 0);
    expect(counted).toBe(total);

    await page.locator('[data-search-year]').selectOption('2020');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('year') === '2020');
    await page.waitForFunction(() =>
      /^3 clips match/.test(document.querySelector('[data-search-status]')!.textContent!),
    );
    const in2020 = (await results(page)).map((r) => r.href.split('/').at(-2));
    expect(in2020.sort()).toEqual(
      archive.clips
        .filter((c) => c.data.date.startsWith('2020') && c.paragraphs.some((p) => /sanctuary/i.test(p.text)))
        .map((c) => c.slug)
        .sort(),
    );
    await page.locator('[data-search-sort]').selectOption('date');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === 'date');
    await page.waitForTimeout(200);
    expect((await results(page))[0]!.href).toContain('ice-preparing-targeted-arrests-in-sanctuary-cities');
    await page.locator('[data-search-year]').selectOption('');
    await page.locator('[data-search-outlet]').selectOption('Conservative Read');
    await page.waitForFunction(() =>
      /^1 clip matches/.test(document.querySelector('[data-search-status]')!.textContent!),
    );
    expect((await results(page)).map((r) => r.href)).toEqual([
      new URL('clips/amnesty-advocates-claim-ice-raids-retaliation/', site.url).pathname,
    ]);
    await page.close();
  });

  it('says clearly when nothing matches, and offers the browse pages', async () => {
    const page = await openSearch();
    await search(page, 'xylophone quartz');
    expect(await page.locator('[data-search-status]').textContent()).toBe(
      'No clips match “xylophone quartz”. No clip contains xylophone and quartz.',
    );
    expect(await page.locator('[data-search-results] > li').count()).toBe(0);
    const empty = page.locator('[data-search-empty]');
    expect(await empty.isVisible()).toBe(true);
    expect(await empty.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/',
      '/outlets/',
      '/people/',
      '/figures/',
    ]);
    await page.close();
  });

  it('loads the index only on the search page, and only once search is used', async () => {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(site.url);
    await page.goto(`${site.url}clips/${archive.clips[0]!.slug}/`);
    await page.goto(`${site.url}search/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => u.includes('/search/data/'))).toEqual([]);
    await search(page, 'ICE');
    const fetched = requests
      .filter((u) => u.includes('/search/data/'))
      .map((u) => new URL(u).pathname.split('/').pop());
    expect(fetched[0]).toBe('meta.json');
    expect(fetched.some((f) => /^d-\d+\.json$/.test(f!))).toBe(true); // the dictionary chunk holding "ice"
    expect(fetched.some((f) => /^p-\d+\.json$/.test(f!))).toBe(true);
    await page.close();
  });

  it('never injects markup from a query or a clip into the page', async () => {
    const page = await openSearch();
    await page.evaluate(() => {
      (window as unknown as { injected: number }).injected = 0;
    });
    const activeElements = 'script, img, svg, iframe, object, embed';
    const baseline = await page.locator(activeElements).count();
    const hostile = [
      '<img src=x onerror="window.injected=1">',
      '<script>window.injected=1</script> ICE',
      '"><svg onload="window.injected=1"> sanctuary',
      '<iframe src="javascript:window.injected=1"></iframe>',
      '<mark>ICE</mark> sanctuary',
    ];
    for (const query of hostile) {
      await page.locator('#search-q').fill(query);
      await page.waitForFunction(
        (q) => (document.querySelector('[data-search-status]')?.textContent ?? '').includes(q.trim()),
        query,
      );
      await page.waitForTimeout(100);
      const tags = await page
        .locator('[data-search-results] *, [data-search-status] *')
        .evaluateAll((els) => [...new Set(els.map((e) => e.tagName.toLowerCase()))]);
      for (const tag of tags) expect(['li', 'h2', 'a', 'p', 'ul', 'span', 'mark', 'em', 's']).toContain(tag);
      expect(await page.locator(activeElements).count()).toBe(baseline);
      expect(await page.evaluate(() => (window as unknown as { injected: number }).injected)).toBe(0);
    }
    // The last query ("mark" is a word of a clip) matched: results drawn, its markup only as text.
    expect((await results(page)).length).toBeGreaterThan(0);
    await page.close();
  });
});

describe('search page, with JavaScript off', () => {
  it('says search needs JavaScript and links the browse pages', async () => {
    const noJs = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${site.url}search/?q=ICE`);
    const message = page.locator('.search-needs-js');
    expect(await message.innerText()).toContain('Search needs JavaScript');
    expect(await message.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/',
      '/outlets/',
      '/people/',
      '/figures/',
    ]);
    expect(await page.locator('[data-search-form]').isVisible()).toBe(false);
    // The header form still works as a link to this page.
    await page.goto(site.url);
    await page.locator('#site-search-q').fill('Albence');
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL(/\/search\/\?q=Albence/);
    await noJs.close();
  });
});
