/**
 * Screenshots of every page type at a desktop (1280×800) and a phone (390×844) width, in the light and dark colour
 * schemes, for a person to review. Serves the built site (`npm run build` first) and writes full-page PNGs to
 * `screenshots/` (git-ignored), one file per page, width and scheme, and beside each the first screen alone.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, PROJECT_ROOT, DIST, serveSite } from '../e2e/harness.ts';

const OUT = path.join(PROJECT_ROOT, 'screenshots');
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const SCHEMES = ['light', 'dark'] as const;

const firstClip = readdirSync(path.join(DIST, 'clips')).sort()[0];
const firstOutlet = readdirSync(path.join(DIST, 'outlets'))
  .filter((n) => n !== 'index.html')
  .sort()[0];
const searchQuery = 'sanctuary safety';

// Every page type: name, path under the site, and an optional action once loaded (a search waits for its results).
const PAGES: { name: string; path: string; waitFor?: string }[] = [
  { name: 'home', path: '' },
  { name: 'timeline', path: 'timeline/' },
  { name: 'clip', path: `clips/${firstClip}/` },
  { name: 'clip-paragraph', path: `clips/${firstClip}/#p-3` },
  { name: 'clip-figure-in-text', path: `clips/${firstClip}/#figure-ref-1` },
  { name: 'clip-figure-row', path: `clips/${firstClip}/#figure-1` },
  { name: 'outlets', path: 'outlets/' },
  { name: 'outlet', path: `outlets/${firstOutlet}/` },
  { name: 'people', path: 'people/' },
  { name: 'figures', path: 'figures/' },
  { name: 'notes', path: 'notes/' },
  { name: 'data', path: 'data/' },
  { name: 'about', path: 'about/' },
  { name: 'search-empty', path: 'search/' },
  { name: 'search-results', path: `search/?q=${encodeURIComponent(searchQuery)}`, waitFor: '[data-search-results] li' },
  { name: 'not-found', path: 'no-such-page/' },
];
// A large archive's timeline has a page per year; the first one, when this build has them.
const years = existsSync(path.join(DIST, 'timeline'))
  ? readdirSync(path.join(DIST, 'timeline')).filter((n) => /^\d+$/.test(n))
  : [];
if (years.length > 0) PAGES.splice(2, 0, { name: 'timeline-year', path: `timeline/${years.sort()[0]}/` });

mkdirSync(OUT, { recursive: true });
const site = await serveSite();
const browser = await launchBrowser();
let written = 0;
try {
  for (const viewport of VIEWPORTS) {
    for (const scheme of SCHEMES) {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        colorScheme: scheme,
        deviceScaleFactor: 1,
      });
      for (const page of PAGES) {
        const tab = await context.newPage();
        await tab.goto(site.url + page.path, { waitUntil: 'load' });
        if (page.waitFor) await tab.waitForSelector(page.waitFor, { timeout: 15_000 });
        const file = path.join(OUT, `${page.name}-${viewport.name}-${scheme}.png`);
        await tab.screenshot({ path: file, fullPage: true });
        // The first screen alone: what a reader sees before scrolling.
        await tab.screenshot({ path: file.replace(/\.png$/, '-first-screen.png') });
        written += 1;
        await tab.close();
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}
console.log(
  `${written} screenshots (${PAGES.length} pages × 2 widths × 2 schemes) written to ${path.relative(process.cwd(), OUT) || '.'}/`,
);
