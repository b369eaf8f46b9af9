// Writes the benchmark corpus: N clips of real public-domain sentences at news-article length, with their captures
// and an outlets.yaml, into a content folder of its own (never the archive's content/):
//   npm run corpus -- --clips N [--out DIR] [--force]
// Build the site from it with: CLIPS_DIR=DIR OUT_DIR=<out> npm run build
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { stringify } from 'yaml';
import { CORPUS_OUTLETS } from './clip-file.ts';
import { writeCorpusShare } from './write-clips.ts';

const USAGE = 'Usage: npm run corpus -- --clips N [--out DIR] [--force]   (default DIR: bench/.corpus/<N>)';

function fail(message: string): never {
  console.error(`corpus: ${message}`);
  process.exit(1);
}

let args;
try {
  args = parseArgs({
    options: { clips: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean', default: false } },
  }).values;
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const count = Number(args.clips);
if (!args.clips || !Number.isInteger(count) || count < 1 || count > 10_000_000)
  fail(`--clips must be a whole number of clips from 1 to 10,000,000, e.g. --clips 1000.\n${USAGE}`);
const outDir = path.resolve(args.out ?? path.join('bench', '.corpus', String(count)));
if (existsSync(outDir) && readdirSync(outDir).length > 0 && !args.force)
  fail(`${outDir} already exists and is not empty. Pass --force to replace it.`);

const started = performance.now();
// Written beside the target and renamed into place at the end, so an interrupted run leaves no half corpus.
const partial = `${outDir}.partial-${process.pid}`;
rmSync(partial, { recursive: true, force: true });
try {
  mkdirSync(path.join(partial, 'captures'), { recursive: true });
  writeFileSync(
    path.join(partial, 'outlets.yaml'),
    `# Outlets of the generated benchmark corpus (npm run corpus).\n${stringify(CORPUS_OUTLETS)}`,
  );
  // Up to four threads, each writing every k-th clip; a small corpus is not worth a thread.
  const threads = count < 2000 ? 1 : Math.min(availableParallelism(), 4);
  if (threads === 1) writeCorpusShare({ dir: partial, first: 0, step: 1, count });
  else {
    await Promise.all(
      Array.from(
        { length: threads },
        (_, first) =>
          new Promise<void>((resolve, reject) => {
            const worker = new Worker(new URL('./write-worker.ts', import.meta.url), {
              workerData: { dir: partial, first, step: threads, count },
            });
            worker.on('error', reject);
            worker.on('exit', (code) =>
              code === 0 ? resolve() : reject(new Error(`a writer thread exited with ${code}`)),
            );
          }),
      ),
    );
  }
  rmSync(outDir, { recursive: true, force: true });
  renameSync(partial, outDir);
} catch (error) {
  rmSync(partial, { recursive: true, force: true });
  fail((error as Error).message);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const rel = path.relative(process.cwd(), outDir) || outDir;
console.log(`Wrote ${count} clips to ${rel} in ${seconds} s.`);
console.log(`Build the site from it with: CLIPS_DIR=${rel} OUT_DIR=<folder> npm run build`);
