import MiniSearch from 'minisearch';
import { loadCisi, score } from './bench/search/relevance.ts';
import { buildSearchIndex } from './src/lib/search/build-index.ts';
import { SearchEngine } from './src/lib/search/engine.ts';
const c = loadCisi();
console.log(c.docs.length, c.queries.length);
const mini = new MiniSearch({ fields: ['title', 'authors', 'text'] });
mini.addAll(c.docs);
console.log('mini', score(c.queries.map(({ text }) => mini.search(text).slice(0, 100).map((r) => String(r.id))), c));
const files = await buildSearchIndex(c.docs.map((doc) => ({ slug: doc.id, title: doc.title, outlet: null, year: null, dateInWords: '', lang: 'en', fields: doc.authors ? [{ kind: 'author' as const, text: doc.authors }] : [], paragraphs: [{ n: 1, text: doc.text }] })));
const engine = await SearchEngine.open(async (file) => JSON.parse(files.get(file.split('?')[0]!)!));
const t = performance.now();
const r: string[][] = [];
for (const { text } of c.queries) r.push((await engine.search(text, { limit: 100 })).results.map((x) => x.slug));
console.log('ours', score(r, c), ((performance.now() - t) / c.queries.length).toFixed(1), 'ms/q');
for (const [i, q] of c.queries.entries()) if (r[i]!.length === 0) { const res = await engine.search(q.text, { limit: 100 }); console.log(q.id, JSON.stringify(q.text), res.total, JSON.stringify(res.plan).slice(0, 600)); }
