// The relevance section of `npm run bench`: ranks the CISI test collection with our engine, MiniSearch (its
// defaults) and Pagefind (in Chromium), side by side in one run, and scores each against the collection's judgments.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import * as pagefind from 'pagefind';
import type { Browser } from 'playwright-core';
import { buildSearchIndex, type SearchDocument } from '../../src/lib/search/build-index.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { serveSite } from '../../tests/e2e/harness.ts';
import { escapeHtml } from './measure.ts';

/** Rankings are cut at this depth: nDCG and P at 10, average precision over the first 100. */
const DEPTH = 100;
const CISI_DIR = path.join(import.meta.dirname, 'cisi');

interface CisiDoc {
  id: string;
  title: string;
  authors: string;
  text: string;
}

/** Reads a SMART-format file: records start with `.I id`, fields with `.X` lines. */
function readSmart(file: string): { id: string; fields: Map<string, string> }[] {
  const text = gunzipSync(readFileSync(path.join(CISI_DIR, `${file}.gz`))).toString('utf8');
  const records: { id: string; fields: Map<string, string> }[] = [];
  let field = '';
  for (const line of text.split('\n')) {
    const record = /^\.I\s+(\d+)/.exec(line);
    const marker = /^\.([A-Z])\s*$/.exec(line);
    if (record) records.push({ id: record[1]!, fields: new Map() });
    else if (marker) field = marker[1]!;
    else if (records.length > 0) {
      const fields = records[records.length - 1]!.fields;
      fields.set(field, `${fields.get(field) ?? ''}${line.trim()} `);
    }
  }
  return records;
}

export interface Collection {
  docs: CisiDoc[];
  queries: { id: string; text: string; relevant: Set<string> }[];
}

export function loadCisi(): Collection {
  const docs = readSmart('CISI.ALL').map(({ id, fields }) => ({
    id,
    title: (fields.get('T') ?? '').trim(),
    authors: (fields.get('A') ?? '').trim(),
    text: (fields.get('W') ?? '').trim(),
  }));
  const relevant = new Map<string, Set<string>>();
  const judgments = gunzipSync(readFileSync(path.join(CISI_DIR, 'CISI.REL.gz'))).toString('utf8');
  for (const line of judgments.split('\n')) {
    const [query, doc] = line.trim().split(/\s+/);
    if (!query || !doc) continue;
    if (!relevant.has(query)) relevant.set(query, new Set());
    relevant.get(query)!.add(doc);
  }
  const queries = readSmart('CISI.QRY')
    .filter(({ id }) => relevant.has(id))
    .map(({ id, fields }) => ({ id, text: (fields.get('W') ?? '').trim(), relevant: relevant.get(id)! }));
  return { docs, queries };
}

export interface Scores {
  ndcg10: number;
  map: number;
  p10: number;
  /** Queries answered with nothing. */
  empty: number;
}

/** nDCG@10 (binary gains), average precision over the ranking's first DEPTH and precision at 10, averaged. */
export function score(rankings: string[][], collection: Collection): Scores {
  let ndcg = 0;
  let ap = 0;
  let p10 = 0;
  let empty = 0;
  collection.queries.forEach(({ relevant }, q) => {
    const ranking = rankings[q]!.slice(0, DEPTH);
    if (ranking.length === 0) empty++;
    let dcg = 0;
    let hits = 0;
    let precisionSum = 0;
    ranking.forEach((doc, i) => {
      if (!relevant.has(doc)) return;
      hits++;
      precisionSum += hits / (i + 1);
      if (i < 10) dcg += 1 / Math.log2(i + 2);
    });
    let ideal = 0;
    for (let i = 0; i < Math.min(10, relevant.size); i++) ideal += 1 / Math.log2(i + 2);
    ndcg += dcg / ideal;
    ap += precisionSum / Math.min(relevant.size, DEPTH);
    p10 += ranking.slice(0, 10).filter((doc) => relevant.has(doc)).length / 10;
  });
  const n = collection.queries.length;
  return { ndcg10: ndcg / n, map: ap / n, p10: p10 / n, empty };
}

async function rankOurs(collection: Collection): Promise<string[][]> {
  const documents: SearchDocument[] = collection.docs.map((doc) => ({
    slug: doc.id,
    title: doc.title,
    outlet: null,
    year: null,
    dateInWords: '',
    lang: 'en',
    fields: doc.authors ? [{ kind: 'author', text: doc.authors }] : [],
    paragraphs: [{ n: 1, text: doc.text }],
  }));
  const files = await buildSearchIndex(documents);
  const engine = await SearchEngine.open(async (file) => JSON.parse(files.get(file.split('?')[0]!)!));
  const rankings: string[][] = [];
  for (const { text } of collection.queries) {
    rankings.push((await engine.search(text, { limit: DEPTH })).results.map((r) => r.slug));
  }
  return rankings;
}

function rankMiniSearch(collection: Collection): string[][] {
  const mini = new MiniSearch({ fields: ['title', 'authors', 'text'] });
  mini.addAll(collection.docs);
  return collection.queries.map(({ text }) =>
    mini
      .search(text)
      .slice(0, DEPTH)
      .map((r) => String(r.id)),
  );
}

async function rankPagefind(collection: Collection, dir: string, browser: Browser): Promise<string[][]> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  for (const doc of collection.docs) {
    await index.addHTMLFile({
      url: `/doc/${doc.id}/`,
      content:
        `<html lang="en"><head><title>${escapeHtml(doc.title)}</title></head><body><main data-pagefind-body>` +
        `<h1>${escapeHtml(doc.title)}</h1><p>${escapeHtml(doc.authors)}</p><p>${escapeHtml(doc.text)}</p></main></body></html>`,
    });
  }
  await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
  await index.deleteIndex();
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>relevance</title>');
  const site = await serveSite(dir);
  try {
    const page = await browser.newPage();
    await page.goto(site.url);
    const rankings = await page.evaluate(
      async ({ queries, depth }) => {
        const api = await import(`${location.origin}/pagefind/pagefind.js`);
        await api.options({ baseUrl: '/' });
        const out: string[][] = [];
        for (const q of queries) {
          const search = await api.search(q);
          const data = await Promise.all(
            search.results.slice(0, depth).map((r: { data: () => Promise<{ url: string }> }) => r.data()),
          );
          out.push(data.map((d: { url: string }) => d.url.split('/').at(-2)!));
        }
        return out;
      },
      { queries: collection.queries.map((q) => q.text), depth: DEPTH },
    );
    await page.close();
    return rankings;
  } finally {
    await site.close();
  }
}

export interface RelevanceRow {
  engine: string;
  scores: Scores;
}

/** Ranks the collection with each engine and scores the rankings (Pagefind only when given a browser). */
export async function benchRelevance(
  workDir: string,
  { browser, miniSearch }: { browser: Browser | null; miniSearch: boolean },
): Promise<RelevanceRow[]> {
  const collection = loadCisi();
  const dir = path.join(workDir, 'relevance');
  mkdirSync(dir, { recursive: true });
  const rows: RelevanceRow[] = [{ engine: 'ours', scores: score(await rankOurs(collection), collection) }];
  if (miniSearch) rows.push({ engine: 'MiniSearch (defaults)', scores: score(rankMiniSearch(collection), collection) });
  if (browser)
    rows.push({ engine: 'Pagefind', scores: score(await rankPagefind(collection, dir, browser), collection) });
  return rows;
}

export function formatRelevance(rows: RelevanceRow[], collection = loadCisi()): string {
  const lines = [
    `CISI: ${collection.docs.length} abstracts, ${collection.queries.length} judged queries (natural-language questions, often several sentences).`,
    '',
    `| engine | nDCG@10 | MAP (first ${DEPTH}) | P@10 | queries answered with nothing |`,
    '| ------ | ------: | --------: | ---: | ----------------------------: |',
    ...rows.map(
      ({ engine, scores }) =>
        `| ${engine} | ${scores.ndcg10.toFixed(3)} | ${scores.map.toFixed(3)} | ${scores.p10.toFixed(3)} | ${scores.empty} |`,
    ),
  ];
  return lines.join('\n');
}
