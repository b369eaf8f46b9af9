// The Node part of the search benchmark: our engine reading its built files from disk, MiniSearch and naive Fuse.js
// over whole bodies, each timed warm on the same queries.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { buildSearchIndex } from '../../src/lib/search/build-index.ts';
import { META_FILE } from '../../src/lib/search/index-format.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import type { BenchClip } from './corpus.ts';
import { collectGarbage, fileGz, gz, percentile, time, type Row } from './measure.ts';
import { QUERIES } from './queries.ts';

const require = createRequire(import.meta.url);
/** Naive Fuse takes seconds per query on long bodies: it gets this much time per corpus, and at least one query. */
export const FUSE_BUDGET_MS = 30_000;
const plainQuery = (q: string) => q.replace(/"/g, '');

export interface BuiltIndex {
  buildMs: number;
  fileCount: number;
  bytes: number;
}

/** Builds our index into `dir` (or, with `reuse`, keeps the one an earlier run built there). */
export async function buildOurIndex(clips: BenchClip[], dir: string, reuse: boolean): Promise<BuiltIndex> {
  if (reuse && existsSync(path.join(dir, META_FILE))) {
    const meta = JSON.parse(readFileSync(path.join(dir, META_FILE), 'utf8')) as { docCount?: number };
    if (meta.docCount === clips.length) {
      const names = readdirSync(dir);
      const bytes = names.reduce((sum, name) => sum + statSync(path.join(dir, name)).size, 0);
      return { buildMs: NaN, fileCount: names.length, bytes };
    }
  }
  const [files, buildMs] = await time(() => buildSearchIndex(clips.map((c) => c.doc)));
  mkdirSync(dir, { recursive: true });
  for (const [name, body] of files) writeFileSync(path.join(dir, name), body);
  return { buildMs, fileCount: files.size, bytes: [...files.values()].reduce((sum, b) => sum + b.length, 0) };
}

/** An engine made ready for timing: its row without latencies, and one query. */
export interface NodeRunner {
  row: Omit<Row, 'p50' | 'p95'>;
  run: (query: string) => Promise<unknown>;
}

/** Our engine, reading the built files from disk as a browser fetches them; top 10 with snippets. */
export async function prepareOurs(size: number, dir: string, built: BuiltIndex): Promise<NodeRunner> {
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
  return {
    row: {
      engine: 'ours',
      size,
      buildMs: built.buildMs,
      firstQueryBytes,
      where: 'Node',
      note: `${built.fileCount} files, ${(built.bytes / 1e6).toFixed(1)} MB raw in all; top 10 with snippets`,
    },
    run: (query) => engine.search(query),
  };
}

/**
 * Times the engines query by query, taking turns (who goes first alternates by round), so that other work on the
 * machine weighs on each alike and their ratio holds even when the absolute figures do not.
 */
export async function timeTakingTurns(runners: NodeRunner[], rounds: number): Promise<Row[]> {
  collectGarbage();
  const byQuery = runners.map(() => new Map<string, number[]>());
  for (let r = 0; r < rounds; r++) {
    for (const { query } of QUERIES) {
      const order = r % 2 === 0 ? runners.map((_, i) => i) : runners.map((_, i) => runners.length - 1 - i);
      for (const i of order) {
        const [, ms] = await time(() => runners[i]!.run(query));
        byQuery[i]!.set(query, [...(byQuery[i]!.get(query) ?? []), ms]);
      }
    }
  }
  return runners.map(({ row }, i) => {
    const times = [...byQuery[i]!.values()].flat();
    const slowest = [...byQuery[i]!]
      .map(([query, ms]) => [query, percentile(ms, 50)] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([query, ms]) => `\`${query}\` ${ms.toFixed(1)} ms`)
      .join(', ');
    return {
      ...row,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      note: `${row.note}; slowest (median): ${slowest}`,
    };
  });
}

export async function benchFuse(clips: BenchClip[]): Promise<Row> {
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

export async function prepareMiniSearch(clips: BenchClip[]): Promise<NodeRunner> {
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
  const library = fileGz(require.resolve('minisearch'));
  return {
    row: {
      engine: 'MiniSearch',
      size: clips.length,
      buildMs,
      firstQueryBytes: gz(JSON.stringify(mini)) + library,
      where: 'Node',
      note: 'whole serialised index (titles stored, no text for snippets); phrases run as AND of words',
    },
    run: async (query) => mini.search(plainQuery(query)).slice(0, 10),
  };
}
