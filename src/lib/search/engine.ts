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
/**
 * Decoded postings of one term: documents in ascending order with their weighted term frequency, in typed arrays.
 * Positions stay in the flat list and are read per document when needed (phrases, snippets), so a cached common word
 * costs a few typed arrays rather than thousands of small objects for the garbage collector to walk.
 */
export interface DecodedPostings {
  docs: Int32Array;
  /** Sum over the document's segments of field weight x saturated term frequency. */
  weights: Float64Array;
  /** Where each document's segment list starts in `flat` (at its segment count). */
  offsets: Int32Array;
  /** doc id -> 1 + its index in `docs`, or 0 when the term is not in the document. */
  slot: Int32Array;
  flat: number[];
}

/** How well each document matches one query item: `score[doc]` > 0 for the documents listed in `docs`. */
interface ItemScores {
  docs: number[];
  score: Float64Array;
}

/** A query item: a loose word (with the indexed terms it expands to) or a phrase. */
type QueryItem = { expansions: Expansion[] } | { phrase: QueryPhrase };

const TITLE_WEIGHT = 3;
const FIELD_WEIGHT = 2;
const BODY_WEIGHT = 1;
const PHRASE_BONUS = 1.5;
const MAX_SNIPPETS = 3;
const DECODED_CACHE_SIZE = 256;

const weightOf = (segment: number): number => (segment === 0 ? TITLE_WEIGHT : segment < 0 ? FIELD_WEIGHT : BODY_WEIGHT);

/** Decodes a term's flat postings (see index-format.ts). */
export function decodePostings(flat: number[], docCount: number): DecodedPostings {
  const docs: number[] = [];
  const weights: number[] = [];
  const offsets: number[] = [];
  const slot = new Int32Array(docCount);
  let i = 0;
  let doc = 0;
  while (i < flat.length) {
    doc += flat[i++]!;
    offsets.push(i);
    const segmentCount = flat[i++]!;
    let weight = 0;
    for (let s = 0; s < segmentCount; s++) {
      const segment = flat[i++]!;
      const count = flat[i++]!;
      i += count;
      weight += weightOf(segment) * (count / (count + 1.2));
    }
    docs.push(doc);
    weights.push(weight);
    if (doc >= 0 && doc < docCount) slot[doc] = docs.length;
  }
  return {
    docs: Int32Array.from(docs),
    weights: Float64Array.from(weights),
    offsets: Int32Array.from(offsets),
    slot,
    flat,
  };
}

/** The segments (with positions) of the `i`-th document of decoded postings. */
export function segmentsAt(postings: DecodedPostings, i: number): SegmentHits[] {
  const { flat } = postings;
  let at = postings.offsets[i]!;
  const segmentCount = flat[at++]!;
  const segments: SegmentHits[] = [];
  for (let s = 0; s < segmentCount; s++) {
    const segment = flat[at++]!;
    const count = flat[at++]!;
    const positions: number[] = new Array(count);
    let position = 0;
    for (let p = 0; p < count; p++) positions[p] = position += flat[at++]!;
    segments.push({ segment, positions });
  }
  return segments;
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
  readonly #loadedShards = new Map<number, PostingsShard>();

  /** The distinct years, and per document the index of its year in that list (-1 when unknown). */
  readonly #years: number[];
  readonly #docYearSlot: Int32Array;

  private constructor(meta: IndexMeta, terms: IndexTerms, load: IndexLoader) {
    this.meta = meta;
    this.#years = [...new Set(meta.docYear.filter((y) => y > 0))].sort((a, b) => a - b);
    const slotOfYear = new Map(this.#years.map((y, i) => [y, i]));
    this.#docYearSlot = Int32Array.from(meta.docYear, (y) => slotOfYear.get(y) ?? -1);
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

    const items: QueryItem[] = [
      ...termExpansions.map((expansions) => ({ expansions })),
      ...query.phrases.map((phrase) => ({ phrase })),
    ];
    const itemScores = items.map((item) =>
      'phrase' in item ? this.#scorePhrase(item.phrase) : this.#scoreTerm(item.expansions),
    );
    const [matched, scores] = this.#intersect(itemScores);
    for (const item of itemScores) this.#giveBack(item.score, item.docs);
    try {
      return await this.#rank(query, items, matched, scores, { outlet, year, sort, limit });
    } finally {
      this.#giveBack(scores, matched);
    }
  }

  async #rank(
    query: ParsedQuery,
    items: QueryItem[],
    matched: number[],
    scores: Float64Array,
    { outlet, year, sort, limit }: Required<SearchOptions>,
  ): Promise<SearchResponse> {
    // Facet counts: each filter's counts follow the other filter, so every option says what choosing it would give.
    const outletTally = new Int32Array(this.meta.outlets.length);
    const yearTally = new Int32Array(this.#years.length);
    const kept: number[] = [];
    const { docOutlet } = this.meta;
    const docYearSlot = this.#docYearSlot;
    const yearSlot = year === null ? -2 : this.#years.indexOf(year);
    for (const doc of matched) {
      const o = docOutlet[doc] ?? -1;
      const y = docYearSlot[doc]!;
      const outletOk = outlet === null || o === outlet;
      const yearOk = yearSlot === -2 || y === yearSlot;
      if (yearOk && o >= 0) outletTally[o]!++;
      if (outletOk && y >= 0) yearTally[y]!++;
      if (outletOk && yearOk) kept.push(doc);
    }
    const outletCounts = [...outletTally].flatMap((count, o) => (count > 0 ? [[o, count] as const] : []));
    const yearCounts = [...yearTally].flatMap((count, y) => (count > 0 ? [[this.#years[y]!, count] as const] : []));
    const results: SearchResult[] = [];
    let dropped = 0;
    const wanted = Math.max(0, Math.min(limit, 1000));
    // Documents are stored newest first, so a lower id is a newer clip (and `kept` is already in that order).
    let ordered = sort === 'relevance' ? sortTopFirst(kept, scores, wanted * 2) : kept.length;
    // Phrases were matched on indexed words only; confirm them word for word on the text before showing a result.
    let next = 0;
    while (next < kept.length && results.length < wanted) {
      if (next + wanted - results.length > ordered) {
        const rest = kept.slice(ordered).sort(byScore(scores));
        for (let i = 0; i < rest.length; i++) kept[ordered + i] = rest[i]!;
        ordered = kept.length;
      }
      const page = kept.slice(next, next + wanted - results.length);
      next += page.length;
      const docs = await this.#fetchDocs(page);
      for (const doc of page) {
        const result = this.#present(doc, docs.get(doc)!, items);
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

  // Per-document score arrays are reused from query to query: allocating them (80 KB each at 10,000 clips) for every
  // keystroke would hand the garbage collector work that shows up as slow queries.
  readonly #pool: Float64Array[] = [];

  #borrow(): Float64Array {
    return this.#pool.pop() ?? new Float64Array(this.meta.docCount);
  }

  /** Returns an array to the pool, zeroing the entries that were set (those of `docs`). */
  #giveBack(scores: Float64Array, docs: number[]): void {
    if (scores.length !== this.meta.docCount || this.#pool.length >= 16) return;
    for (const doc of docs) scores[doc] = 0;
    this.#pool.push(scores);
  }

  #postings(term: string, shard: PostingsShard): DecodedPostings {
    let decoded = this.#decoded.get(term);
    if (!decoded) {
      decoded = decodePostings(shard[term] ?? [], this.meta.docCount);
      if (this.#decoded.size >= DECODED_CACHE_SIZE) this.#decoded.delete(this.#decoded.keys().next().value!);
      this.#decoded.set(term, decoded);
    }
    return decoded;
  }

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

  /** Per document, the best score among the word's expansions (0 when it does not match). */
  #scoreTerm(expansions: Expansion[]): ItemScores {
    const score = this.#borrow();
    const docs: number[] = [];
    for (const expansion of expansions) {
      const factor = expansion.quality * this.#idf(expansion.term);
      const postings = this.#termPostings(expansion.term);
      for (let i = 0; i < postings.docs.length; i++) {
        const doc = postings.docs[i]!;
        const s = factor * postings.weights[i]!;
        const previous = score[doc]!;
        if (previous === 0) docs.push(doc);
        if (s > previous) score[doc] = s;
      }
    }
    return { docs, score };
  }

  #scorePhrase(phrase: QueryPhrase): ItemScores {
    const score = this.#borrow();
    const docs: number[] = [];
    const idf = phrase.anchors.reduce((sum, a) => sum + this.#idf(a.term), 0);
    const anchors = phrase.anchors.map((a) => ({ offset: a.offset, postings: this.#termPostings(a.term) }));
    // Walk the rarest word's documents; the others are looked up. This loop runs over thousands of documents for a
    // phrase of common words, so it reads the flat postings in place rather than decoding them.
    const rarest = anchors.reduce((a, b) => (b.postings.docs.length < a.postings.docs.length ? b : a));
    const others = anchors.filter((a) => a !== rarest);
    const n = others.length;
    const otherAt = new Int32Array(n); // where the other word's list for this segment starts in its flat postings
    const otherCount = new Int32Array(n);
    const cursorIndex = new Int32Array(n);
    const cursorValue = new Float64Array(n);
    const flat = rarest.postings.flat;
    for (let d = 0; d < rarest.postings.docs.length; d++) {
      const doc = rarest.postings.docs[d]!;
      let everywhere = true;
      for (let o = 0; o < n && everywhere; o++) everywhere = others[o]!.postings.slot[doc]! > 0;
      if (!everywhere) continue;
      let s = 0;
      let at = rarest.postings.offsets[d]!;
      const segmentCount = flat[at++]!;
      for (let g = 0; g < segmentCount; g++) {
        const segment = flat[at++]!;
        const count = flat[at++]!;
        const first = at;
        at += count;
        let present = true;
        for (let o = 0; o < n && present; o++) {
          const other = others[o]!.postings;
          let oat = other.offsets[other.slot[doc]! - 1]!;
          const otherSegments = other.flat[oat++]!;
          present = false;
          for (let h = 0; h < otherSegments; h++) {
            const otherSegment = other.flat[oat++]!;
            const otherPositions = other.flat[oat++]!;
            if (otherSegment === segment) {
              otherAt[o] = oat;
              otherCount[o] = otherPositions;
              present = true;
              break;
            }
            oat += otherPositions;
          }
          cursorIndex[o] = 0;
          cursorValue[o] = present ? other.flat[oat]! : 0;
        }
        if (!present) continue;
        let position = 0;
        for (let k = first; k < first + count; k++) {
          position += flat[k]!;
          const start = position - rarest.offset;
          let all = true;
          for (let o = 0; o < n && all; o++) {
            // Both lists ascend, so each other word's cursor only moves forward.
            const target = start + others[o]!.offset;
            const list = others[o]!.postings.flat;
            while (cursorValue[o]! < target && cursorIndex[o]! < otherCount[o]! - 1) {
              cursorIndex[o]!++;
              cursorValue[o] = cursorValue[o]! + list[otherAt[o]! + cursorIndex[o]!]!;
            }
            all = cursorValue[o] === target;
          }
          if (all) s += weightOf(segment);
        }
      }
      if (s > 0) {
        docs.push(doc);
        score[doc] = PHRASE_BONUS * idf * s;
      }
    }
    return { docs, score };
  }

  /** Documents matched by every query item, with the sum of their scores; walks the smallest set. */
  #intersect(items: ItemScores[]): [docs: number[], scores: Float64Array] {
    if (items.length === 0) return [[], new Float64Array(0)];
    const [smallest, ...others] = [...items].sort((a, b) => a.docs.length - b.docs.length);
    const total = this.#borrow();
    const docs: number[] = [];
    for (const doc of smallest!.docs) {
      let sum = smallest!.score[doc]!;
      let everywhere = true;
      for (const other of others) {
        const s = other.score[doc]!;
        if (s === 0) {
          everywhere = false;
          break;
        }
        sum += s;
      }
      if (everywhere) {
        docs.push(doc);
        total[doc] = sum;
      }
    }
    return [docs, total];
  }

  /** Where a phrase's indexed words stand at the right distances from each other in a document, by segment. */
  #phraseSpans(phrase: QueryPhrase, doc: number): Map<number, Span[]> {
    const found = new Map<number, Span[]>();
    const [first, ...rest] = phrase.anchors;
    if (!first) return found;
    const segmentsOf = (term: string): SegmentHits[] | undefined => {
      const postings = this.#termPostings(term);
      const slot = postings.slot[doc] ?? 0;
      return slot === 0 ? undefined : segmentsAt(postings, slot - 1);
    };
    const firstSegments = segmentsOf(first.term);
    const others = rest.map((a) => ({ offset: a.offset, segments: segmentsOf(a.term) }));
    if (!firstSegments || others.some((o) => !o.segments)) return found;
    for (const { segment, positions } of firstSegments) {
      const lists = others.map((o) => ({
        offset: o.offset,
        positions: o.segments!.find((s) => s.segment === segment)?.positions,
      }));
      if (lists.some((l) => !l.positions)) continue;
      for (const p of positions) {
        const start = p - first.offset;
        if (lists.every((l) => sortedHas(l.positions!, start + l.offset))) {
          let list = found.get(segment);
          if (!list) found.set(segment, (list = []));
          list.push({ from: start, to: start + phrase.words.length - 1 });
        }
      }
    }
    return found;
  }

  /** The spans a loose word matched in a document, by segment. */
  #termSpans(expansions: Expansion[], doc: number): Map<number, Span[]> {
    const found = new Map<number, Span[]>();
    for (const expansion of expansions) {
      const postings = this.#termPostings(expansion.term);
      const slot = postings.slot[doc] ?? 0;
      if (slot === 0) continue;
      for (const { segment, positions } of segmentsAt(postings, slot - 1)) {
        let list = found.get(segment);
        if (!list) found.set(segment, (list = []));
        for (const p of positions) list.push({ from: p, to: p });
      }
    }
    return found;
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
  #present(doc: number, stored: StoredDoc, items: QueryItem[]): SearchResult | null {
    const textOf = (segment: number): string | undefined =>
      segment === 0
        ? stored.title
        : segment < 0
          ? stored.fields[-segment - 1]?.[1]
          : stored.paragraphs.find(([n]) => n === segment)?.[1];

    // segment -> spans, and how many distinct query items it matched.
    const bySegment = new Map<number, { spans: Span[]; items: Set<number> }>();
    const tokensOf = new Map<number, string[]>();
    const termsAt = (segment: number, text: string): string[] => {
      let terms = tokensOf.get(segment);
      if (!terms) tokensOf.set(segment, (terms = tokenize(text).map((t) => t.term)));
      return terms;
    };
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const phrase = 'phrase' in item ? item.phrase : undefined;
      const spansBySegment =
        'phrase' in item ? this.#phraseSpans(item.phrase, doc) : this.#termSpans(item.expansions, doc);
      let confirmed = false;
      for (const [segment, spans] of spansBySegment) {
        const text = textOf(segment);
        if (text === undefined) continue;
        const kept = phrase ? spans.filter((span) => phraseIsThere(termsAt(segment, text), span, phrase)) : spans;
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
          // Most query items first, then body paragraphs (in order) before metadata fields.
          y.items.size - x.items.size || Number(b > 0) - Number(a > 0) || Math.abs(a) - Math.abs(b),
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

/** Orders documents best score first (ties: newer first). */
function byScore(scores: Float64Array): (a: number, b: number) => number {
  return (a, b) => scores[b]! - scores[a]! || a - b;
}

/**
 * Puts at least the `k` best-scoring documents first, in order, and returns how many leading documents are in
 * order; the rest stay unordered behind them. Sorting 8,000 matches for a page of 10 would be most of a query's time.
 */
function sortTopFirst(docs: number[], scores: Float64Array, k: number): number {
  if (docs.length <= k * 4) {
    docs.sort(byScore(scores));
    return docs.length;
  }
  const values = Float64Array.from(docs, (d) => scores[d]!).sort();
  const threshold = values[values.length - k]!;
  const top: number[] = [];
  const rest: number[] = [];
  for (const d of docs) (scores[d]! >= threshold ? top : rest).push(d);
  top.sort(byScore(scores));
  for (let i = 0; i < top.length; i++) docs[i] = top[i]!;
  for (let i = 0; i < rest.length; i++) docs[top.length + i] = rest[i]!;
  return top.length;
}

function sortedHas(sorted: number[], value: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo] === value;
}

/** True when the words of `span` (a segment's terms) are the phrase's words, stopwords included. */
function phraseIsThere(terms: string[], span: Span, phrase: QueryPhrase): boolean {
  const words = terms.slice(span.from, span.to + 1);
  return words.length === phrase.words.length && words.every((w, i) => w === phrase.words[i]);
}
