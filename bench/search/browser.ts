// The Chromium part of the search benchmark: our engine and Pagefind on a page each, typed into as a reader types,
// timing the engine's search call and keystroke to results painted.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { build as esbuild } from 'esbuild';
import * as pagefind from 'pagefind';
import { launchBrowser, serveSite } from '../../tests/e2e/harness.ts';
import type { BenchClip } from './corpus.ts';
import { escapeHtml, fileGz, percentile, time, type Row } from './measure.ts';
import { QUERIES } from './queries.ts';

const BROWSER_REPEATS = 3;

/** Builds Pagefind's index of the clips into `dir/pagefind`; returns how long it took, ms. */
export async function buildPagefind(clips: BenchClip[], dir: string): Promise<number> {
  const [, ms] = await time(async () => {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    for (const clip of clips) {
      const html =
        `<html lang="en"><head><title>${escapeHtml(clip.doc.title)}</title></head><body><main data-pagefind-body>` +
        `<h1>${escapeHtml(clip.doc.title)}</h1>` +
        clip.doc.paragraphs.map((p) => `<p id="p-${p.n}">${escapeHtml(p.text)}</p>`).join('') +
        `</main></body></html>`;
      await index.addHTMLFile({ url: `/clips/${clip.doc.slug}/`, content: html });
    }
    await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
    await index.deleteIndex();
  });
  return ms;
}

/** Bundles a page per engine into `dir` (ours reads `dir/ours`, Pagefind `dir/pagefind`). */
async function writePages(dir: string, engines: string[]): Promise<void> {
  for (const name of engines) {
    await esbuild({
      entryPoints: [path.join(import.meta.dirname, `browser-${name}.ts`)],
      bundle: true,
      minify: true,
      format: 'esm',
      // Split as the site's bundler splits it: a language's stemmer is fetched only when the index holds it.
      splitting: true,
      outdir: dir,
      entryNames: name,
      chunkNames: `${name}-chunk-[hash]`,
      external: ['/pagefind/*'],
      logLevel: 'silent',
    });
    writeFileSync(
      path.join(dir, name === 'ours' ? 'index.html' : `${name}.html`),
      `<!doctype html><meta charset="utf-8"><title>${name}</title><input id="q"><ol id="results"></ol>` +
        `<script type="module" src="${name}.js"></script>`,
    );
  }
}

/** Our engine (and Pagefind, when its build time is given) in Chromium. */
export async function benchBrowser(size: number, dir: string, pagefindBuildMs: number | null): Promise<Row[]> {
  const engines = pagefindBuildMs === null ? ['ours', 'floor'] : ['ours', 'pagefind', 'floor'];
  await writePages(dir, engines);
  const site = await serveSite(dir);
  const browser = await launchBrowser();
  const rows: Row[] = [];
  const bytesOf = (urls: string[]) =>
    urls.reduce((sum, url) => {
      const file = path.join(dir, decodeURIComponent(new URL(url).pathname));
      return sum + (file.endsWith('.html') || file.endsWith('favicon.ico') ? 0 : fileGz(file));
    }, 0);
  // The floor page first: its figures go into the notes of the engines' rows.
  const pages: [string, string, number][] = [
    ['floor', `${site.url}floor.html`, NaN],
    ['ours', site.url, NaN],
  ];
  if (pagefindBuildMs !== null) pages.push(['Pagefind', `${site.url}pagefind.html`, pagefindBuildMs]);
  let floor = '';
  let floorP95: number | undefined;
  try {
    for (const [engine, pageUrl, buildMs] of pages) {
      const page = await browser.newPage();
      const urls: string[] = [];
      page.on('request', (r) => urls.push(r.url().split('?')[0]!));
      await page.goto(pageUrl);
      const input = page.locator('#q');
      /** Runs an input action and returns [keystroke to painted, search alone] for the query it caused. */
      const measure = async (action: () => Promise<void>): Promise<[number, number]> => {
        const before = await page.evaluate(() => window.benchPainted.length);
        await action();
        await page.waitForFunction((n) => window.benchPainted.length > n, before);
        return page.evaluate(() => [window.benchPainted.at(-1)!, window.benchSearch.at(-1)!] as [number, number]);
      };
      const type = async (query: string) => {
        await measure(() => input.fill(query.slice(0, -1)));
        return measure(() => input.press(query.at(-1)!));
      };
      urls.length = 0;
      const [coldPaint] = await type(QUERIES[0]!.query);
      const firstQueryBytes = bytesOf(urls);
      const painted: number[] = [];
      const searched: number[] = [];
      const drawn: number[] = [];
      for (const { query } of QUERIES) await type(query); // load what every query needs once
      for (let r = 0; r < BROWSER_REPEATS; r++) {
        for (const { query } of QUERIES) {
          const [p, s] = await type(query);
          painted.push(p);
          searched.push(s);
          drawn.push(await page.evaluate(() => window.benchDrawn.at(-1)!));
        }
      }
      await page.close();
      const paintedP95 = percentile(painted, 95);
      const ms = (values: number[], p: number) => `${percentile(values, p).toFixed(1)} ms`;
      if (engine === 'floor') {
        floorP95 = paintedP95;
        floor = `; a page that draws ten fixed results without searching, same machine and run: p50 ${ms(painted, 50)}, p95 ${ms(painted, 95)}`;
        continue;
      }
      rows.push({
        engine,
        size,
        buildMs,
        firstQueryBytes,
        p50: percentile(searched, 50),
        p95: percentile(searched, 95),
        where: 'Chromium',
        paintedP95,
        floorP95,
        note:
          `keystroke to top 10 painted: p50 ${ms(painted, 50)}, p95 ${ms(painted, 95)} ` +
          `(first query, index not yet loaded: ${coldPaint.toFixed(0)} ms); keystroke to results in the DOM, before ` +
          `the browser's frame: p95 ${ms(drawn, 95)}${floor}`,
      });
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return rows;
}
