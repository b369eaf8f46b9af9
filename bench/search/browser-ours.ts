// Bundled for the benchmark's Chromium page: the archive's engine and result rendering, driven like /search/.
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { renderResults } from '../../src/scripts/search-render.ts';
import { measureTyping } from './browser-harness.ts';

let engine: Promise<SearchEngine> | undefined;
const list = document.querySelector<HTMLOListElement>('#results')!;

measureTyping(async (query) => {
  engine ??= SearchEngine.open(async (file) => (await fetch(`ours/${file}`)).json());
  const response = await (await engine).search(query, { limit: 10 });
  return () => renderResults(list, '/', response);
});
