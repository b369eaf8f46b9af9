/**
 * Lighthouse scores (performance, accessibility, best practices, SEO) for the home page, a clip, the timeline and
 * a search results page, in Debian's Chromium, against the built site (`npm run build` first). Prints a table and
 * exits 1 when a score is below 100 with --strict. Lighthouse's default mobile settings (simulated slow 4G, a
 * mid-range phone's CPU) are used, as a reader on a phone would meet the site.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { DIST, serveSite } from '../../tests/e2e/harness.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const chromePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p): p is string => Boolean(p && existsSync(p)),
);
if (!chromePath) {
  console.error('No Chromium found. Install it with: apt-get update && apt-get install -y chromium');
  process.exit(1);
}
const clip = readdirSync(path.join(DIST, 'clips')).sort()[0];
const PAGES = [
  { name: 'home', route: '' },
  { name: 'clip', route: `clips/${clip}/` },
  { name: 'timeline', route: 'timeline/' },
  { name: 'search results', route: `search/?q=${encodeURIComponent('sanctuary safety')}` },
];

const site = await serveSite();
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const rows: { page: string; scores: Record<string, number>; failing: string[] }[] = [];
try {
  for (const page of PAGES) {
    const result = await lighthouse(site.url + page.route, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${page.route}`);
    const { categories, audits } = result.lhr;
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]));
    // Name what cost points, so a score below 100 says what to fix.
    const failing = CATEGORIES.flatMap((c) =>
      (categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${c}: ${ref.id} (${audits[ref.id]?.displayValue ?? audits[ref.id]?.score})`),
    );
    rows.push({ page: page.name, scores, failing });
  }
} finally {
  chrome.kill();
  await site.close();
}

console.log(`\nLighthouse ${'(mobile, simulated throttling)'}\n`);
console.log(['page', ...CATEGORIES].map((h) => h.padEnd(16)).join(''));
for (const row of rows) {
  console.log([row.page, ...CATEGORIES.map((c) => String(row.scores[c]))].map((v) => v.padEnd(16)).join(''));
}
for (const row of rows) for (const f of row.failing) console.log(`  ${row.page}: ${f}`);
const perfect = rows.every((r) => CATEGORIES.every((c) => r.scores[c] === 100));
if (process.argv.includes('--strict') && !perfect) process.exit(1);
