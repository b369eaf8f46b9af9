import type { FacetValue, ResultSnippet, SearchResponse, SearchResult } from '../lib/search/engine.ts';
import type { HighlightedText } from '../lib/search/snippet.ts';
import { clipPath, paragraphPath } from '../lib/site/site-urls.ts';

// Everything here builds DOM nodes with createElement and textContent: text from a query or a clip is never parsed
// as markup.

const KIND_LABELS: Record<Exclude<ResultSnippet['kind'], 'paragraph'>, string> = {
  title: 'Title',
  outlet: 'Outlet',
  'original outlet': 'Originally from',
  author: 'Author',
  person: 'Person quoted',
  figure: 'Figure',
  'cited source': 'Cites',
};

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Appends `text` to `parent` with its highlight ranges wrapped in <mark>. */
export function appendHighlighted(parent: HTMLElement, { text, highlights }: HighlightedText): void {
  let at = 0;
  for (const [start, end] of highlights) {
    if (start < at || end > text.length) continue;
    if (start > at) parent.append(document.createTextNode(text.slice(at, start)));
    parent.append(el('mark', undefined, text.slice(start, end)));
    at = end;
  }
  if (at < text.length) parent.append(document.createTextNode(text.slice(at)));
}

export function snippetHref(base: string, slug: string, snippet: ResultSnippet): string {
  return snippet.paragraph === null
    ? clipPath(base, slug)
    : paragraphPath(base, slug, snippet.paragraph) + snippet.textDirective;
}

function renderSnippet(base: string, result: SearchResult, snippet: ResultSnippet): HTMLLIElement {
  const item = el('li');
  const link = el('a', 'search-snippet');
  link.href = snippetHref(base, result.slug, snippet);
  const where =
    snippet.paragraph === null
      ? KIND_LABELS[snippet.kind as keyof typeof KIND_LABELS]
      : `Paragraph ${snippet.paragraph}`;
  link.append(el('span', 'search-snippet-where', `${where}: `));
  const quote = el('span', 'search-snippet-text');
  if (result.lang) quote.lang = result.lang;
  appendHighlighted(quote, snippet);
  link.append(quote);
  item.append(link);
  return item;
}

export function renderResult(base: string, result: SearchResult): HTMLLIElement {
  const item = el('li', 'search-result');
  const heading = el('h2');
  const link = el('a');
  link.href = clipPath(base, result.slug);
  link.dataset['resultLink'] = '';
  appendHighlighted(link, result.title);
  heading.append(link);
  item.append(heading);
  item.append(el('p', 'search-result-meta', [result.outlet ?? 'Unknown site', result.dateInWords].join(' · ')));
  if (result.lang) {
    heading.lang = result.lang;
  }
  if (result.lacks.length > 0) {
    const lacks = el('p', 'search-result-lacks', 'Does not contain: ');
    result.lacks.forEach((word, i) => lacks.append(i > 0 ? ', ' : '', el('s', undefined, word)));
    item.append(lacks);
  }
  if (result.snippets.length > 0) {
    const list = el('ul', 'search-snippets');
    for (const snippet of result.snippets) list.append(renderSnippet(base, result, snippet));
    item.append(list);
  }
  return item;
}

/** Replaces the results list's content; returns how many results were drawn. */
export function renderResults(list: HTMLElement, base: string, response: SearchResponse): number {
  list.replaceChildren(...response.results.map((r) => renderResult(base, r)));
  return response.results.length;
}

/** Fills a <select> with "All ... (n)" and one option per facet value with its count, keeping the selection. */
export function renderFacet(select: HTMLSelectElement, allLabel: string, values: FacetValue[], selected: string): void {
  const all = el('option', undefined, allLabel);
  all.value = '';
  const options = values.map((v) => {
    const option = el('option', undefined, `${v.label} (${v.count})`);
    option.value = v.label;
    return option;
  });
  if (selected && !values.some((v) => v.label === selected)) {
    const kept = el('option', undefined, `${selected} (0)`);
    kept.value = selected;
    options.push(kept);
  }
  select.replaceChildren(all, ...options);
  select.value = selected;
}

/** Up to this many words are listed in a note; the rest are counted. */
const LISTED_WORDS = 8;

/** Appends "a, b and 3 more" with each word in <em>. */
function appendWords(parent: HTMLElement, words: string[]): void {
  const listed = words.slice(0, LISTED_WORDS);
  listed.forEach((word, i) => {
    if (i > 0) parent.append(i === listed.length - 1 && words.length <= LISTED_WORDS ? ' and ' : ', ');
    parent.append(el('em', undefined, word));
  });
  if (words.length > LISTED_WORDS) parent.append(` and ${words.length - LISTED_WORDS} more`);
}

/**
 * The status line: how many clips match, then what became of the query's words: corrected ("showing results for
 * Albence"), absent from every clip, left out as too common, or, in a long pasted text, as less distinctive.
 */
export function renderStatus(status: HTMLElement, query: string, response: SearchResponse): void {
  const { plan, total, totalAll, results, shownFor } = response;
  const count =
    total === 0
      ? `No clips match “${query}”.`
      : `${total} ${total === 1 ? 'clip matches' : 'clips match'} “${query}”` +
        (totalAll === total
          ? '.'
          : totalAll === 0
            ? '; none contains every word.'
            : `; ${totalAll} ${totalAll === 1 ? 'contains' : 'contain'} every word.`) +
        (results.length < total ? ` Showing the first ${results.length}.` : '');
  status.replaceChildren(count);
  const note = (before: string, words: string[], after = '.') => {
    if (words.length === 0) return;
    status.append(` ${before}`);
    appendWords(status, words);
    status.append(after);
  };
  note(
    'Showing results for ',
    plan.corrected.map((c) => shownFor[c.typed] ?? c.terms[0]!),
    plan.corrected.length === 1 ? ` (for “${plan.corrected[0]!.typed}”).` : '.',
  );
  note('No clip contains ', plan.missing);
  if (plan.leftOut.length > 0) {
    status.append(` A long text: searched for its ${plan.words.length} most distinctive words, leaving out `);
    appendWords(status, plan.leftOut);
    status.append('.');
  }
  note('Common words left out: ', plan.common);
}
