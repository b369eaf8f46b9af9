// The limits benchmark: `npm run bench:limits`. Builds the archive's clips plus the longest clip it accepts (a body
// at the body size limit), then searches the built index in Node, as the search page does, and prints each query's
// time: cold (a fresh page: the index files it needs are read and parsed) and warm (the same page, next query).
// The target: every query under 100 ms with the largest clip allowed.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, stringify } from 'yaml';
import { MAX_BODY_BYTES } from '../../src/constants.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import type { Outlet } from '../../src/schema/outlet.ts';
import { loadAddresses } from '../corpus/addresses.ts';
import { CORPUS_OUTLETS } from '../corpus/clip-file.ts';
import { QUERIES } from '../search/queries.ts';
import { LONGEST_SLUG, writeLongestClip } from './longest-clip.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WORK = path.join(ROOT, 'bench', '.work', 'limits');
const CONTENT = path.join(WORK, 'content');
const DIST = path.join(WORK, 'dist');
const TARGET_MS = 100;
const WARM_ROUNDS = 5;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const log = (message: string) => process.stdout.write(`${message}\n`);

// The archive's own clips, and the corpus outlets the longest clip's metadata names.
rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });
cpSync(path.join(ROOT, 'content'), CONTENT, { recursive: true });
const outletsFile = path.join(CONTENT, 'outlets.yaml');
const outlets = parse(readFileSync(outletsFile, 'utf8')) as Outlet[];
const known = new Set(outlets.map((o) => o.id));
writeFileSync(outletsFile, stringify([...outlets, ...CORPUS_OUTLETS.filter((o) => !known.has(o.id))]));
const addresses = loadAddresses();
const longest = writeLongestClip(CONTENT, addresses);
const clips = readdirSync(path.join(CONTENT, 'clips')).filter((f) => f.endsWith('.md')).length;
log(
  `${clips} clips; the longest: body ${kb(longest.bodyBytes)} (limit ${kb(MAX_BODY_BYTES)}), capture ` +
    `${kb(longest.captureBytes)}, clip file ${kb(longest.fileBytes)}, ${longest.paragraphs} paragraphs`,
);

/** Builds a content folder into its own dist/; returns the build time in seconds. */
function buildSite(content: string, dist: string, cache: string): number {
  const started = performance.now();
  const build = spawnSync(process.execPath, [path.join(ROOT, 'src/cli/build.ts')], {
    cwd: ROOT,
    env: { ...process.env, CLIPS_DIR: content, OUT_DIR: dist, BUILD_CACHE_DIR: cache },
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    log(`the build failed:\n${(build.stdout + build.stderr).slice(-4000)}`);
    process.exit(1);
  }
  return (performance.now() - started) / 1000;
}

// The same archive without the longest clip, built beside it: its query times are the baseline for the ratios.
const BASE_CONTENT = path.join(WORK, 'content-base');
const BASE_DIST = path.join(WORK, 'dist-base');
cpSync(CONTENT, BASE_CONTENT, { recursive: true });
rmSync(path.join(BASE_CONTENT, 'clips', `${LONGEST_SLUG}.md`));
rmSync(path.join(BASE_CONTENT, 'captures', `${LONGEST_SLUG}.txt`));
const buildSeconds = buildSite(CONTENT, DIST, path.join(WORK, 'cache'));
const baseSeconds = buildSite(BASE_CONTENT, BASE_DIST, path.join(WORK, 'cache-base'));
const clipPage = statSync(path.join(DIST, 'clips', LONGEST_SLUG, 'index.html')).size;
log(
  `build: ${buildSeconds.toFixed(1)} s (without the longest clip ${baseSeconds.toFixed(1)} s); ` +
    `the longest clip's page ${kb(clipPage)}`,
);

const dataDir = path.join(DIST, 'search', 'data');
const indexBytes = readdirSync(dataDir).reduce((sum, f) => sum + statSync(path.join(dataDir, f)).size, 0);
log(`search index: ${readdirSync(dataDir).length} files, ${kb(indexBytes)}`);

// What a reader types: the benchmark's words, typos and phrases, and sentences pasted from the longest clip and
// from one of the archive's own clips.
const longText = readFileSync(path.join(CONTENT, 'captures', `${LONGEST_SLUG}.txt`), 'utf8').split('\n\n');
const ownText = readFileSync(path.join(CONTENT, 'captures', 'ice-turns-up-the-volume-on-sanctuary-cities.txt'), 'utf8');
const sentenceOf = (paragraph: string) =>
  paragraph.split(/(?<=\.) /).find((s) => s.split(' ').length >= 12) ?? paragraph;
const queries = [
  ...QUERIES,
  { query: sentenceOf(longText[Math.floor(longText.length / 2)]!), kind: 'sentence pasted (longest clip, middle)' },
  { query: sentenceOf(longText.at(-2)!), kind: 'sentence pasted (longest clip, end)' },
  { query: sentenceOf(ownText.split('\n').find((l) => l.split(' ').length > 20)!), kind: 'sentence pasted (ICE clip)' },
  { query: 'sanctuary cities', kind: 'two words (ICE clips)' },
];

interface Timing {
  query: string;
  kind: string;
  cold: number;
  warm: number[];
  results: number;
  fetchedGz: number;
  topIsLongest: boolean;
}

/** Each query on a fresh engine (cold), then WARM_ROUNDS times more on it (warm). */
async function timeQueries(dist: string): Promise<Timing[]> {
  const dir = path.join(dist, 'search', 'data');
  const timings: Timing[] = [];
  for (const { query, kind } of queries) {
    const fetched = new Set<string>();
    const t0 = performance.now();
    const fresh = await SearchEngine.open(async (file) => {
      const name = file.split('?')[0]!;
      fetched.add(name);
      return JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
    });
    const first = await fresh.search(query);
    const cold = performance.now() - t0;
    const warm: number[] = [];
    for (let round = 0; round < WARM_ROUNDS; round++) {
      const t = performance.now();
      await fresh.search(query);
      warm.push(performance.now() - t);
    }
    const fetchedGz = [...fetched].reduce((sum, f) => sum + gzipSync(readFileSync(path.join(dir, f))).length, 0);
    const topIsLongest = first.results[0]?.slug === LONGEST_SLUG;
    timings.push({ query, kind, cold, warm, results: first.total, fetchedGz, topIsLongest });
  }
  return timings;
}

// With and without the longest clip, alternated, so both sides see the same machine load.
const timings = await timeQueries(DIST);
const base = await timeQueries(BASE_DIST);
const timingsAgain = await timeQueries(DIST);
timings.forEach((t, i) => {
  t.cold = Math.min(t.cold, timingsAgain[i]!.cold);
  t.warm.push(...timingsAgain[i]!.warm);
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => value.toFixed(1).padStart(7);
log(
  `\nquery times in Node (ms), ${WARM_ROUNDS} warm rounds; load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on ${os.availableParallelism()} cores`,
);
log(
  `${'cold'.padStart(7)} ${'warm p50'.padStart(8)} ${'warm max'.padStart(8)} ${'base p50'.padStart(8)} ` +
    `${'ratio'.padStart(6)} ${'hits'.padStart(5)} ${'gz read'.padStart(9)}  query`,
);
timings.forEach((t, i) => {
  const shown = t.query.length > 60 ? `${t.query.slice(0, 57)}…` : t.query;
  const baseP50 = median(base[i]!.warm);
  log(
    `${ms(t.cold)} ${ms(median(t.warm)).padStart(8)} ${ms(Math.max(...t.warm)).padStart(8)} ${ms(baseP50).padStart(8)} ` +
      `${(median(t.warm) / Math.max(baseP50, 0.05)).toFixed(1).padStart(6)} ${String(t.results).padStart(5)} ` +
      `${kb(t.fetchedGz).padStart(9)}  ${shown} (${t.kind}${t.topIsLongest ? '; longest clip first' : ''})`,
  );
});
const worstCold = Math.max(...timings.map((t) => t.cold));
const worstWarm = Math.max(...timings.flatMap((t) => t.warm));
log(
  `\nslowest query: cold ${worstCold.toFixed(1)} ms, warm ${worstWarm.toFixed(1)} ms; target ${TARGET_MS} ms a query: ` +
    `${worstWarm < TARGET_MS ? 'met' : 'NOT met'} warm, ${worstCold < TARGET_MS ? 'met' : 'NOT met'} cold`,
);
