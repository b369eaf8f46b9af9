import {
  groupFile,
  INDEX_FORMAT,
  META_FILE,
  shardFile,
  shardOf,
  TERMS_FILE,
  type IndexMeta,
  type IndexTerms,
  type PostingsShard,
  type SegmentKind,
  type StoredDoc,
  type TextGroup,
} from './index-format.ts';
import { isEmptyQuery, parseQuery, type ParsedQuery, type QueryPhrase } from './parse-query.ts';
import { highlightWhole, makeSnippet, type HighlightedText, type Snippet, type Span } from './snippet.ts';
import { tokenize } from './tokenize.ts';
import { Vocabulary, type Expansion } from './vocabulary.ts';

/** Fetches one index file and returns its parsed JSON (in the browser: fetch; in Node: a read or a Map). */
export type IndexLoader = (file: string) => Promise<unknown>;

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

export interface ResultSnippet extends Snippet {
  /** Where the match is: a body paragraph, or a metadata field such as "person". */
  kind: 'paragraph' | SegmentKind;
  /** The body paragraph number (#p-N), or null for a metadata field. */
  paragraph: number | null;
}

export interface SearchResult {
  slug: string;
  title: HighlightedText;
  outlet: string | null;
  dateInWords: string;
  year: number | null;
  snippets: ResultSnippet[];
}

export interface FacetValue {
  value: number;
  label: string;
  count: number;
}

export interface SearchResponse {
  query: ParsedQuery;
  /** Matching clips after filters (phrases are confirmed word for word on the clips returned). */
  total: number;
  results: SearchResult[];
  facets: { outlets: FacetValue[]; years: FacetValue[] };
}

interface SegmentHits {
  segment: number;
  positions: number[];
}
/** Decoded postings of one term: doc id -> segments with positions. */
type DecodedPostings = Map<number, SegmentHits[]>;

/** Per document, for one query item (a word or a phrase): its score and the spans it matched, by segment. */
interface ItemMatch {
  score: number;
  spans: Map<number, Span[]>;
}

const TITLE_WEIGHT = 3;
const FIELD_WEIGHT = 2;
const BODY_WEIGHT = 1;
const PHRASE_BONUS = 1.5;
const MAX_SNIPPETS = 3;
const DECODED_CACHE_SIZE = 256;

const weightOf = (segment: number): number =>
  segment === 0 ? TITLE_WEIGHT : segment < 0 ? FIELD_WEIGHT : BODY_WEIGHT;

/** Decodes a term's flat postings (see index-format.ts). */
export function decodePostings(flat: number[]): DecodedPostings {
  const decoded: DecodedPostings = new Map();
  let i = 0;
  let doc = 0;
  while (i < flat.length) {
    doc += flat[i++]!;
    const segmentCount = flat[i++]!;
    const segments: SegmentHits[] = [];
    for (let s = 0; s < segmentCount; s++) {
      const segment = flat[i++]!;
      const count = flat[i++]!;
      const positions: number[] = [];
      let position = 0;
      for (let p = 0; p < count; p++) positions.push((position += flat[i++]!));
      segments.push({ segment, positions });
    }
    decoded.set(doc, segments);
  }
  return decoded;
}

/**
 * The search engine. It holds the term list and per-document facets; everything else is fetched on demand: the
 * postings shards for the query's terms, then the text groups for the results it returns.
 */
export class SearchEngine {
  readonly meta: IndexMeta;
  readonly #vocabulary: Vocabulary;
  readonly #load: IndexLoader;
  readonly #shards = new Map<number, Promise<PostingsShard>>();
  readonly #groups = new Map<number, Promise<TextGroup>>();
  readonly #decoded = new Map<string, DecodedPostings>();

  private constructor(meta: IndexMeta, terms: IndexTerms, load: IndexLoader) {
    this.meta = meta;
    this.#vocabulary = new Vocabulary(terms.terms, terms.docFrequency);
    this.#load = load;
  }

  static async open(load: IndexLoader): Promise<SearchEngine> {
    const meta = (await load(META_FILE)) as IndexMeta;
    if (meta?.format !== INDEX_FORMAT) {
      throw new Error(`The search index has format ${String(meta?.format)}; this page expects ${INDEX_FORMAT}.`);
    }
    const terms = (await load(`${TERMS_FILE}?v=${meta.version}`)) as IndexTerms;
    return new SearchEngine(meta, terms, load);
  }

  async search(raw: string, options: SearchOptions = {}): Promise<SearchResponse> {
    const query = parseQuery(typeof raw === 'string' ? raw : '');
    const { outlet = null, year = null, sort = 'relevance', limit = 10 } = options;
    const none: SearchResponse = { query, total: 0, results: [], facets: { outlets: [], years: [] } };
    if (isEmptyQuery(query)) return none;

    const termExpansions = query.terms.map((t) => this.#vocabulary.expand(t));
    const phraseTerms = query.phrases.map((p) => p.anchors.map((a) => a.term));
    if (termExpansions.some((e) => e.length === 0)) return none;
    if (phraseTerms.some((terms) => terms.some((t) => !this.#vocabulary.has(t)))) return none;

    const needed = new Set([...termExpansions.flat().map((e) => e.term), ...phraseTerms.flat()]);
    await this.#fetchShards(needed);

    const items: Map<number, ItemMatch>[] = [
      ...termExpansions.map((expansions) => this.#matchTerm(expansions)),
      ...query.phrases.map((phrase) => this.#matchPhrase(phrase)),
    ];
    const scores = intersect(items);

    const outletCounts = new Map<number, number>();
    const yearCounts = new Map<number, number>();
    const kept: [doc: number, score: number][] = [];
    for (const [doc, score] of scores) {
      const docOutlet = this.meta.docOutlet[doc] ?? -1;
      const docYear = this.meta.docYear[doc] ?? 0;
      const outletOk = outlet === null || docOutlet === outlet;
      const yearOk = year === null || docYear === year;
      if (yearOk && docOutlet >= 0) outletCounts.set(docOutlet, (outletCounts.get(docOutlet) ?? 0) + 1);
      if (outletOk && docYear > 0) yearCounts.set(docYear, (yearCounts.get(docYear) ?? 0) + 1);
      if (outletOk && yearOk) kept.push([doc, score]);
    }
    // Documents are stored newest first, so a lower id is a newer clip.
    if (sort === 'date') kept.sort((a, b) => a[0] - b[0]);
    else kept.sort((a, b) => b[1] - a[1] || a[0] - b[0]);

    const results: SearchResult[] = [];
    let dropped = 0;
    const wanted = Math.max(0, Math.min(limit, 1000));
    // Phrases were matched on indexed words only; confirm them word for word on the text before showing a result.
    for (let start = 0; start < kept.length && results.length < wanted; start += wanted) {
      const page = kept.slice(start, start + wanted - results.length);
      const docs = await this.#fetchDocs(page.map(([doc]) => doc));
      for (const [doc] of page) {
        const result = this.#present(doc, docs.get(doc)!, items, query);
        if (result) results.push(result);
        else dropped++;
      }
    }
    return {
      query,
      total: kept.length - dropped,
      results,
      facets: {
        outlets: [...outletCounts]
          .map(([value, count]) => ({ value, label: this.meta.outlets[value] ?? '', count }))
          .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
        years: [...yearCounts]
          .map(([value, count]) => ({ value, label: String(value), count }))
          .sort((a, b) => b.value - a.value),
      },
    };
  }

  #postings(term: string, shard: PostingsShard): DecodedPostings {
    let decoded = this.#decoded.get(term);
    if (!decoded) {
      decoded = decodePostings(shard[term] ?? []);
      if (this.#decoded.size >= DECODED_CACHE_SIZE) this.#decoded.delete(this.#decoded.keys().next().value!);
      this.#decoded.set(term, decoded);
    }
    return decoded;
  }

  readonly #loadedShards = new Map<number, PostingsShard>();

  async #fetchShards(terms: Set<string>): Promise<void> {
    const wanted = new Set([...terms].map((t) => shardOf(t, this.meta.shardCount)));
    await Promise.all(
      [...wanted].map(async (shard) => {
        let pending = this.#shards.get(shard);
        if (!pending) {
          pending = this.#load(`${shardFile(shard)}?v=${this.meta.version}`) as Promise<PostingsShard>;
          this.#shards.set(shard, pending);
          pending.catch(() => this.#shards.delete(shard));
        }
        this.#loadedShards.set(shard, await pending);
      }),
    );
  }

  #termPostings(term: string): DecodedPostings {
    return this.#postings(term, this.#loadedShards.get(shardOf(term, this.meta.shardCount)) ?? {});
  }

  #idf(term: string): number {
    return Math.log(1 + this.meta.docCount / Math.max(1, this.#vocabulary.docFrequency(term)));
  }

  #matchTerm(expansions: Expansion[]): Map<number, ItemMatch> {
    const matches = new Map<number, ItemMatch>();
    for (const expansion of expansions) {
      const idf = this.#idf(expansion.term);
      for (const [doc, segments] of this.#termPostings(expansion.term)) {
        let score = 0;
        let match = matches.get(doc);
        if (!match) matches.set(doc, (match = { score: 0, spans: new Map() }));
        for (const { segment, positions } of segments) {
          const tf = positions.length;
          score += weightOf(segment) * (tf / (tf + 1.2));
          let spans = match.spans.get(segment);
          if (!spans) match.spans.set(segment, (spans = []));
          for (const p of positions) spans.push({ from: p, to: p });
        }
        match.score = Math.max(match.score, expansion.quality * idf * score);
      }
    }
    return matches;
  }

  #matchPhrase(phrase: QueryPhrase): Map<number, ItemMatch> {
    const matches = new Map<number, ItemMatch>();
    const [first, ...rest] = phrase.anchors;
    if (!first) return matches;
    const anchorPostings = rest.map((a) => ({ offset: a.offset, postings: this.#termPostings(a.term) }));
    const idf = phrase.anchors.reduce((sum, a) => sum + this.#idf(a.term), 0);
    for (const [doc, segments] of this.#termPostings(first.term)) {
      const others = anchorPostings.map((a) => ({ offset: a.offset, segments: a.postings.get(doc) }));
      if (others.some((o) => !o.segments)) continue;
      let score = 0;
      const spans = new Map<number, Span[]>();
      for (const { segment, positions } of segments) {
        const sets = others.map((o) => ({
          offset: o.offset,
          positions: new Set(o.segments!.find((s) => s.segment === segment)?.positions),
        }));
        for (const p of positions) {
          const start = p - first.offset;
          if (sets.every((s) => s.positions.has(start + s.offset))) {
            let list = spans.get(segment);
            if (!list) spans.set(segment, (list = []));
            list.push({ from: start, to: start + phrase.words.length - 1 });
            score += weightOf(segment);
          }
        }
      }
      if (spans.size > 0) matches.set(doc, { score: PHRASE_BONUS * idf * score, spans });
    }
    return matches;
  }

  async #fetchDocs(ids: number[]): Promise<Map<number, StoredDoc>> {
    const { groupSize } = this.meta;
    const groups = [...new Set(ids.map((id) => Math.floor(id / groupSize)))];
    const loaded = await Promise.all(
      groups.map((g) => {
        let pending = this.#groups.get(g);
        if (!pending) {
          pending = this.#load(`${groupFile(g)}?v=${this.meta.version}`) as Promise<TextGroup>;
          this.#groups.set(g, pending);
          pending.catch(() => this.#groups.delete(g));
        }
        return pending.then((group) => [g, group] as const);
      }),
    );
    const byGroup = new Map(loaded);
    return new Map(ids.map((id) => [id, byGroup.get(Math.floor(id / groupSize))!.docs[id % groupSize]!]));
  }

  /** Builds a result with its snippets, or null when a phrase is not there word for word. */
  #present(doc: number, stored: StoredDoc, items: Map<number, ItemMatch>[], query: ParsedQuery): SearchResult | null {
    const textOf = (segment: number): string | undefined =>
      segment === 0
        ? stored.title
        : segment < 0
          ? stored.fields[-segment - 1]?.[1]
          : stored.paragraphs.find(([n]) => n === segment)?.[1];

    // segment -> spans, and how many distinct query items it matched.
    const bySegment = new Map<number, { spans: Span[]; items: Set<number> }>();
    const termCount = query.terms.length;
    for (let i = 0; i < items.length; i++) {
      const match = items[i]!.get(doc);
      if (!match) continue;
      const phrase = i >= termCount ? query.phrases[i - termCount] : undefined;
      let confirmed = false;
      for (const [segment, spans] of match.spans) {
        const text = textOf(segment);
        if (text === undefined) continue;
        const kept = phrase ? spans.filter((span) => phraseIsThere(text, span, phrase)) : spans;
        if (kept.length === 0) continue;
        confirmed = true;
        let entry = bySegment.get(segment);
        if (!entry) bySegment.set(segment, (entry = { spans: [], items: new Set() }));
        entry.spans.push(...kept);
        entry.items.add(i);
      }
      if (!confirmed) return null;
    }

    const ranked = [...bySegment.entries()]
      .filter(([segment]) => segment !== 0)
      .sort(
        ([a, x], [b, y]) =>
          y.items.size - x.items.size || weightOf(b) - weightOf(a) || Math.abs(a) - Math.abs(b) || a - b,
      )
      .slice(0, MAX_SNIPPETS);
    const snippets: ResultSnippet[] = ranked.map(([segment, entry]) => ({
      ...makeSnippet(textOf(segment)!, entry.spans),
      kind: segment > 0 ? 'paragraph' : (stored.fields[-segment - 1]?.[0] ?? 'title'),
      paragraph: segment > 0 ? segment : null,
    }));
    return {
      slug: stored.slug,
      title: highlightWhole(stored.title, bySegment.get(0)?.spans ?? []),
      outlet: stored.outlet,
      dateInWords: stored.dateInWords,
      year: this.meta.docYear[doc] || null,
      snippets,
    };
  }
}

/** Documents matched by every query item, with the sum of their scores; iterates the smallest set. */
function intersect(items: Map<number, ItemMatch>[]): Map<number, number> {
  const scores = new Map<number, number>();
  if (items.length === 0) return scores;
  const bySize = [...items].sort((a, b) => a.size - b.size);
  const [smallest, ...others] = bySize;
  for (const [doc, match] of smallest!) {
    let score = match.score;
    let everywhere = true;
    for (const other of others) {
      const m = other.get(doc);
      if (!m) {
        everywhere = false;
        break;
      }
      score += m.score;
    }
    if (everywhere) scores.set(doc, score);
  }
  return scores;
}

/** True when the words of `span` in `text` are the phrase's words, stopwords included. */
function phraseIsThere(text: string, span: Span, phrase: QueryPhrase): boolean {
  const words = tokenize(text).slice(span.from, span.to + 1);
  return words.length === phrase.words.length && words.every((w, i) => w.term === phrase.words[i]);
}
