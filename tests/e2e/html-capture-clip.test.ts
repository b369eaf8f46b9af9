import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroEnv, PROJECT_ROOT, useBuiltSite } from './harness.ts';

// A web page saved from the browser, taken the whole way a keeper takes it: `clip:add` drafts a clip from the
// HTML capture, the keeper confirms the suggestions, the archive builds, and a reader finds, reads and cites it.
const PAGE = path.join(PROJECT_ROOT, 'tests/fixtures/pages/jsonld-news.html');
const SLUG = 'county-jail-ends-ice-detainer-holds-after-court-ruling';
// What the page states (its canonical link and article:published_time), and a link its article text holds.
const STATED_URL = 'https://valleyledger.example/news/2019/03/14/county-jail-ends-ice-detainer-holds/';
const LINK_IN_TEXT = 'https://valleyledger.example/documents/2019/detainer-log.pdf';

const work = mkdtempSync(path.join(tmpdir(), 'html-capture-clip-'));
const contentDir = path.join(work, 'content');
const outDir = path.join(work, 'dist');

function run(script: string, args: string[]) {
  const env = astroEnv({ CLIPS_DIR: contentDir, OUT_DIR: outDir });
  const result = spawnSync(process.execPath, [script, ...args], { cwd: PROJECT_ROOT, env, encoding: 'utf8' });
  expect(result.status, result.stdout + result.stderr).toBe(0);
  return result.stdout;
}

/** The keeper's review: every suggestion accepted as drafted, the draft mark deleted. */
function confirmDraft(file: string) {
  const reviewed = readFileSync(file, 'utf8')
    .replace(/^draft: true\n/m, '')
    .replace(/^\s*#.*TO CONFIRM.*\n/gm, '')
    .replace(/ # TO CONFIRM.*/g, '');
  writeFileSync(file, reviewed);
}

beforeAll(() => {
  cpSync(path.join(PROJECT_ROOT, 'content'), contentDir, { recursive: true });
  run('src/cli/clip-add.ts', [PAGE]);
  confirmDraft(path.join(contentDir, 'clips', `${SLUG}.md`));
  confirmDraft(path.join(contentDir, 'outlets.yaml'));
  run('src/cli/validate.ts', []);
  run(path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), ['build']);
}, 600_000);
const site = useBuiltSite(outDir);

describe('a clip made from an HTML capture', () => {
  it('renders its text with the links the capture had, and no others', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}clips/${SLUG}/`);
    expect(await page.locator('h1').innerText()).toBe('County jail ends ICE detainer holds after court ruling');
    const textLinks = await page
      .locator('section.document a[href^="http"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(textLinks).toContain(LINK_IN_TEXT);
    // Page chrome the capture had (share buttons, site menu) is not part of the text.
    expect(textLinks.some((href) => href!.includes('facebook.com'))).toBe(false);
    expect(await page.locator('section.document').innerText()).toContain('312 detainer requests');
    await page.close();
  });

  it('is found by search', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}search/?q=${encodeURIComponent('detainer requests misdemeanor charges')}`);
    const first = page.locator('[data-search-results] > li h2 a').first();
    await expect.poll(() => first.getAttribute('href'), { timeout: 10_000 }).toContain(SLUG);
    await page.close();
  });

  it('cites the outlet, the date and the address the page states', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}clips/${SLUG}/`);
    const chicago = await page.locator('#cite ~ p.citation').first().innerText();
    expect(chicago).toContain('The Valley Ledger');
    expect(chicago).toContain('March 14, 2019');
    expect(chicago).toContain(STATED_URL);
    const csl = (await (await page.request.get(`${site.url}clips/${SLUG}/citation.json`)).json()) as Array<{
      URL?: string;
      issued?: { 'date-parts': number[][] };
    }>;
    expect(csl[0]?.URL).toBe(STATED_URL);
    expect(csl[0]?.issued?.['date-parts']).toEqual([[2019, 3, 14]]);
    await page.close();
  });
});
