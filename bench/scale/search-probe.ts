import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { QUERIES } from '../search/queries.ts';

export interface SearchFacts {
  /** Largest, over the benchmark's queries, of the gzip bytes a fresh page fetches before its first result. */
  firstResultBytes: number;
  firstResultQuery: string;
  /** Query latency in Node once the files a query needs are loaded. */
  p50: number;
  p95: number;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

/** Searches a built site's index (dist/search/data) as the search page does, reading the files from disk. */
export async function probeSearch(dist: string): Promise<SearchFacts> {
  const dir = path.join(dist, 'search', 'data');
  const gz = new Map<string, number>();
  const gzOf = (name: string) => {
    if (!gz.has(name)) gz.set(name, gzipSync(readFileSync(path.join(dir, name)), { level: 6 }).length);
    return gz.get(name)!;
  };
  let firstResultBytes = 0;
  let firstResultQuery = '';
  for (const { query } of QUERIES) {
    const fetched = new Set<string>();
    const engine = await SearchEngine.open(async (file) => {
      const name = file.split('?')[0]!;
      fetched.add(name);
      return JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
    });
    await engine.search(query);
    const bytes = [...fetched].reduce((sum, name) => sum + gzOf(name), 0);
    if (bytes > firstResultBytes) [firstResultBytes, firstResultQuery] = [bytes, query];
  }
  const engine = await SearchEngine.open(async (file) =>
    JSON.parse(readFileSync(path.join(dir, file.split('?')[0]!), 'utf8')),
  );
  for (const { query } of QUERIES) await engine.search(query);
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const { query } of QUERIES) {
      const start = performance.now();
      await engine.search(query);
      times.push(performance.now() - start);
    }
  }
  return { firstResultBytes, firstResultQuery, p50: percentile(times, 50), p95: percentile(times, 95) };
}
