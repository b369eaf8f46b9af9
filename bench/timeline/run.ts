/**
 * The timeline at scale, from the timeline modules directly (not an Astro build): reads the dates, titles and outlets
 * of a generated corpus (`npm run corpus -- --clips N`, bench/.corpus/N) as the archive module would, then lays out
 * and draws every timeline page the site would build (the overview's count chart; each year page's two SVG layouts,
 * wide and narrow) and prints the time taken, the load average, and the SVG bytes of the largest page against the
 * targets (a page under 200 KB, every timeline page drawn in under 5 s). A year page holds at most DETAIL_LIMIT clips,
 * so its size does not grow with the archive; the number of year pages does.
 *   node bench/timeline/run.ts [--clips 10000]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { requireEdtfDate, describeEdtfDate } from '../../src/lib/text/edtf-date.ts';
import { layoutTimeline } from '../../src/lib/timeline/timeline-layout.ts';
import type { TimelineClip } from '../../src/lib/timeline/timeline-marks.ts';
import { drawsEveryClip, timelineYearPages } from '../../src/lib/timeline/timeline-pages.ts';
import { timelineSvg } from '../../src/lib/timeline/timeline-svg.ts';
import { countByYear, countChartSvg } from '../../src/lib/timeline/year-counts.ts';

const n = Number(process.argv[process.argv.indexOf('--clips') + 1] || 10000);
const dir = path.resolve(import.meta.dirname, `../.corpus/${n}`);
if (!existsSync(path.join(dir, 'outlets.yaml'))) {
  console.error(`No corpus of ${n} clips in ${dir}. Write one with: npm run corpus -- --clips ${n} --out ${dir}`);
  process.exit(1);
}
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const startLoad = load();
const outlets = new Map(
  (parse(readFileSync(path.join(dir, 'outlets.yaml'), 'utf8')) as { id: string; name: string }[]).map((o) => [o.id, o]),
);
const files = readdirSync(path.join(dir, 'clips'), { recursive: true }).filter((f) => String(f).endsWith('.md'));
const clips: TimelineClip[] = files.map((file) => {
  const text = readFileSync(path.join(dir, 'clips', String(file)), 'utf8');
  const data = parse(text.split('\n---\n')[0]!.replace(/^---\n/, '')) as Record<string, unknown>;
  const date = requireEdtfDate(String(data.date));
  const outlet = outlets.get(String(data.outlet)) ?? null;
  return {
    slug: String(file).replace(/\.md$/, ''),
    title: String(data.title),
    dateInWords: describeEdtfDate(String(data.date)),
    edtf: String(data.date),
    earliest: date.earliest,
    latest: date.latest,
    outlet: outlet && { id: outlet.id, name: outlet.name },
    originalOutlet: null,
  };
});

const started = performance.now();
const hrefOf = (slug: string) => `/clips/${slug}/`;
const overview = drawsEveryClip(clips.length)
  ? ''
  : countChartSvg(countByYear(clips), { width: 760, height: 160, title: 'Clips per year', noun: ['clip', 'clips'] });
let largest = { bytes: 0, page: '', clips: 0 };
const pages = timelineYearPages(clips);
for (const page of pages) {
  const title = `Timeline of ${page.year}`;
  const bytes =
    timelineSvg(layoutTimeline(page.clips, { width: 760, hrefOf }), { idPrefix: 'tw', title }).length +
    timelineSvg(layoutTimeline(page.clips, { width: 340, hrefOf }), { idPrefix: 'tn', title }).length;
  if (bytes > largest.bytes) largest = { bytes, page: `${page.year} part ${page.part}`, clips: page.clips.length };
}
const ms = performance.now() - started;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`${clips.length} clips; load average ${startLoad} at the start, ${load()} at the end`);
console.log(`overview page's count chart: ${kb(overview.length)}; ${pages.length} year pages`);
console.log(`largest year page's two SVGs: ${kb(largest.bytes)} (${largest.page})`);
console.log(`layout and drawing of every timeline page: ${(ms / 1000).toFixed(2)} s`);
// The rest of a year page (header, styles, the table alternative) scaled from the built site's own /timeline/ page,
// which draws every clip of the small archive the same way: its bytes outside the SVGs, and its table's bytes a row.
const built = path.resolve(import.meta.dirname, '../../dist/timeline/index.html');
let wholePage: number | null = null;
if (existsSync(built)) {
  const html = readFileSync(built, 'utf8');
  const svgBytes = [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].reduce((sum, m) => sum + m[0].length, 0);
  const rows = [...html.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)].map((m) => m[1]!);
  const rowCount = rows.reduce((sum, body) => sum + (body.match(/<tr/g) ?? []).length, 0);
  const rowBytes = rows.reduce((sum, body) => sum + body.length, 0) / Math.max(1, rowCount);
  const chrome = html.length - svgBytes - rowBytes * rowCount;
  const page = chrome + largest.bytes + rowBytes * largest.clips;
  wholePage = page;
  console.log(
    `largest year page in all, scaled from the built /timeline/ (${kb(chrome)} besides the chart and rows, ` +
      `${rowBytes.toFixed(0)} B a table row): about ${kb(page)}`,
  );
}
console.log(
  `targets: largest page ${kb(wholePage ?? largest.bytes)}${wholePage === null ? ' (SVG only; build the site for the whole page)' : ''} ` +
    `of 200 KB (${(wholePage ?? largest.bytes) < 200 * 1024 ? 'met' : 'NOT met'}); ` +
    `${(ms / 1000).toFixed(2)} s of 5 s (${ms < 5000 ? 'met' : 'NOT met'})`,
);
