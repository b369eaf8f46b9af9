import { SearchEngine, type SearchResponse, type SortOrder } from '../lib/search/engine.ts';
import { renderFacet, renderResults, renderStatus } from './search-render.ts';

// The /search/ page: loads the index on first use, searches as the reader types (one search in flight, the latest
// query wins), keeps the query in the URL, and lets arrow keys move through the results.

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) setUp(root);

const PAGE_SIZE = 20;

function setUp(root: HTMLElement): void {
  const base = root.dataset['base'] ?? '/';
  const indexUrl = root.dataset['index'] ?? `${base}search/data/`;
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-primary]')!;
  const outletSelect = root.querySelector<HTMLSelectElement>('[data-search-outlet]')!;
  const yearSelect = root.querySelector<HTMLSelectElement>('[data-search-year]')!;
  const sortSelect = root.querySelector<HTMLSelectElement>('[data-search-sort]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const results = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  form.hidden = false;

  let engine: Promise<SearchEngine> | undefined;
  const open = (): Promise<SearchEngine> =>
    (engine ??= SearchEngine.open(async (file) => {
      const response = await fetch(indexUrl + file);
      if (!response.ok) throw new Error(`Could not load the search index (${file}: HTTP ${response.status}).`);
      return response.json();
    }));

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  let outlet = params.get('outlet') ?? '';
  let year = params.get('year') ?? '';
  sortSelect.value = params.get('sort') === 'date' ? 'date' : 'relevance';
  let limit = PAGE_SIZE;

  let running = false;
  let pending = false;

  async function run(): Promise<void> {
    if (running) {
      pending = true;
      return;
    }
    running = true;
    try {
      do {
        pending = false;
        await searchOnce();
      } while (pending);
    } catch (error) {
      status.textContent = error instanceof Error ? error.message : 'Search failed.';
    } finally {
      running = false;
    }
  }

  async function searchOnce(): Promise<void> {
    const q = input.value;
    updateUrl(q);
    if (q.trim() === '') {
      results.replaceChildren();
      status.textContent = '';
      empty.hidden = true;
      more.hidden = true;
      renderFacet(outletSelect, 'All outlets', [], '');
      renderFacet(yearSelect, 'All years', [], '');
      return;
    }
    if (!engine) status.textContent = 'Loading the search index…';
    const search = await open();
    // An outlet from an old link that the index no longer has matches nothing rather than being ignored.
    const outletIndex = outlet ? search.meta.outlets.indexOf(outlet) : null;
    const response = await search.search(q, {
      outlet: outletIndex === -1 ? search.meta.outlets.length : outletIndex,
      year: year ? Number(year) : null,
      sort: sortSelect.value as SortOrder,
      limit,
    });
    if (pending) return; // a newer query is waiting: do not paint this one
    show(q, response);
  }

  function show(q: string, response: SearchResponse): void {
    renderResults(results, base, response);
    renderFacet(outletSelect, 'All outlets', response.facets.outlets, outlet);
    renderFacet(yearSelect, 'All years', response.facets.years, year);
    renderStatus(status, q.trim(), response);
    empty.hidden = response.total > 0;
    more.hidden = response.results.length >= response.total;
  }

  function updateUrl(q: string): void {
    const url = new URL(location.href);
    const set = (key: string, value: string) =>
      value ? url.searchParams.set(key, value) : url.searchParams.delete(key);
    set('q', q);
    set('outlet', outlet);
    set('year', year);
    set('sort', sortSelect.value === 'date' ? 'date' : '');
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }

  const restart = () => {
    limit = PAGE_SIZE;
    void run();
  };
  input.addEventListener('input', restart);
  input.addEventListener('focus', () => void open().catch(() => undefined), { once: true });
  outletSelect.addEventListener('change', () => {
    outlet = outletSelect.value;
    restart();
  });
  yearSelect.addEventListener('change', () => {
    year = yearSelect.value;
    restart();
  });
  sortSelect.addEventListener('change', restart);
  more.addEventListener('click', () => {
    limit += PAGE_SIZE;
    void run();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    restart();
  });

  // Arrow keys move between the input and the result titles; Enter on a title follows it.
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...results.querySelectorAll<HTMLAnchorElement>('[data-result-link]')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement !== input && at === -1) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  });

  if (input.value) void run();
}
