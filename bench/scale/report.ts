import type { DistFacts } from './dist-facts.ts';
import type { BuildStages, RunMeasure } from './measure.ts';
import type { SearchFacts } from './search-probe.ts';

type Build = RunMeasure & { stages: BuildStages };

export interface SizeResult {
  clips: number;
  corpusSeconds: number | null;
  cold: Build;
  removed: Build;
  added: Build;
  dist: DistFacts;
  search: SearchFacts;
  differing: string[];
}

/** The issue's targets: build time and memory by size, incremental rebuilds, file sizes, search. */
const TARGETS = {
  coldSeconds: new Map([
    [10_000, 60],
    [100_000, 15 * 60],
  ]),
  incrementalSeconds: new Map([
    [10_000, 15],
    [100_000, 90],
  ]),
  peakBytes: 8 * 1024 ** 3,
  pageBytes: 200 * 1024,
  fileBytes: 10 * 1024 ** 2,
  searchBytes: 300 * 1024,
  searchP95: 10,
};

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (seconds: number | null) => (seconds === null ? '–' : `${seconds.toFixed(1)} s`);
const n = (count: number) => count.toLocaleString('en-US');
const mark = (ok: boolean) => (ok ? 'met' : '**NOT MET**');
const table = (header: string[], rows: string[][]) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

function ratios(results: SizeResult[]): string[] {
  const lines: string[] = [];
  for (let i = 1; i < results.length; i++) {
    const [a, b] = [results[i - 1]!, results[i]!];
    const scale = b.clips / a.clips;
    const time = b.cold.seconds / a.cold.seconds;
    const memory = b.cold.peakBytes / a.cold.peakBytes;
    const incremental = b.added.seconds / a.added.seconds;
    lines.push(
      `${n(b.clips)} / ${n(a.clips)} clips (×${scale.toFixed(0)}): cold build ×${time.toFixed(2)}, peak memory ×${memory.toFixed(2)}, incremental build ×${incremental.toFixed(2)}; growth no worse than linear: ${mark(time <= scale * 1.1)}`,
    );
  }
  return lines;
}

function targets(results: SizeResult[]): string[] {
  const lines: string[] = [];
  for (const r of results) {
    const cold = TARGETS.coldSeconds.get(r.clips);
    if (cold)
      lines.push(
        `cold build of ${n(r.clips)} clips ≤ ${s(cold)}: ${s(r.cold.seconds)}, ${mark(r.cold.seconds <= cold)}`,
      );
    const incremental = TARGETS.incrementalSeconds.get(r.clips);
    const slower = Math.max(r.removed.seconds, r.added.seconds);
    if (incremental)
      lines.push(
        `incremental rebuild at ${n(r.clips)} clips ≤ ${s(incremental)}: ${s(slower)} (the slower of the two), ${mark(slower <= incremental)}`,
      );
  }
  const peak = Math.max(...results.map((r) => Math.max(r.cold.peakBytes, r.removed.peakBytes, r.added.peakBytes)));
  lines.push(`peak memory of the whole process tree ≤ 8 GB: ${gb(peak)}, ${mark(peak <= TARGETS.peakBytes)}`);
  const page = Math.max(...results.map((r) => r.dist.largestPage.bytes));
  lines.push(`no page over 200 KB: largest ${kb(page)}, ${mark(page <= TARGETS.pageBytes)}`);
  const file = Math.max(...results.map((r) => r.dist.largestFile.bytes));
  lines.push(`no file over 10 MB: largest ${kb(file)}, ${mark(file <= TARGETS.fileBytes)}`);
  const largest = results.reduce((a, b) => (b.clips > a.clips ? b : a));
  lines.push(
    `search at ${n(largest.clips)} clips ≤ 300 KB compressed before the first result: ${kb(largest.search.firstResultBytes)}, ${mark(largest.search.firstResultBytes <= TARGETS.searchBytes)}; p95 ≤ 10 ms in Node: ${largest.search.p95.toFixed(1)} ms, ${mark(largest.search.p95 <= TARGETS.searchP95)}`,
  );
  const identical = results.every((r) => r.differing.length === 0);
  lines.push(`incremental rebuild byte-identical to the cold build: ${mark(identical)}`);
  for (const r of results.filter((x) => x.differing.length > 0))
    lines.push(`  ${n(r.clips)} clips, differing files: ${r.differing.slice(0, 10).join(', ')}`);
  return lines;
}

export function report(
  results: SizeResult[],
  run: { date: string; machine: string; command: string; loadAtStart: string; loadAtEnd: string },
): string {
  const builds = table(
    [
      'clips',
      'corpus',
      'cold build',
      'peak (cold)',
      'rebuild, one clip removed',
      'rebuild, one clip added',
      'peak (rebuilds)',
      'pages rendered / reused (added)',
      'rebuild = cold',
    ],
    results.map((r) => [
      n(r.clips),
      r.corpusSeconds === null ? 'reused' : s(r.corpusSeconds),
      s(r.cold.seconds),
      gb(r.cold.peakBytes),
      s(r.removed.seconds),
      s(r.added.seconds),
      gb(Math.max(r.removed.peakBytes, r.added.peakBytes)),
      `${n(r.added.stages.rendered)} / ${n(r.added.stages.reused)}`,
      r.differing.length === 0 ? 'identical' : `${r.differing.length} files differ`,
    ]),
  );
  const stageRow = (label: string, b: Build) => [
    label,
    s(b.stages.validation),
    s(b.stages.contentSync),
    s(b.stages.bundling),
    s(b.stages.pages),
    s(b.seconds),
  ];
  const stages = table(
    ['build', 'validation', 'content sync and types', 'bundling', 'pages', 'total (wall)'],
    results.flatMap((r) => [stageRow(`${n(r.clips)} cold`, r.cold), stageRow(`${n(r.clips)} one clip added`, r.added)]),
  );
  const output = table(
    [
      'clips',
      'dist/',
      'files',
      'HTML pages',
      'largest page',
      'largest file',
      'search: fetched before first result (gzip)',
      'search p50 / p95 (Node)',
    ],
    results.map((r) => [
      n(r.clips),
      mb(r.dist.bytes),
      n(r.dist.files),
      n(r.dist.htmlPages),
      `${kb(r.dist.largestPage.bytes)} (${r.dist.largestPage.file})`,
      `${kb(r.dist.largestFile.bytes)} (${r.dist.largestFile.file})`,
      `${kb(r.search.firstResultBytes)} (\`${r.search.firstResultQuery}\`)`,
      `${r.search.p50.toFixed(1)} / ${r.search.p95.toFixed(1)} ms`,
    ]),
  );
  return `# Scale measurement

Measured ${run.date} UTC on ${run.machine}, with \`${run.command}\`.
Load average (1, 5, 15 min) at the start: ${run.loadAtStart}; at the end: ${run.loadAtEnd}. The machine is shared:
timings vary with what else runs, so compare the sizes within this run (ratios below).

Each corpus comes from \`npm run corpus\` (clips of about 600 words, see the README). The production build
(\`npm run build\`, validation included) runs cold, with no caches; then one clip (the newest) is removed and the
site rebuilt incrementally, then the clip is put back and the site rebuilt again, and that build's \`dist/\` is
compared with the cold build's, file by file (SHA-256). Times are wall time; peak memory is the largest sum of the
resident memory of the build's whole process tree, sampled every 200 ms. Stage times are Astro's and the
validator's own log lines.

## Builds

${builds}

## Where the time goes

${stages}

## Output and search

${output}

## Ratios

${ratios(results)
  .map((l) => `- ${l}`)
  .join('\n')}

## Targets

${targets(results)
  .map((l) => `- ${l}`)
  .join('\n')}
`;
}
