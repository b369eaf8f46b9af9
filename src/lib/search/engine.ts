import { loadAnalyzers, type Analyzer } from './analyzer.ts';
import { Dictionary } from './dictionary.ts';
import { FacetCounter, type Facets } from './facets.ts';
import { IndexFiles, type IndexLoader } from './index-files.ts';
import {
  groupFile,
  INDEX_FORMAT,
  META_FILE,
  shardFile,
  shardOf,
  type IndexMeta,
  type PostingsShard,
} from './index-format.ts';
import { isEmptyQuery, parseQuery } from './parse-query.ts';
import { matchPhrase } from './phrase-match.ts';
import { decodePostings, type DecodedPostings } from './postings.ts';
import { presentResult, type PresentedItem, type SearchResult } from './present.ts';
import { inverseDocumentFrequency, planQuery, type QueryPlan } from './query-plan.ts';
import { OTHER_LANGUAGE, orderByRelevance, phraseScores, scoreDocuments, wordScores, type RankItem } from './rank.ts';
import type { StoredDoc, TextGroup } from './index-format.ts';

export type { IndexLoader } from './index-files.ts';
export type { FacetValue } from './facets.ts';
export type { ResultSnippet, SearchResult } from './present.ts';

export type SortOrder = 'relevance' | 'date';

export interface SearchOptions {
  /** Index into the index's outlet list, or null for every outlet. */
  outlet?: number | null;
  /** A year, or null for every year. */
  year?: number | null;
  sort?: SortOrder;
  /** How many results to return with text and snippets. */
  limit?: number;
}

export interface SearchResponse {
  /** What the query became: words searched, left out, missing, corrected. */
  plan: QueryPlan;
  /** Typed word -> the word as the results write it, for each corrected word ("albense" -> "Albence"). */
  shownFor: Record<string, string>;
  /** Clips matching (after filters): any of the words, and every phrase. */
  total: number;
  /** Of those, the clips that match every word and phrase. */
  totalAll: number;
  results: SearchResult[];
  facets: Facets;
}

/** A query word written as typed in a result adds up to this times its IDF to the result's score. */
const EXACT_FORM_WEIGHT = 0.5;
const SEGMENT_WEIGHT = (segment: number): number => (segment === 0 ? 3 : segment < 0 ? 2 : 1);

/**
 * The search engine: search (parse the query, plan it against the index's dictionary, fetch the postings it
 * needs), rank (BM25F with coverage and proximity, see rank.ts), present (fetch the text of the results shown and
 * cut their snippets). It holds only `meta.json` up front; everything else is fetched on demand.
 */
export class SearchEngine {
  readonly meta: IndexMeta;
  readonly #analyzers: Analyzer[];
  readonly #files: IndexFiles;
  readonly #dictionary: Dictionary;
  readonly #decoded = new Map<string, DecodedPostings>();
  readonly #decodedLimit: number;
  readonly #scores: Float64Array;
  readonly #matched: Uint8Array;
  readonly #scratch: Float64Array;
  readonly #facets: FacetCounter;

  private constructor(meta: IndexMeta, analyzers: Analyzer[], load: IndexLoader) {
    this.meta = meta;
    this.#analyzers = analyzers;
    this.#files = new IndexFiles(load, meta.version);
    this.#dictionary = new Dictionary(meta.dictionary, this.#files);
    // Reused from query to query: allocating per-document arrays on every keystroke would hand the garbage
    // collector work that shows up as slow queries.
    this.#scores = new Float64Array(meta.docCount);
    this.#matched = new Uint8Array(meta.docCount);
    this.#scratch = new Float64Array(meta.docCount);
    this.#facets = new FacetCounter(meta);
    this.#decodedLimit = Math.max(32, Math.min(512, Math.floor(20_000_000 / Math.max(1, meta.docCount))));
  }

  static async open(load: IndexLoader): Promise<SearchEngine> {
    const meta = (await load(META_FILE)) as IndexMeta;
    if (meta?.format !== INDEX_FORMAT) {
      throw new Error(`The search index has format ${String(meta?.format)}; this page expects ${INDEX_FORMAT}.`);
    }
    return new SearchEngine(meta, await loadAnalyzers(meta.languages), load);
  }

  async search(raw: string, options: SearchOptions = {}): Promise<SearchResponse> {
    const { outlet = null, year = null, sort = 'relevance', limit = 10 } = options;
    const query = parseQuery(typeof raw === 'string' ? raw : '');
    const plan = await planQuery(query, this.#analyzers, this.#dictionary, this.meta.docCount);
    const response: SearchResponse = {
      plan,
      shownFor: {},
      total: 0,
      totalAll: 0,
      results: [],
      facets: { outlets: [], years: [] },
    };
    if (isEmptyQuery(query) || (plan.words.length === 0 && plan.phrases.length === 0)) return response;

    // Search: fetch and decode the postings of every term the plan names.
    const shards = await this.#fetchShards([
      ...plan.words.flatMap((w) => w.expansions.map((e) => e.term)),
      ...plan.phrases.flatMap((p) => p.anchors.flatMap((a) => a.terms)),
    ]);
    const presentedItems: PresentedItem[] = [];
    const items: RankItem[] = [];
    for (const word of plan.words) {
      const forms = word.expansions.map((e) => ({
        postings: this.#postings(e.term, shards),
        factor: e.quality * inverseDocumentFrequency(this.#dictionary.docFrequency(e.term), this.meta.docCount),
        byLanguage: Float64Array.from(this.meta.languages, (key) =>
          e.languages.length === 0 || e.languages.includes(key) ? 1 : OTHER_LANGUAGE,
        ),
      }));
      const postings = forms.map((f) => f.postings);
      items.push({
        ...wordScores(forms, this.meta.docLanguage, this.#scratch),
        idf: word.idf,
        position: word.position,
        required: false,
        postings,
      });
      presentedItems.push({ word, postings });
    }
    for (const phrase of plan.phrases) {
      const anchors = phrase.anchors.map((a) => ({
        offset: a.offset,
        postings: a.terms.map((t) => this.#postings(t, shards)),
      }));
      const idf = phrase.anchors.reduce((sum, a) => sum + a.idf, 0);
      const match = matchPhrase(anchors, phrase.words.length, SEGMENT_WEIGHT);
      items.push({
        ...phraseScores(match, idf),
        idf,
        position: phrase.words[0]!.position,
        required: true,
        postings: [],
      });
      presentedItems.push({ phrase, anchors });
    }

    // Rank: score, filter and count, then order the documents shown.
    const scored = scoreDocuments(items, this.#scores, this.#matched);
    try {
      const { kept, facets } = this.#facets.count(scored.docs, { outlet, year });
      response.facets = facets;
      response.total = kept.length;
      let complete = 0;
      for (let i = 0; i < kept.length; i++) if (scored.matched[kept[i]!] === items.length) complete++;
      response.totalAll = complete;
      const wanted = Math.max(0, Math.min(limit, 1000));
      const ranking = sort === 'relevance' ? orderByRelevance(kept, scored, items, wanted) : undefined;
      // Sorted by date, only the clips matching the whole query are listed (when there are any).
      const byDate = () => Array.from(complete > 0 ? kept.filter((doc) => scored.matched[doc] === items.length) : kept);
      let ordered = ranking?.top ?? byDate();
      // Present: fetch the text of the results shown; phrases are confirmed word for word on it.
      let dropped = 0;
      const surface = new Map<string, string>();
      const shown: { doc: number; result: SearchResult; formIdf: number }[] = [];
      for (let next = 0; shown.length < wanted;) {
        // The rest of the ranking is needed only when results of the top are dropped (a phrase not word for word).
        if (next === ordered.length && ranking && ordered === ranking.top)
          ordered = [...ranking.top, ...ranking.rest()];
        if (next >= ordered.length) break;
        const page = ordered.slice(next, next + wanted - shown.length);
        next += page.length;
        const docs = await this.#fetchDocs(page);
        for (const doc of page) {
          const presented = presentResult(doc, docs.get(doc)!, this.meta.docYear[doc] || null, presentedItems, surface);
          if (presented) shown.push({ doc, ...presented });
          else dropped++;
        }
      }
      // Among the results shown, a clip that writes the query's words as typed, or nearly, goes before one that has
      // only other forms of them ("deportaciones" finds "deportación" before "deportações").
      if (ranking) {
        const exact = new Map(shown.map((s) => [s.doc, EXACT_FORM_WEIGHT * s.formIdf]));
        const compare = ranking.compareWith((doc) => exact.get(doc) ?? 0);
        shown.sort((a, b) => compare(a.doc, b.doc));
      }
      response.results = shown.map((s) => s.result);
      response.total -= dropped;
      response.totalAll = Math.max(0, response.totalAll - dropped);
      response.shownFor = Object.fromEntries(surface);
      return response;
    } finally {
      for (const doc of scored.docs) {
        this.#scores[doc] = 0;
        this.#matched[doc] = 0;
      }
    }
  }

  #postings(term: string, shards: Map<number, PostingsShard>): DecodedPostings {
    let decoded = this.#decoded.get(term);
    if (decoded) {
      this.#decoded.delete(term);
    } else {
      decoded = decodePostings(shards.get(shardOf(term, this.meta.shardCount))?.[term] ?? []);
      if (this.#decoded.size >= this.#decodedLimit) this.#decoded.delete(this.#decoded.keys().next().value!);
    }
    this.#decoded.set(term, decoded);
    return decoded;
  }

  /** The postings shards holding these terms (each fetched once; see IndexFiles). */
  async #fetchShards(terms: string[]): Promise<Map<number, PostingsShard>> {
    const wanted = [...new Set(terms.map((t) => shardOf(t, this.meta.shardCount)))];
    return new Map(
      await Promise.all(
        wanted.map(async (shard) => [shard, await this.#files.get<PostingsShard>(shardFile(shard))] as const),
      ),
    );
  }

  async #fetchDocs(ids: number[]): Promise<Map<number, StoredDoc>> {
    const { groupSize } = this.meta;
    const groups = [...new Set(ids.map((id) => Math.floor(id / groupSize)))];
    const loaded = await Promise.all(
      groups.map(async (g) => [g, await this.#files.get<TextGroup>(groupFile(g))] as const),
    );
    const byGroup = new Map(loaded);
    return new Map(ids.map((id) => [id, byGroup.get(Math.floor(id / groupSize))!.docs[id % groupSize]!]));
  }
}
