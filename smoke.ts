import { gzipSync } from 'node:zlib';
import { buildSearchIndex } from './src/lib/search/build-index.ts';
import { SearchEngine } from './src/lib/search/engine.ts';
import { makeCorpus } from './bench/search/corpus.ts';
import { QUERIES } from './bench/search/queries.ts';
const n = Number(process.argv[2] ?? 1000);
let t = performance.now();
const files = await buildSearchIndex(makeCorpus(n).map((c) => c.doc));
console.log('build', (performance.now() - t).toFixed(0), 'ms', files.size, 'files');
const fetched = new Set<string>();
const engine = await SearchEngine.open(async (f) => { fetched.add(f.split('?')[0]!); return JSON.parse(files.get(f.split('?')[0]!)!); });
const r0 = await engine.search('government');
console.log('first query bytes', [...fetched].reduce((s, f) => s + gzipSync(files.get(f)!).length, 0), [...fetched].length, 'files');
for (const { query } of QUERIES) {
  const r = await engine.search(query);
  console.log(query.padEnd(22), r.total, r.totalAll, r.results.slice(0, 3).map((x) => x.slug).join(' '), JSON.stringify({ c: r.plan.corrected, m: r.plan.missing, s: r.shownFor }));
}
const times: number[] = [];
for (let i = 0; i < 5; i++) for (const { query } of QUERIES) { const s = performance.now(); await engine.search(query); times.push(performance.now() - s); }
times.sort((a, b) => a - b);
console.log('p50', times[Math.floor(times.length / 2)]!.toFixed(2), 'p95', times[Math.ceil(times.length * 0.95) - 1]!.toFixed(2));
const r = await engine.search('sanctuary op');
console.log(r0.results[0]?.snippets[0]);
const per = new Map<string, number[]>();
for (let i = 0; i < 5; i++) for (const { query } of QUERIES) { const s = performance.now(); await engine.search(query); per.set(query, [...(per.get(query) ?? []), performance.now() - s]); }
console.log([...per].map(([q, v]) => `${q} ${v.sort((a, b) => a - b)[2]!.toFixed(1)}`).join('\n'));
