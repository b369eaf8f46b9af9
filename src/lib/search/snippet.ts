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

const WINDOW_BEFORE = 10;
const WINDOW_WORDS = 34;
const WHOLE_TEXT_CHARS = 260;

/**
 * Cuts a passage around its densest cluster of matches. `spans` are token positions as the index records them, so
 * the same tokenizer gives the same words here.
 */
export function makeSnippet(text: string, spans: Span[]): Snippet {
  const tokens = tokenize(text);
  const valid = spans
    .filter((s) => s.from >= 0 && s.to < tokens.length && s.from <= s.to)
    .sort((a, b) => a.from - b.from);
  let first = 0;
  let last = tokens.length - 1;
  if (text.length > WHOLE_TEXT_CHARS && tokens.length > WINDOW_WORDS) {
    // Start the window where the most spans begin within WINDOW_WORDS words.
    let best = valid[0]?.from ?? 0;
    let bestCount = 0;
    for (const span of valid) {
      const count = valid.filter((s) => s.from >= span.from && s.to < span.from + WINDOW_WORDS - WINDOW_BEFORE).length;
      if (count > bestCount) [best, bestCount] = [span.from, count];
    }
    first = Math.max(0, best - WINDOW_BEFORE);
    last = Math.min(tokens.length - 1, first + WINDOW_WORDS - 1);
  }
  const sliceStart = first === 0 ? 0 : tokens[first]!.start;
  const sliceEnd = last === tokens.length - 1 ? text.length : tokens[last]!.end;
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
    text: prefix + text.slice(sliceStart, sliceEnd) + suffix,
    highlights,
    textDirective: target ? textDirective(text, tokens, target) : '',
  };
}

/** Highlights for a short text shown whole (a title). */
export function highlightWhole(text: string, spans: Span[]): HighlightedText {
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
