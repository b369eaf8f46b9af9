// Scale measurement: generates corpora of N clips, builds the production site from each (twice), and reports
// build time, peak memory of the build's process tree, size of dist/, the largest HTML page, and whether the two
// builds are byte-identical. Writes bench/scale/RESULTS.md.
//   npm run bench:scale -- --clips 1000,10000
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WORK = path.join(ROOT, 'bench', '.work');
const CORPUS = path.join(ROOT, 'bench', '.corpus');
const RESULTS = path.join(ROOT, 'bench', 'scale', 'RESULTS.md');
const PAGE_SIZE = 4096;

/** Targets at the largest corpus (10,000 clips), from the archive's performance requirements. */
const TARGETS = { buildSeconds: 120, peakBytes: 4 * 1024 ** 3, pageBytes: 200 * 1024, growth: 11 };

const { values } = parseArgs({ options: { clips: { type: 'string', default: '1000,10000' } } });
const sizes = values.clips.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('bench:scale: --clips takes whole numbers separated by commas, e.g. --clips 1000,10000.');
  process.exit(1);
}

interface RunMeasure {
  seconds: number;
  peakBytes: number;
  exitCode: number | null;
  output: string;
}

/** RSS of every process whose ancestry reaches `rootPid`, summed, read from /proc. */
function treeRss(rootPid: number): number {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces) start after the last ")".
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
      rss.set(Number(name), Number(fields[21]) * PAGE_SIZE);
    } catch {
      // The process ended between listing and reading.
    }
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parent.get(p)) {
      if (p === rootPid) {
        total += bytes;
        break;
      }
    }
  }
  return total;
}

/** Runs a command, sampling the RSS of its whole process tree every 100 ms. */
function measure(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<RunMeasure> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peakBytes = 0;
    const timer = setInterval(() => {
      peakBytes = Math.max(peakBytes, treeRss(child.pid!));
    }, 100);
    child.on('close', (exitCode) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - started) / 1000, peakBytes, exitCode, output });
    });
  });
}

function walk(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(full));
    else files.push(full);
  }
  return files.sort();
}

interface DistFacts {
  files: number;
  bytes: number;
  htmlPages: number;
  largestPage: { file: string; bytes: number };
  hashes: Map<string, string>;
}

function inspectDist(dir: string): DistFacts {
  const hashes = new Map<string, string>();
  let bytes = 0;
  let htmlPages = 0;
  let largestPage = { file: '', bytes: 0 };
  for (const file of walk(dir)) {
    const content = readFileSync(file);
    const rel = path.relative(dir, file);
    bytes += content.length;
    hashes.set(rel, createHash('sha256').update(content).digest('hex'));
    if (file.endsWith('.html')) {
      htmlPages++;
      if (content.length > largestPage.bytes) largestPage = { file: rel, bytes: content.length };
    }
  }
  return { files: hashes.size, bytes, htmlPages, largestPage, hashes };
}

function differingFiles(a: Map<string, string>, b: Map<string, string>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((n) => a.get(n) !== b.get(n)).sort();
}

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface SizeResult {
  clips: number;
  corpusSeconds: number;
  builds: RunMeasure[];
  dist: DistFacts;
  differing: string[];
}

const loadAtStart = os.loadavg()[0]!;
const results: SizeResult[] = [];
for (const clips of sizes) {
  const corpusDir = path.join(CORPUS, String(clips));
  console.log(`\n== ${clips} clips`);
  // Removing the previous corpus (20,000 files) is not part of generating one.
  rmSync(corpusDir, { recursive: true, force: true });
  const corpus = await measure(
    process.execPath,
    ['bench/corpus/write.ts', '--clips', String(clips), '--out', corpusDir, '--force'],
    {},
  );
  if (corpus.exitCode !== 0) {
    console.error(corpus.output);
    process.exit(1);
  }
  console.log(`corpus generated in ${corpus.seconds.toFixed(1)} s`);
  const builds: RunMeasure[] = [];
  const dists: string[] = [];
  for (const run of ['a', 'b']) {
    const outDir = path.join(WORK, `dist-${clips}-${run}`);
    rmSync(outDir, { recursive: true, force: true });
    // Build a is cold: Astro's content cache (rendered Markdown of every clip) is removed first. Build b reuses it,
    // as every rebuild after an edit does.
    if (run === 'a') {
      rmSync(path.join(ROOT, '.astro'), { recursive: true, force: true });
      rmSync(path.join(ROOT, 'node_modules', '.astro'), { recursive: true, force: true });
    }
    const build = await measure('npm', ['run', '--silent', 'build'], { CLIPS_DIR: corpusDir, OUT_DIR: outDir });
    if (build.exitCode !== 0) {
      console.error(build.output.slice(-4000));
      console.error(`bench:scale: the build of ${clips} clips failed (exit ${build.exitCode}).`);
      process.exit(1);
    }
    console.log(`build ${run}: ${build.seconds.toFixed(1)} s, peak ${mb(build.peakBytes)}`);
    builds.push(build);
    dists.push(outDir);
  }
  const dist = inspectDist(dists[0]!);
  const differing = differingFiles(dist.hashes, inspectDist(dists[1]!).hashes);
  results.push({ clips, corpusSeconds: corpus.seconds, builds, dist, differing });
  // The second copy was only needed for the comparison.
  rmSync(dists[1]!, { recursive: true, force: true });
}

// Targets are judged on the slower build, the cold one.
const buildSeconds = (r: SizeResult) => Math.max(...r.builds.map((b) => b.seconds));
const peak = (r: SizeResult) => Math.max(...r.builds.map((b) => b.peakBytes));
const rows = results.map((r) => [
  r.clips.toLocaleString('en-US'),
  `${r.corpusSeconds.toFixed(1)} s`,
  r.builds.map((b) => `${b.seconds.toFixed(1)} s`).join(' / '),
  mb(peak(r)),
  `${mb(r.dist.bytes)} (${r.dist.files} files, ${r.dist.htmlPages} pages)`,
  `${kb(r.dist.largestPage.bytes)} (${r.dist.largestPage.file})`,
  r.differing.length === 0 ? 'identical' : `${r.differing.length} files differ`,
]);
const header = ['clips', 'corpus', 'build (cold / warm)', 'peak memory', 'dist/', 'largest page', 'rebuild'];
const table = [
  `| ${header.join(' | ')} |`,
  `| ${header.map(() => '---').join(' | ')} |`,
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');

const checks: string[] = [];
const largest = results.reduce((a, b) => (b.clips > a.clips ? b : a));
const smallest = results.reduce((a, b) => (b.clips < a.clips ? b : a));
const mark = (ok: boolean) => (ok ? 'met' : 'NOT MET');
checks.push(
  `build time at ${largest.clips} clips ≤ ${TARGETS.buildSeconds} s: ${buildSeconds(largest).toFixed(1)} s, ${mark(buildSeconds(largest) <= TARGETS.buildSeconds)}`,
);
checks.push(`peak memory ≤ 4 GB: ${mb(peak(largest))}, ${mark(peak(largest) <= TARGETS.peakBytes)}`);
const biggestPage = Math.max(...results.map((r) => r.dist.largestPage.bytes));
checks.push(`no HTML page over 200 KB: largest ${kb(biggestPage)}, ${mark(biggestPage <= TARGETS.pageBytes)}`);
if (largest !== smallest) {
  const ratio = buildSeconds(largest) / buildSeconds(smallest);
  const allowed = (TARGETS.growth * largest.clips) / smallest.clips / 10;
  checks.push(
    `growth: time(${largest.clips}) / time(${smallest.clips}) = ${ratio.toFixed(2)} (≤ ${allowed.toFixed(1)}), ${mark(ratio <= allowed)}`,
  );
}
const identical = results.every((r) => r.differing.length === 0);
checks.push(`two builds byte-identical: ${mark(identical)}`);
for (const r of results.filter((x) => x.differing.length > 0)) {
  checks.push(`  ${r.clips} clips, differing files: ${r.differing.slice(0, 10).join(', ')}`);
}

const cpus = os.cpus();
const machine = `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
const report = `# Scale measurement

Measured ${date} UTC on ${machine}, with \`npm run bench:scale -- --clips ${sizes.join(',')}\`.
Load average (1 min) at the start of the run: ${loadAtStart.toFixed(1)}; at the end: ${os.loadavg()[0]!.toFixed(1)}
(timings on a shared machine vary with what else runs).

Each corpus is generated with \`npm run corpus\` (State of the Union addresses cut into clips of about 120 words),
then the production build (\`npm run build\`, validation included) runs twice from it: cold (Astro's content cache
removed first) and warm (a rebuild that reuses it). Build time is wall time, and the targets are judged on the
slower of the two;
peak memory is the largest sum of the resident memory of the build's whole process tree, sampled every 100 ms;
the two builds' \`dist/\` folders are compared file by file (SHA-256).

${table}

Targets:

${checks.map((c) => `- ${c}`).join('\n')}
`;
// Formatted as the project's Prettier settings would, so the committed file passes the lint.
writeFileSync(RESULTS, await format(report, { ...(await resolveConfig(RESULTS)), filepath: RESULTS }));
console.log(`\n${table}\n\n${checks.join('\n')}\n\nWritten to ${path.relative(ROOT, RESULTS)}.`);
