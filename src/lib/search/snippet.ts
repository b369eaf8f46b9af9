import { tokenize, type Token } from './tokenize.ts';

/** A piece of text and the ranges (UTF-16 offsets, end exclusive) to highlight in it. */
export interface HighlightedText {
  text: string;
  highlights: [start: number, end: number][];
}

export interface Snippet extends HighlightedText {
  /** A text directive (`:~:text=...`) that makes the browser scroll to and highlight the match. */
  textDirective: string;
}

/** A matched run of words in a segment: token positions `from..to` inclusive. */
export interface Span {
  from: number;
  to: number;
}

/** A snippet is the sentence holding the most matches, cut to this many words around them when longer. */
const MAX_SNIPPET_WORDS = 40;
const WORDS_BEFORE_MATCH = 12;

// A sentence ends at . ! ? (or their CJK forms) and closing quotes or brackets, before a space and a capital,
// digit or opening quote, or at once after a CJK full stop. Abbreviations such as "U.S." or "Mr." do not end one.
const SENTENCE_END = /[.!?…]+["'”’»)\]]*\s+(?=[\p{Lu}\p{N}"'“‘«¿¡(])|[。！？]+[」』”’）]*/gu;
const ABBREVIATION =
  /(?:\b\p{L}|\b(?:Mr|Mrs|Ms|Dr|St|Sr|Jr|Gen|Gov|Sen|Rep|Lt|Col|Capt|Prof|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Sra|Sr|Mme|Mlle|Nr|bzw|z\.B))\.$/u;

/** Character ranges of the sentences of a text. A regular expression rather than Intl.Segmenter: it runs for every snippet of every keystroke. */
export function sentenceRanges(text: string): [start: number, end: number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
    const end = match.index + match[0].length;
    const before = text.slice(Math.max(start, match.index - 6), match.index + 1);
    if (match[0].startsWith('.') && ABBREVIATION.test(before)) continue;
    ranges.push([start, end]);
    start = end;
  }
  if (start < text.length) ranges.push([start, text.length]);
  return ranges;
}

/**
 * The sentence around a passage's matches: the sentence with the most matched words (the first, on a tie), cut to
 * about 40 words around its matches when it is longer. `spans` are token positions as the index records them, so
 * the same tokenizer gives the same words here.
 */
export function makeSnippet(text: string, spans: Span[], tokens: Token[] = tokenize(text)): Snippet {
  const valid = spans
    .filter((s) => s.from >= 0 && s.to < tokens.length && s.from <= s.to)
    .sort((a, b) => a.from - b.from);
  // Token range of each sentence, and how many matches start in it.
  let best: [first: number, last: number] = [0, tokens.length - 1];
  let bestCount = -1;
  let t = 0;
  for (const [, end] of sentenceRanges(text)) {
    const first = t;
    while (t < tokens.length && tokens[t]!.start < end) t++;
    if (t === first) continue;
    const count = valid.filter((s) => s.from >= first && s.from < t).length;
    if (count > bestCount) [best, bestCount] = [[first, t - 1], count];
  }
  let [first, last] = best;
  if (last - first + 1 > MAX_SNIPPET_WORDS) {
    const inside = valid.filter((s) => s.from >= first && s.to <= last);
    // Start where the most matches fall within the window, a few words before the first of them.
    let start = inside[0]?.from ?? first;
    let most = 0;
    for (const span of inside) {
      const count = inside.filter(
        (s) => s.from >= span.from && s.to < span.from + MAX_SNIPPET_WORDS - WORDS_BEFORE_MATCH,
      ).length;
      if (count > most) [start, most] = [span.from, count];
    }
    first = Math.max(first, start - WORDS_BEFORE_MATCH);
    last = Math.min(last, first + MAX_SNIPPET_WORDS - 1);
  }
  const sliceStart = first === 0 ? 0 : (tokens[first]?.start ?? 0);
  const sliceEnd =
    last >= tokens.length - 1 ? text.length : sentenceEndAfter(text, tokens[last]!.end, tokens[last + 1]!.start);
  const prefix = sliceStart > 0 ? '… ' : '';
  const suffix = sliceEnd < text.length ? ' …' : '';
  const shift = prefix.length - sliceStart;
  const highlights: [number, number][] = [];
  for (const span of valid) {
    if (span.from < first || span.to > last) continue;
    const range: [number, number] = [tokens[span.from]!.start + shift, tokens[span.to]!.end + shift];
    const previous = highlights[highlights.length - 1];
    if (previous && previous[1] >= range[0]) previous[1] = Math.max(previous[1], range[1]);
    else highlights.push(range);
  }
  const target = valid.find((s) => s.from >= first) ?? valid[0];
  return {
    text: prefix + text.slice(sliceStart, sliceEnd).trim() + suffix,
    highlights,
    textDirective: target ? textDirective(text, tokens, target) : '',
  };
}

/** Where to end a snippet after its last word: past the sentence's closing punctuation, if it follows. */
function sentenceEndAfter(text: string, wordEnd: number, nextWordStart: number): number {
  const between = text.slice(wordEnd, nextWordStart);
  const closing = /^[^\s\p{L}\p{N}]*/u.exec(between)?.[0] ?? '';
  return wordEnd + closing.length;
}

/** Highlights for a short text shown whole (a title). */
export function highlightWhole(text: string, spans: Span[]): HighlightedText {
  if (spans.length === 0) return { text, highlights: [] };
  const tokens = tokenize(text);
  const highlights: [number, number][] = [];
  for (const span of [...spans].sort((a, b) => a.from - b.from)) {
    const from = tokens[span.from];
    const to = tokens[span.to];
    if (!from || !to) continue;
    const previous = highlights[highlights.length - 1];
    if (previous && previous[1] >= from.start) previous[1] = Math.max(previous[1], to.end);
    else highlights.push([from.start, to.end]);
  }
  return { text, highlights };
}

/**
 * `:~:text=prefix-,match`: the matched words, preceded by up to four words of context so the browser picks this
 * occurrence and not an earlier one on the page.
 */
function textDirective(text: string, tokens: Token[], span: Span): string {
  const match = text.slice(tokens[span.from]!.start, tokens[span.to]!.end);
  const contextStart = tokens[Math.max(0, span.from - 4)]!.start;
  const context = text.slice(contextStart, tokens[span.from]!.start).trim();
  return ':~:text=' + (context ? `${encodeTextDirective(context)}-,` : '') + encodeTextDirective(match);
}

/** Percent-encodes for a text directive: besides what encodeURIComponent does, "-" must be encoded (so must "&" and ","). */
export function encodeTextDirective(value: string): string {
  return encodeURIComponent(value).replace(/-/g, '%2D');
}
