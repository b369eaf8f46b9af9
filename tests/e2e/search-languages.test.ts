import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, useBuiltSite } from './harness.ts';

// The site built from the multilingual fixture archive: clips in Spanish, French, German, Portuguese, Italian,
// Japanese and Chinese, each with its `lang`.
const FIXTURE = path.join(PROJECT_ROOT, 'tests/fixtures/multilingual');

const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'search-languages-')), 'dist');

beforeAll(async () => {
  const env: NodeJS.ProcessEnv = { ...process.env, CLIPS_DIR: FIXTURE, OUT_DIR: outDir };
  delete env['VITEST'];
  const built = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: PROJECT_ROOT,
    env,
    encoding: 'utf8',
  });
  expect(built.status, built.stdout + built.stderr).toBe(0);
}, 600_000);
const site = useBuiltSite(outDir);

async function firstResult(page: Page, query: string) {
  await page.locator('#search-q').fill(query);
  await page.waitForFunction(
    (q) => (document.querySelector('[data-search-status]')?.textContent ?? '').includes(`“${q}”`),
    query,
  );
  return page
    .locator('[data-search-results] > li')
    .first()
    .evaluate((li) => ({
      href: li.querySelector('h2 a')?.getAttribute('href') ?? '',
      lang: li.querySelector('h2')?.getAttribute('lang') ?? null,
      marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
    }));
}

describe('search in the clip’s language', () => {
  it('finds Spanish, French, German, Portuguese and Italian clips by other inflections of their words', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}search/`);
    for (const [query, slug, lang, written] of [
      ['vecino', 'ciudad-santuario-es-fixture', 'es', 'vecinos'],
      ['expulsion', 'villes-refuges-fr-fixture', 'fr', 'expulsées'],
      ['Abschiebung', 'zufluchtsstaedte-de-fixture', 'de', 'Abschiebungen'],
      ['deportação', 'cidades-santuario-pt-fixture', 'pt', 'deportações'],
      ['espulsione', 'citta-santuario-it-fixture', 'it', 'espulsioni'],
    ] as const) {
      const first = await firstResult(page, query);
      expect(first.href, query).toContain(slug);
      expect(first.lang, query).toBe(lang);
      expect(first.marks, query).toContain(written); // the word as the clip writes it is highlighted
    }
    // Spanish and Portuguese share the stem: "deportaciones" finds both the Spanish "deportación" and the
    // Portuguese "deportações".
    await firstResult(page, 'deportaciones');
    const marks = await page.locator('[data-search-results] mark').allTextContents();
    expect(marks).toEqual(expect.arrayContaining(['deportación', 'deportações']));
    await page.close();
  });

  it('finds Japanese and Chinese clips by a two-character word', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}search/`);
    const japanese = await firstResult(page, '送還');
    expect(japanese.href).toContain('seiiki-toshi-ja-fixture');
    expect(japanese.marks).toContain('送還');
    const chinese = await firstResult(page, '庇护');
    expect(chinese.href).toContain('bihu-chengshi-zh-fixture');
    expect(chinese.marks).toContain('庇护');
    await page.close();
  });

  it('folds accents and reads 70% as 70 percent', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}search/`);
    expect((await firstResult(page, 'Burgermeister')).marks).toContain('Bürgermeister');
    const percent = await firstResult(page, '70 percent');
    expect(percent.href).toContain('ciudad-santuario-es-fixture');
    expect(percent.marks).toContain('70%');
    await page.close();
  });
});

describe('a clip page in another language than the site’s', () => {
  it('sets the clip’s language on its title and text, and only there, so both read and hyphenate in it', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.url}clips/zufluchtsstaedte-de-fixture/`);
    const langs = await page.evaluate(() => ({
      page: document.documentElement.lang,
      title: document.querySelector('h1')?.getAttribute('lang'),
      text: document.querySelector('[data-clip-body]')?.getAttribute('lang'),
      record: document.querySelector('.record')?.closest('[lang]')?.getAttribute('lang'),
      hyphens: getComputedStyle(document.querySelector('[data-clip-body] p')!).hyphens,
    }));
    expect(langs).toEqual({ page: 'en', title: 'de', text: 'de', record: 'en', hyphens: 'auto' });
    await page.close();
  });
});
