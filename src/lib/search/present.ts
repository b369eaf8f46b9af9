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
 * Where the words are comes from the postings; a paragraph is tokenized only when it is shown as a snippet or a
 * phrase must be confirmed in it, as that is what costs (a common word is in most paragraphs of every result).
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
  const tokensOf = new Map<number, ReturnType<typeof tokenize> | undefined>();
  const tokensOfSegment = (segment: number) => {
    if (!tokensOf.has(segment)) {
      const text = textOf(segment);
      tokensOf.set(segment, text === undefined ? undefined : tokenize(text));
    }
    return tokensOf.get(segment);
  };

  // Per segment, the spans of each item found there; phrase spans stay candidates until confirmed on the text.
  const found = items.map((item) =>
    'phrase' in item
      ? phraseSpansInDoc(item.anchors, item.phrase.words.length, doc)
      : spansOf(positionsInDoc(item.postings, doc)),
  );
  const bySegment = new Map<number, Map<number, Span[]>>();
  found.forEach((spansBySegment, i) => {
    for (const [segment, spans] of spansBySegment) {
      if (textOf(segment) === undefined) continue;
      let entry = bySegment.get(segment);
      if (!entry) bySegment.set(segment, (entry = new Map()));
      entry.set(i, spans);
    }
  });
  const confirmedIn = new Set<number>();
  const phraseConfirmed = new Set<number>();
  /** Keeps the phrase spans of a segment that hold word for word (stop words included), drops the others. */
  const confirm = (segment: number) => {
    if (confirmedIn.has(segment)) return;
    confirmedIn.add(segment);
    const entry = bySegment.get(segment);
    if (!entry) return;
    const tokens = tokensOfSegment(segment)!;
    for (const [i, spans] of entry) {
      const item = items[i]!;
      if (!('phrase' in item)) continue;
      const kept = spans.filter((span) => item.phrase.words.every((w, k) => tokens[span.from + k]?.term === w.term));
      if (kept.length === 0) entry.delete(i);
      else {
        entry.set(i, kept);
        phraseConfirmed.add(i);
      }
    }
    if (entry.size === 0) bySegment.delete(segment);
  };
  const hasPhrase = (segment: number) => [...bySegment.get(segment)!.keys()].some((i) => 'phrase' in items[i]!);
  const snippetSegments = () =>
    [...bySegment]
      .filter(([segment]) => segment !== 0)
      .map(([segment, entry]) => {
        const spans = [...entry.values()].flat();
        // Counted once per segment, not once per comparison: a long clip has hundreds of matching paragraphs.
        return { segment, entry, spans, close: closeMatches(spans) };
      })
      .sort(
        (x, y) =>
          // Most query items first, then matches standing together, then body paragraphs (in order) before fields.
          y.entry.size - x.entry.size ||
          y.close - x.close ||
          Number(y.segment > 0) - Number(x.segment > 0) ||
          Math.abs(x.segment) - Math.abs(y.segment),
      )
      .slice(0, MAX_SNIPPETS);
  // Confirm the phrases where snippets would come from until the snippets stand, then wherever each phrase is
  // still unconfirmed, until it is found once (or the clip is not a result after all).
  for (let shown = snippetSegments(); ; shown = snippetSegments()) {
    const toConfirm = shown.filter((s) => !confirmedIn.has(s.segment) && hasPhrase(s.segment));
    if (toConfirm.length === 0) break;
    for (const { segment } of toConfirm) confirm(segment);
  }
  if (bySegment.has(0) && hasPhrase(0)) confirm(0);
  for (let i = 0; i < items.length; i++) {
    if (!('phrase' in items[i]!) || phraseConfirmed.has(i)) continue;
    for (const [segment, entry] of [...bySegment]) if (!phraseConfirmed.has(i) && entry.has(i)) confirm(segment);
    if (!phraseConfirmed.has(i)) return null;
  }

  // Snippets first: the paragraphs they tokenize are the ones the word forms below are judged on.
  const snippets: ResultSnippet[] = snippetSegments().map(({ segment, spans }) => ({
    ...makeSnippet(textOf(segment)!, spans, tokensOfSegment(segment)),
    kind: segment > 0 ? 'paragraph' : (stored.fields[-segment - 1]?.[0] ?? 'title'),
    paragraph: segment > 0 ? segment : null,
  }));
  const lacks: string[] = [];
  let formIdf = 0;
  items.forEach((item, i) => {
    if (!('word' in item)) return;
    const segments = [...bySegment].filter(([, entry]) => entry.has(i)).map(([segment]) => segment);
    if (segments.length === 0) {
      lacks.push(item.word.term);
      return;
    }
    const read = segments.filter((segment) => tokensOf.has(segment));
    const sample = (read.length > 0 ? read : segments).slice(0, 2);
    formIdf += item.word.idf * formSimilarity(item.word, sample, found[i]!, tokensOfSegment);
    noteSurfaceForms(item, doc, tokensOfSegment, textOf, surface);
  });

  const result: SearchResult = {
    slug: stored.slug,
    title: highlightWhole(stored.title, [...(bySegment.get(0)?.values() ?? [])].flat()),
    outlet: stored.outlet,
    dateInWords: stored.dateInWords,
    year,
    lang: stored.lang ?? null,
    snippets,
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
  segments: readonly number[],
  found: Map<number, Span[]>,
  tokensOf: (segment: number) => ReturnType<typeof tokenize> | undefined,
): number {
  let best = 0;
  for (const segment of segments) {
    const spans = found.get(segment) ?? [];
    const tokens = tokensOf(segment);
    for (const span of spans.slice(0, 16)) {
      const written = tokens?.[span.from]?.term;
      if (!written) continue;
      best = Math.max(best, similarity(word.term, written));
      if (best === 1) return 1;
    }
  }
  return best;
}
/** Edit distances already computed: the same few forms of a word come back in every result and on every keystroke. */
const similarities = new Map<string, number>();

function similarity(typed: string, written: string): number {
  if (typed === written) return 1;
  const pair = `${typed} ${written}`;
  let value = similarities.get(pair);
  if (value === undefined) {
    const length = Math.max(written.length, typed.length);
    value = 1 - editDistance(typed, written, length) / length;
    if (similarities.size >= 4096) similarities.clear();
    similarities.set(pair, value);
  }
  return value;
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
