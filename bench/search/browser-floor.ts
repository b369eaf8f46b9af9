// Bundled for the benchmark's Chromium page: no engine at all, each keystroke draws ten fixed results. Its keystroke
// to painted time is what the browser's frame alone costs on this machine, the floor under both engines' figures.
import { measureTyping } from './browser-harness.ts';

const list = document.querySelector<HTMLOListElement>('#results')!;

measureTyping(async (query) => () => {
  list.replaceChildren(
    ...Array.from({ length: 10 }, (_, i) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `/clips/${i}/`;
      link.textContent = `Result ${i + 1} for ${query}`;
      const excerpt = document.createElement('p');
      excerpt.textContent =
        'A sentence of about the length of a snippet, drawn the same way for every keystroke. '.repeat(2);
      item.append(link, excerpt);
      return item;
    }),
  );
});
