import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editFile } from '../helpers/fixture-archive.ts';
import { CANARY, writeHostileArchive } from '../helpers/hostile-archive.ts';
import { astroEnv, launchBrowser, PROJECT_ROOT, serveSite, type StaticSite } from './harness.ts';
import { crawlInBrowser, type BrowserCrawl } from './browser-crawl.ts';

// The archive's five clips with hostile text in every free-text field (titles, evidence, notes, roles, outlet
// names…) and attribute-breaking http(s) addresses in every URL field: valid, so it builds; then every page is
// visited and every link on every page type clicked in Chromium with the site's CSP and headers.
const work = mkdtempSync(path.join(tmpdir(), 'hostile-build-'));
const hostile = writeHostileArchive(path.join(PROJECT_ROOT, 'content'));
const outDir = path.join(work, 'dist');

function build(contentDir: string, out: string) {
  const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: PROJECT_ROOT,
    env: astroEnv({
      CLIPS_DIR: contentDir,
      OUT_DIR: out,
      BUILD_CACHE_DIR: path.join(work, `cache-${path.basename(out)}`),
    }),
    encoding: 'utf8',
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

let site: StaticSite;
let browser: Browser;
let crawl: BrowserCrawl;

beforeAll(async () => {
  const result = build(hostile.root, outDir);
  if (result.status !== 0) throw new Error(`the hostile archive did not build:\n${result.output.slice(-3000)}`);
  site = await serveSite(outDir);
  browser = await launchBrowser();
  crawl = await crawlInBrowser(browser, site.url, [`search/?q=${CANARY}`, 'no-such-page/']);
  console.log(
    `hostile crawl: ${hostile.fields} hostile fields, ${hostile.urls} hostile URLs; ${crawl.pages.length} pages and ` +
      `${crawl.files.length} other files visited, ${crawl.links} links seen, ${crawl.clicks} clicked on ` +
      `${crawl.clickedPages.length} pages, ${crawl.externalLinks.size} distinct external links`,
  );
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('a build whose metadata is hostile', () => {
  it('holds hostile text in every free-text field of every clip and outlet, and builds', () => {
    expect(hostile.fields).toBeGreaterThan(200);
    expect(hostile.urls).toBeGreaterThan(10);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
  });

  it('visits every page type and clicks every link on each', () => {
    const types = new Set(crawl.clickedPages.map((p) => p.type));
    for (const type of ['/', '/clips/*/', '/outlets/', '/outlets/*/', '/people/', '/figures/', '/timeline/']) {
      expect(types, [...types].join(', ')).toContain(type);
    }
    for (const type of ['/figures/by-value/', '/figures/by-check/', '/notes/', '/data/', '/about/', '/search/']) {
      expect(types).toContain(type);
    }
    expect(crawl.pages.length).toBeGreaterThan(20);
    expect(crawl.clicks).toBeGreaterThan(200);
  });

  it('has no javascript:, data: or vbscript: URL, no inline event handler and no injected element on any page', () => {
    expect(crawl.badMarkup).toEqual([]);
  });

  it('makes no request to any host but its own, and its external links are http(s) with noopener noreferrer', () => {
    expect(crawl.foreignRequests).toEqual([]);
    expect(crawl.externalLinks.size).toBeGreaterThan(0);
    for (const href of crawl.externalLinks) expect(href).toMatch(/^https?:\/\//);
    expect(crawl.externalWithoutRel).toEqual([]);
  });

  it('fires no dialog, throws no script error and breaks no CSP rule', () => {
    expect(crawl.dialogs).toEqual([]);
    expect(crawl.scriptErrors).toEqual([]);
    expect(crawl.violations).toEqual([]);
  });

  it('shows hostile titles as text, on the clip page and in search results', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${site.url}clips/ice-cranks-up-the-heat-on-sanctuary-cities/`);
    expect(await page.locator('h1').innerText()).toContain(`${CANARY} <script>alert("xss title")</script>`);
    await page.goto(`${site.url}search/?q=${CANARY}`);
    const first = page.locator('[data-search-results] > li').first();
    await first.waitFor();
    expect(await first.innerText()).toContain('<script>alert("xss');
    expect(await page.locator('[data-search-results] script, [data-search-results] img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

describe('a build whose URL fields hold script', () => {
  it('stops, naming each refused field, and writes no site', () => {
    const refused = writeHostileArchive(path.join(PROJECT_ROOT, 'content'));
    const clip = (slug: string) => path.join(refused.root, 'clips', `${slug}.md`);
    editFile(clip('ice-cranks-up-the-heat-on-sanctuary-cities'), (t) =>
      t.replace(/^ {2}url: .*$/m, '  url: "javascript:alert(document.domain)"'),
    );
    editFile(clip('amnesty-advocates-claim-ice-raids-retaliation'), (t) =>
      t.replace(/^ {4}- url: .*$/m, '    - url: "data:text/html,<script>alert(1)</script>"'),
    );
    editFile(clip('sanctuary-cities-sacrifice-safety'), (t) =>
      t.replace(/^ {6}source: .*$/m, '      source: " JAVASCRIPT:alert(1)"'),
    );
    editFile(path.join(refused.root, 'outlets.yaml'), (t) =>
      t.replace(/url: https?:\/\/\S+/, 'url: "vbscript:msgbox(1)"'),
    );
    const out = path.join(work, 'refused');
    const result = build(refused.root, out);
    expect(result.status, result.output.slice(-2000)).not.toBe(0);
    expect(result.output).toMatch(/ice-cranks-up-the-heat-on-sanctuary-cities\.md › source\.url: .*not a web address/);
    expect(result.output).toMatch(
      /amnesty-advocates-claim-ice-raids-retaliation\.md › source\.copies\[0\]\.url: .*not a web address/,
    );
    expect(result.output).toMatch(
      /sanctuary-cities-sacrifice-safety\.md › figures\[\d+\]\.check\.source: .*not a web address/,
    );
    expect(result.output).toMatch(/outlets\.yaml › \[\d+\]\.url: .*not a web address/);
    expect(result.output).toMatch(/Fix: Write a full URL starting with http:\/\/ or https:\/\//);
    expect(result.output).not.toMatch(/\n\s+at [\w.<>]+ \(/); // no stack trace
    expect(existsSync(out)).toBe(false);
  });
});
