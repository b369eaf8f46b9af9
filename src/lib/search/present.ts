import type { SegmentKind, StoredDoc } from './index-format.ts';
import { phraseSpansInDoc, type PhraseAnchor } from './phrase-match.ts';
import { positionsInDoc, segmentsAt, slotOf, type DecodedPostings } from './postings.ts';
import type { PlannedPhrase, PlannedWord } from './query-plan.ts';
import { highlightWhole, makeSnippet, type HighlightedText, type Snippet, type Span } from './snippet.ts';
import { tokenize } from './tokenize.ts';
import { editDistance } from './vocabulary.ts';

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
  /** The clip's language (BCP 47), so its title and snippets can be marked up in it. */
  lang: string | null;
  snippets: ResultSnippet[];
  /** The query's loose words this clip does not contain (when it matches only some of them). */
  lacks: string[];
}

/** A query item as the presenter sees it: where it matched in the document, by segment. */
export type PresentedItem =
  { word: PlannedWord; postings: DecodedPostings[] } | { phrase: PlannedPhrase; anchors: PhraseAnchor[] };

const MAX_SNIPPETS = 3;

/**
 * Builds a result with its title and snippets highlighted, or null when a quoted phrase is not there word for word
 * (phrases are matched on indexed words; the stop words between them are checked here, on the text). `surface`
 * collects the words as written in the text for each corrected term, for "showing results for …". `formIdf` sums
 * the IDF of the query's words, each times how closely the clip writes it as typed, for ranking the results shown.
 */
export function presentResult(
  doc: number,
  stored: StoredDoc,
  year: number | null,
  items: readonly PresentedItem[],
  surface: Map<string, string>,
): { result: SearchResult; formIdf: number } | null {
  // A long clip has hundreds of paragraphs, each looked up once per query word that matches in it.
  const paragraphs = new Map<number, string>(stored.paragraphs.map(([n, text]) => [n, text]));
  const textOf = (segment: number): string | undefined =>
    segment === 0 ? stored.title : segment < 0 ? stored.fields[-segment - 1]?.[1] : paragraphs.get(segment);
  const tokensOf = new Map<number, ReturnType<typeof tokenize>>();
  const tokensAt = (segment: number, text: string) => {
    let tokens = tokensOf.get(segment);
    if (!tokens) tokensOf.set(segment, (tokens = tokenize(text)));
    return tokens;
  };
  const tokensOfSegment = (segment: number) => {
    const text = textOf(segment);
    return text === undefined ? undefined : tokensAt(segment, text);
  };

  const bySegment = new Map<number, { spans: Span[]; items: Set<number> }>();
  const lacks: string[] = [];
  let formIdf = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const found =
      'phrase' in item
        ? phraseSpansInDoc(item.anchors, item.phrase.words.length, doc)
        : spansOf(positionsInDoc(item.postings, doc));
    let confirmed = false;
    for (const [segment, spans] of found) {
      const text = textOf(segment);
      if (text === undefined) continue;
      // Only a phrase needs the paragraph's words (its stop words are checked on the text); tokenizing every
      // paragraph a word occurs in would cost a whole long clip per query.
      let kept = spans;
      if ('phrase' in item) {
        const tokens = tokensAt(segment, text);
        kept = spans.filter((span) => item.phrase.words.every((w, k) => tokens[span.from + k]?.term === w.term));
      }
      if (kept.length === 0) continue;
      confirmed = true;
      let entry = bySegment.get(segment);
      if (!entry) bySegment.set(segment, (entry = { spans: [], items: new Set() }));
      entry.spans.push(...kept);
      entry.items.add(i);
    }
    if (!confirmed && 'phrase' in item) return null;
    if ('word' in item && confirmed) formIdf += item.word.idf * formSimilarity(item.word, found, tokensOfSegment);
    if ('word' in item) noteSurfaceForms(item, doc, tokensOfSegment, textOf, surface);
    if (!confirmed && 'word' in item) lacks.push(item.word.term);
  }

  const close = new Map([...bySegment].map(([segment, entry]) => [segment, closeMatches(entry.spans)]));
  const ranked = [...bySegment.entries()]
    .filter(([segment]) => segment !== 0)
    .sort(
      ([a, x], [b, y]) =>
        // Most query items first, then matches standing together, then body paragraphs (in order) before fields.
        y.items.size - x.items.size ||
        close.get(b)! - close.get(a)! ||
        Number(b > 0) - Number(a > 0) ||
        Math.abs(a) - Math.abs(b),
    )
    .slice(0, MAX_SNIPPETS);
  const result: SearchResult = {
    slug: stored.slug,
    title: highlightWhole(stored.title, bySegment.get(0)?.spans ?? []),
    outlet: stored.outlet,
    dateInWords: stored.dateInWords,
    year,
    lang: stored.lang ?? null,
    snippets: ranked.map(([segment, entry]) => ({
      ...makeSnippet(textOf(segment)!, entry.spans, tokensOfSegment(segment)),
      kind: segment > 0 ? 'paragraph' : (stored.fields[-segment - 1]?.[0] ?? 'title'),
      paragraph: segment > 0 ? segment : null,
    })),
    lacks,
  };
  return { result, formIdf };
}

/**
 * How closely the clip writes a query word to how it was typed: 1 for the same word (accents aside), less for
 * another form of it, by edit distance over the length ("deportaciones" is nearer "deportación" than "deportações").
 */
function formSimilarity(
  word: PlannedWord,
  found: Map<number, Span[]>,
  tokensOf: (segment: number) => ReturnType<typeof tokenize> | undefined,
): number {
  let best = 0;
  // The first two segments are enough to tell: each costs tokenizing a paragraph.
  for (const [segment, spans] of [...found].slice(0, 2)) {
    const tokens = tokensOf(segment);
    for (const span of spans.slice(0, 16)) {
      const written = tokens?.[span.from]?.term;
      if (!written) continue;
      const length = Math.max(written.length, word.term.length);
      best = Math.max(best, 1 - editDistance(word.term, written, length) / length);
      if (best === 1) return 1;
    }
  }
  return best;
}
/** How many matches stand right after another match (a phrase typed without quotes). */
function closeMatches(spans: readonly Span[]): number {
  const starts = new Set(spans.map((s) => s.from));
  return spans.filter((s) => starts.has(s.to + 1)).length;
}

function spansOf(positions: Map<number, number[]>): Map<number, Span[]> {
  return new Map([...positions].map(([segment, list]) => [segment, list.map((p) => ({ from: p, to: p }))]));
}

/**
 * Records how the best correction of a typed word is written in the text ("albense" -> "Albence"), the first time
 * it is seen. Expansions and their postings are in the same order, best correction first among the fuzzy ones.
 */
function noteSurfaceForms(
  item: { word: PlannedWord; postings: DecodedPostings[] },
  doc: number,
  tokensAt: (segment: number) => ReturnType<typeof tokenize> | undefined,
  textOf: (segment: number) => string | undefined,
  surface: Map<string, string>,
): void {
  const typed = item.word.term;
  if (surface.has(typed)) return;
  item.word.expansions.forEach((expansion, i) => {
    if (expansion.kind !== 'fuzzy' || surface.has(typed)) return;
    const postings = item.postings[i]!;
    const slot = slotOf(postings, doc);
    if (slot < 0) return;
    const [hit] = segmentsAt(postings, slot);
    const token = hit ? tokensAt(hit.segment)?.[hit.positions[0]!] : undefined;
    const text = hit ? textOf(hit.segment) : undefined;
    if (token && text) surface.set(typed, text.slice(token.start, token.end));
  });
}
