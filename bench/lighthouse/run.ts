/**
 * Lighthouse scores (performance, accessibility, best practices, SEO) for the home page, a clip, the timeline and
 * a search results page, in Debian's Chromium, against the built site (`npm run build` first). Prints the four
 * scores per page, the metrics behind the performance score (FCP, LCP, TBT, CLS, Speed Index) and what costs
 * points, with the load average, and writes each full report to bench/lighthouse/reports/<page>.json.
 * Lighthouse's default mobile settings (simulated slow 4G, a mid-range phone's CPU) are used, as a reader on a phone
 * would meet the site. Simulated throttling scales the CPU time it observes, so on a busy machine the performance
 * score drops; read the audits (render-blocking requests, unused bytes, layout shift) as well as the score.
 *   node bench/lighthouse/run.ts [--page home|clip|timeline|search] [--strict]
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { DIST, serveSite } from '../../tests/e2e/harness.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'SI'],
] as const;
const REPORTS = path.join(import.meta.dirname, 'reports');

const { values } = parseArgs({
  options: { page: { type: 'string', multiple: true }, strict: { type: 'boolean', default: false } },
});
const chromePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p): p is string => Boolean(p && existsSync(p)),
);
if (!chromePath) {
  console.error('No Chromium found. Install it with: apt-get update && apt-get install -y chromium');
  process.exit(1);
}
if (!existsSync(path.join(DIST, 'index.html'))) {
  console.error('No built site in dist/. Run "npm run build" first.');
  process.exit(1);
}
const clip = readdirSync(path.join(DIST, 'clips')).sort()[0];
const ALL_PAGES = [
  { name: 'home', route: '' },
  { name: 'clip', route: `clips/${clip}/` },
  { name: 'timeline', route: 'timeline/' },
  { name: 'search', route: `search/?q=${encodeURIComponent('sanctuary safety')}` },
];
const PAGES = values.page ? ALL_PAGES.filter((p) => values.page!.includes(p.name)) : ALL_PAGES;
if (PAGES.length === 0) {
  console.error(`--page takes one of: ${ALL_PAGES.map((p) => p.name).join(', ')}.`);
  process.exit(1);
}
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

interface Row {
  page: string;
  scores: Record<string, number>;
  metrics: string;
  findings: string[];
}

/** What an audit that lost points found, in a line: its value and the resources it names. */
function finding(audit: { id: string; displayValue?: string; score: number | null; details?: unknown }): string {
  const details = audit.details as { items?: Record<string, unknown>[] } | undefined;
  const items = (details?.items ?? [])
    .slice(0, 3)
    .map((item) => {
      const node = item['node'] as { snippet?: string } | undefined;
      return String(item['url'] ?? node?.snippet ?? '').slice(0, 90);
    })
    .filter(Boolean);
  return `${audit.id} (${audit.displayValue ?? audit.score})${items.length ? `: ${items.join(', ')}` : ''}`;
}

const site = await serveSite();
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const startLoad = load();
const rows: Row[] = [];
let version = '';
mkdirSync(REPORTS, { recursive: true });
try {
  for (const page of PAGES) {
    const result = await lighthouse(site.url + page.route, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${page.route}`);
    writeFileSync(path.join(REPORTS, `${page.name}.json`), JSON.stringify(result.lhr));
    version = result.lhr.lighthouseVersion;
    const { categories, audits } = result.lhr;
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]));
    const metrics = METRICS.map(([id, label]) => `${label} ${audits[id]?.displayValue ?? '?'}`).join(', ');
    // What cost points (weighted audits below 1), then the diagnostics that explain a slow metric.
    const failing = CATEGORIES.flatMap((c) =>
      (categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1 && !METRICS.some(([id]) => id === ref.id))
        .map((ref) => `${c}: ${finding(audits[ref.id]!)}`),
    );
    const diagnostics = [
      'render-blocking-resources',
      'unused-javascript',
      'unused-css-rules',
      'largest-contentful-paint-element',
      'layout-shifts',
      'dom-size',
      'total-byte-weight',
    ]
      .map((id) => audits[id])
      .filter((a): a is NonNullable<typeof a> => Boolean(a) && a!.score !== null && a!.score < 1)
      .map((a) => `diagnostic: ${finding(a)}`);
    rows.push({ page: page.name, scores, metrics, findings: [...failing, ...diagnostics] });
  }
} finally {
  chrome.kill();
  await site.close();
}

console.log(
  `\nLighthouse ${version} (mobile, simulated throttling); load average ${startLoad} at the start, ${load()} at the end\n`,
);
console.log(['page', ...CATEGORIES].map((h) => h.padEnd(16)).join(''));
for (const row of rows) {
  console.log([row.page, ...CATEGORIES.map((c) => String(row.scores[c]))].map((v) => v.padEnd(16)).join(''));
}
console.log('');
for (const row of rows) {
  console.log(`${row.page}: ${row.metrics}`);
  for (const f of row.findings) console.log(`  ${f}`);
}
console.log(`\nFull reports: ${path.relative(process.cwd(), REPORTS)}/<page>.json`);

const perfect = rows.every((r) => CATEGORIES.every((c) => r.scores[c] === 100));
if (values.strict && !perfect) process.exit(1);
