import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, PROJECT_ROOT, useBuiltSite } from './harness.ts';
import { crawlBuiltSite } from './site-crawl.ts';

const SITE_ORIGIN = 'http://localhost:4321';

describe('links in the built site', () => {
  it('every internal link and #anchor of dist/ resolves', () => {
    const result = crawlBuiltSite(DIST, '/', SITE_ORIGIN);
    console.log(
      `crawl of dist/: ${result.pages} pages, ${result.links} internal links, ${result.broken.length} broken`,
    );
    expect(result.pages).toBeGreaterThan(15);
    expect(result.links).toBeGreaterThan(300);
    expect(result.broken).toEqual([]);
  });

  it('the crawler notices a missing page, a missing anchor and a link outside the sub-path', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'crawl-'));
    mkdirSync(path.join(dir, 'a'));
    writeFileSync(path.join(dir, 'a', 'index.html'), '<p id="p-1">One</p>');
    writeFileSync(
      path.join(dir, 'index.html'),
      '<a href="a/#p-1">ok</a> <a href="a/#p-2">no anchor</a> <a href="b/">no page</a> <a href="/elsewhere/">out</a>' +
        ' <a href="https://example.com/">external</a>',
    );
    const result = crawlBuiltSite(dir, '/site/', SITE_ORIGIN);
    expect(result.links).toBe(4);
    expect(result.broken.map((b) => [b.href, b.problem])).toEqual([
      ['a/#p-2', 'no element with id "p-2"'],
      ['b/', 'no file b/index.html'],
      ['/elsewhere/', 'outside the base path /site/'],
    ]);
  });
});

describe('the site built under a sub-path (/archive/)', () => {
  const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'clip-archive-base-')), 'dist-base');

  beforeAll(() => {
    const env: NodeJS.ProcessEnv = { ...process.env, BASE_PATH: '/archive/', OUT_DIR: outDir };
    // Build exactly as outside the test runner: vitest's own variables (BASE_URL, MODE, NODE_ENV…) would leak into Vite.
    for (const name of Object.keys(env)) {
      if (name.startsWith('VITEST') || ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'NODE_ENV'].includes(name)) {
        delete env[name];
      }
    }
    const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: PROJECT_ROOT,
      env,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`base-path build failed:\n${result.stdout}\n${result.stderr}`);
  });

  it('has no broken internal link or #anchor, and no link escapes the sub-path', () => {
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
    const result = crawlBuiltSite(outDir, '/archive/', SITE_ORIGIN);
    console.log(`crawl of the /archive/ build: ${result.pages} pages, ${result.links} internal links`);
    expect(result.links).toBeGreaterThan(300);
    expect(result.broken).toEqual([]);
  });

  describe('served under /archive/', () => {
    const site = useBuiltSite(outDir, '/archive/');

    it('a reader goes from the home page to a clip, its paragraph and its outlet, with styles, without JavaScript', async () => {
      const context = await site.browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      expect((await page.goto(site.url))?.status()).toBe(200);
      await page.getByRole('link', { name: 'Amnesty Advocates Claim ICE Raids' }).click();
      await expect.poll(() => page.url()).toBe(`${site.url}clips/amnesty-advocates-claim-ice-raids-retaliation/`);
      expect(await page.locator('h1').innerText()).toContain('Amnesty Advocates');
      const fontFamily = await page.locator('h1').evaluate((el) => getComputedStyle(el).fontFamily);
      expect(fontFamily).toContain('system-ui');
      await page.getByRole('link', { name: '“142”' }).click();
      expect(page.url()).toMatch(/#figure-ref-4$/);
      await page.getByRole('link', { name: 'Conservative Read' }).first().click();
      expect(await page.locator('h1').innerText()).toBe('Conservative Read');
      const citation = await page.request.get(
        `${site.url}clips/amnesty-advocates-claim-ice-raids-retaliation/citation.ris`,
      );
      expect(citation.status()).toBe(200);
    });

    it('search fetches its index under the sub-path and links results into it', async () => {
      const page = await site.browser.newPage();
      const failed: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(`${site.url}search/?q=Albense`);
      const snippet = page.locator('[data-search-results] > li .search-snippet[href*="#p-"]').first();
      await snippet.waitFor();
      const href = await snippet.getAttribute('href');
      expect(href).toMatch(/^\/archive\/clips\/ice-turns-up-the-volume-on-sanctuary-cities\/#p-\d+/);
      await snippet.click();
      await page.waitForURL(/\/archive\/clips\/ice-turns-up-the-volume-on-sanctuary-cities\//);
      const n = /#p-(\d+)/.exec(href!)![1];
      expect(await page.locator(`#p-${n}`).innerText()).toContain('Albence');
      expect(failed).toEqual([]);
    });
  });
});
