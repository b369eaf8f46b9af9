/**
 * The timeline at scale: reads the dates and outlets of a generated corpus (`npm run corpus -- --clips N`), then
 * lays out and draws what the site would (the overview's count chart, and every year page's two SVG layouts) and
 * prints the time taken and the largest page's SVG size. Usage: node bench/timeline/run.ts [--clips 10000]
 */
import { readdirSync, readFileSync } from 'node:fs';
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
let largest = { bytes: 0, page: '' };
const pages = timelineYearPages(clips);
for (const page of pages) {
  const title = `Timeline of ${page.year}`;
  const bytes =
    timelineSvg(layoutTimeline(page.clips, { width: 760, hrefOf }), { idPrefix: 'tw', title }).length +
    timelineSvg(layoutTimeline(page.clips, { width: 340, hrefOf }), { idPrefix: 'tn', title }).length;
  if (bytes > largest.bytes) largest = { bytes, page: `${page.year} part ${page.part}` };
}
const ms = performance.now() - started;
console.log(
  `${clips.length} clips: overview chart ${(overview.length / 1024).toFixed(1)} KB; ${pages.length} year pages`,
);
console.log(`largest year page's two SVGs: ${(largest.bytes / 1024).toFixed(1)} KB (${largest.page})`);
console.log(`layout and drawing of every timeline page: ${(ms / 1000).toFixed(2)} s`);
