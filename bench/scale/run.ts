// Scale measurement: for each size, generates the benchmark corpus, builds it cold, then rebuilds incrementally
// after removing one clip and after adding it back, and compares that last build with the cold one file by file.
// Measures time, peak memory of the build's process tree, stages, dist/ size, largest page and file, and search.
// Writes bench/scale/RESULTS.md.
//   npm run bench:scale -- --clips 1000,10000,100000
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { differingFiles, inspectDist, type DistFacts } from './dist-facts.ts';
import { buildStages, measure, type RunMeasure } from './measure.ts';
import { probeSearch, type SearchFacts } from './search-probe.ts';
import { report, type SizeResult } from './report.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WORK = path.join(ROOT, 'bench', '.work');
const CORPUS = path.join(ROOT, 'bench', '.corpus');
const RESULTS = path.join(ROOT, 'bench', 'scale', 'RESULTS.md');

const { values } = parseArgs({ options: { clips: { type: 'string', default: '1000,10000' } } });
const sizes = values.clips.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 2)) {
  console.error('bench:scale: --clips takes whole numbers above 1 separated by commas, e.g. --clips 1000,10000.');
  process.exit(1);
}

const log = (message: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${message}`);
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

/** The generator's code, so a corpus written by an older generator is written again. */
function generatorStamp(clips: number): string {
  const dir = path.join(ROOT, 'bench', 'corpus');
  const hash = createHash('sha256').update(String(clips));
  for (const f of readdirSync(dir).sort()) hash.update(readFileSync(path.join(dir, f)));
  return hash.digest('hex');
}

/** Puts back a clip an interrupted run set aside (`.aside-<N>-<slug>.md` and `.txt` beside the corpus). */
function restoreAside(clips: number, dir: string): void {
  const prefix = `.aside-${clips}-`;
  if (!existsSync(CORPUS)) return;
  for (const name of readdirSync(CORPUS).filter((f) => f.startsWith(prefix) && f.endsWith('.md'))) {
    const slug = name.slice(prefix.length, -'.md'.length);
    const year = /^sotu-(\d+)-/.exec(slug)![1]!;
    renameSync(path.join(CORPUS, name), path.join(dir, 'clips', year, `${slug}.md`));
    renameSync(path.join(CORPUS, `${prefix}${slug}.txt`), path.join(dir, 'captures', `${slug}.txt`));
  }
}

/** The corpus of `clips` clips, written unless an identical one is already there; seconds spent, or null. */
async function corpus(clips: number): Promise<{ dir: string; seconds: number | null }> {
  const dir = path.join(CORPUS, String(clips));
  restoreAside(clips, dir);
  const stampFile = path.join(dir, '.generator');
  const stamp = generatorStamp(clips);
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return { dir, seconds: null };
  const run = await measure(
    process.execPath,
    ['bench/corpus/write.ts', '--clips', String(clips), '--out', dir, '--force'],
    ROOT,
    {},
  );
  if (run.exitCode !== 0) throw new Error(`the corpus of ${clips} clips could not be written:\n${run.output}`);
  writeFileSync(stampFile, stamp);
  return { dir, seconds: run.seconds };
}

async function build(corpusDir: string, outDir: string, cacheDir: string, what: string): Promise<RunMeasure> {
  log(`${what} (load ${load()})`);
  const run = await measure('npm', ['run', '--silent', 'build'], ROOT, {
    CLIPS_DIR: corpusDir,
    OUT_DIR: outDir,
    BUILD_CACHE_DIR: cacheDir,
  });
  if (run.exitCode !== 0) {
    console.error(run.output.slice(-4000));
    throw new Error(`${what} failed (exit ${run.exitCode}).`);
  }
  log(`  ${run.seconds.toFixed(1)} s, peak ${(run.peakBytes / 1024 ** 3).toFixed(2)} GB`);
  return run;
}

const cpus = os.cpus();
const machine = `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;

/** Writes RESULTS.md with the sizes measured so far, so a long run leaves its results as it goes. */
async function writeResults(): Promise<string> {
  const text = report(results, {
    date: started.toISOString().slice(0, 16).replace('T', ' '),
    machine,
    command: `npm run bench:scale -- --clips ${sizes.join(',')}`,
    loadAtStart,
    loadAtEnd: load(),
  });
  writeFileSync(RESULTS, await format(text, { ...(await resolveConfig(RESULTS)), filepath: RESULTS }));
  return text;
}

const loadAtStart = load();
const started = new Date();
const results: SizeResult[] = [];
for (const clips of sizes) {
  log(`== ${clips.toLocaleString('en-US')} clips`);
  const { dir, seconds: corpusSeconds } = await corpus(clips);
  const outDir = path.join(WORK, `dist-${clips}`);
  const cacheDir = path.join(WORK, `cache-${clips}`);
  rmSync(cacheDir, { recursive: true, force: true });
  const cold = await build(dir, outDir, cacheDir, 'cold build (no caches)');
  const dist: DistFacts = inspectDist(outDir);
  const search: SearchFacts = await probeSearch(outDir);
  // One clip leaves and comes back: two incremental rebuilds, the second of the same content as the cold build.
  const last = readdirSync(path.join(dir, 'clips'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort()
    .at(-1)!;
  const slug = path.basename(last, '.md');
  const captureFile = path.join(dir, 'captures', `${slug}.txt`);
  const aside = path.join(dir, '..', `.aside-${clips}-${slug}`);
  // The clip is set aside beside the corpus and its name says where it goes back, should this run be interrupted.
  renameSync(last, `${aside}.md`);
  renameSync(captureFile, `${aside}.txt`);
  let removed: RunMeasure;
  try {
    removed = await build(dir, outDir, cacheDir, `incremental build, one clip removed (${slug})`);
  } finally {
    renameSync(`${aside}.md`, last);
    renameSync(`${aside}.txt`, captureFile);
  }
  const added = await build(dir, outDir, cacheDir, `incremental build, the clip added back`);
  const differing = differingFiles(dist.hashes, inspectDist(outDir).hashes);
  log(`  ${differing.length === 0 ? 'identical to the cold build' : `${differing.length} files differ`}`);
  results.push({
    clips,
    corpusSeconds,
    cold: { ...cold, stages: buildStages(cold.output) },
    removed: { ...removed, stages: buildStages(removed.output) },
    added: { ...added, stages: buildStages(added.output) },
    dist,
    search,
    differing,
  });
  await writeResults();
}

console.log(`\n${await writeResults()}\nWritten to ${path.relative(ROOT, RESULTS)}.`);
