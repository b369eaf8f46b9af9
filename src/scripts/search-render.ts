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
