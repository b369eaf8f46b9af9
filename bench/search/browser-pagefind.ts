// Bundled for the benchmark's Chromium page: Pagefind's own JS, with its top 10 drawn the same way as ours.
import { measureTyping } from './browser-harness.ts';

interface PagefindResult {
  data: () => Promise<{ url: string; meta: { title?: string }; excerpt: string }>;
}
interface PagefindApi {
  options: (o: object) => Promise<void>;
  search: (q: string) => Promise<{ results: PagefindResult[] }>;
}

let pagefind: Promise<PagefindApi> | undefined;
const list = document.querySelector<HTMLOListElement>('#results')!;

measureTyping(async (query) => {
  pagefind ??= (async () => {
    const api = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as PagefindApi;
    await api.options({ baseUrl: '/' });
    return api;
  })();
  const search = await (await pagefind).search(query);
  const top = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
  return () => {
    list.replaceChildren(
      ...top.map((r) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = r.url;
        link.textContent = r.meta.title ?? r.url;
        const excerpt = document.createElement('p');
        excerpt.textContent = r.excerpt.replace(/<\/?mark>/g, '');
        item.append(link, excerpt);
        return item;
      }),
    );
  };
});
