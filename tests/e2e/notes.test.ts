import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveArchivePaths } from '../../src/lib/validation/archive-paths.ts';
import { validateArchive } from '../../src/lib/validation/archive-validation.ts';
import { PROJECT_ROOT, useBuiltSite } from './harness.ts';

// Archivist's notes and confidences as a reader meets them: beside the passage, on /notes/, in the bulk data, on About.
const archive = validateArchive(resolveArchivePaths(PROJECT_ROOT));
const CRANKS = 'ice-cranks-up-the-heat-on-sanctuary-cities';
const SLUG_TITLE = 'sanctuary-cities-sacrifice-safety';

const site = useBuiltSite();
let noJs: BrowserContext;

beforeAll(async () => {
  expect(archive.issues).toEqual([]);
  noJs = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
});

async function open(route: string): Promise<Page> {
  const page = await noJs.newPage();
  const response = await page.goto(site.url + route);
  expect(response?.status()).toBe(200);
  return page;
}

describe('archivist’s notes on the clip page', () => {
  for (const clip of archive.clips.filter((c) => c.data.notes.length > 0)) {
    it(`${clip.slug}: each note follows the paragraph holding its passage, which is marked and linked to it`, async () => {
      const page = await open(`clips/${clip.slug}/`);
      for (const [i, note] of clip.data.notes.entries()) {
        const id = `note-${i + 1}`;
        const box = page.locator(`[data-clip-body] #${id}[role="note"]`);
        expect(await box.count()).toBe(1);
        const text = await box.innerText();
        expect(text).toContain(`Archivist’s note ${i + 1}`);
        expect(text).toContain(note.note);
        expect(text).toContain(note.source.name);
        // The element just before the note is the paragraph with the passage, marked and linked to the note.
        const paragraph = await box.evaluate((el) => {
          let prev = el.previousElementSibling;
          while (prev && prev.classList.contains('clip-note')) prev = prev.previousElementSibling;
          const marks = [...(prev?.querySelectorAll('mark.noted-passage') ?? [])].map((m) => ({
            text: m.textContent,
            ref: m.nextElementSibling?.getAttribute('href'),
          }));
          return { tag: prev?.tagName, text: prev?.textContent ?? '', marks };
        });
        expect(paragraph.tag).toBe('P');
        const collapsed = (s: string) => s.replace(/\s+/g, ' ');
        expect(collapsed(paragraph.text)).toContain(collapsed(note.passage));
        expect(paragraph.marks).toContainEqual({
          text: expect.stringContaining(note.passage.trim().split(' ')[0]!),
          ref: `#${id}`,
        });
      }
      // The list below the text points to each note.
      const listed = await page.locator('#notes ~ ol.note-list > li').count();
      expect(listed).toBe(clip.data.notes.length);
      await page.close();
    });
  }

  it('a note is visibly the archive’s, fits a phone and does not widen the page', async () => {
    const page = await open(`clips/${CRANKS}/`);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      view: window.innerWidth,
      note: document.querySelector('.clip-note')!.getBoundingClientRect().width,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    expect(widths.note).toBeLessThanOrEqual(widths.view);
    const border = await page
      .locator('.clip-note')
      .first()
      .evaluate((el) => getComputedStyle(el).borderLeftWidth);
    expect(border).toBe('4px');
    await page.close();
  });
});

describe('confidence, title kinds and capture dates on the clip page', () => {
  it('shows the confidence beside each basis the research rated', async () => {
    const page = await open(`clips/${CRANKS}/`);
    const facts = await page.locator('dl.facts').innerText();
    expect(facts).toMatch(/found in a public copy, high confidence/);
    expect(facts).toMatch(/inferred from the evidence, medium–high confidence/);
    await page.close();
  });

  it('labels a title rebuilt from a URL slug as reconstructed, and a low-confidence unknown host', async () => {
    const page = await open(`clips/${SLUG_TITLE}/`);
    // The banner names the title's kind; the evidence below the text gives each basis with its confidence.
    const header = await page.locator('article header').innerText();
    expect(header).toContain('Title reconstructed by the archive (provisional)');
    const facts = await page.locator('dl.facts').innerText();
    expect(facts).toMatch(/not known, low confidence/);
    expect(facts).toMatch(/stated in the text, high confidence/);
    await page.close();
  });

  it('says how an inferred capture date is known', async () => {
    const page = await open('clips/ice-preparing-targeted-arrests-in-sanctuary-cities/');
    const facts = await page.locator('dl.facts').innerText();
    expect(facts).toMatch(/Captured on or after .*23 October 2020.* \(inferred from the evidence: /);
    await page.close();
  });
});

describe('the notes page, the bulk data and the About page', () => {
  it('/notes/ lists every note with its kind, its passage and a link to it beside the passage', async () => {
    const page = await open('notes/');
    const total = archive.clips.reduce((n, c) => n + c.data.notes.length, 0);
    expect(await page.locator('main h1').innerText()).toBe('Archivist’s notes');
    expect(await page.locator('ol.note-list > li').count()).toBe(total);
    const first = page.locator('ol.note-list > li').first();
    const href = await first.locator('a').first().getAttribute('href');
    expect(href).toMatch(/\/clips\/[a-z0-9-]+\/#note-\d+$/);
    const target = await open(href!.replace(/^\//, ''));
    expect(await target.locator(`#${href!.split('#')[1]}`).count()).toBe(1);
    await target.close();
    // Reachable from every page's navigation.
    expect(await page.locator('header nav a', { hasText: 'Notes' }).count()).toBe(1);
    await page.close();
  });

  it('the bulk data (clips JSON Lines) carries each note with its paragraph and address', async () => {
    const response = await fetch(`${site.url}data/clips-2020.jsonl`);
    const clips = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { slug: string; notes: { kind: string; paragraph: number; url: string }[] });
    const cranks = clips.find((c) => c.slug === CRANKS)!;
    expect(cranks.notes.map((n) => n.kind)).toEqual(['distortion', 'unsourced-claim', 'misattribution', 'typo']);
    expect(cranks.notes[0]).toMatchObject({
      paragraph: 1,
      url: expect.stringMatching(new RegExp(`/clips/${CRANKS}/#note-1$`)),
    });
  });

  it('About explains notes, confidence and title kinds in words', async () => {
    const page = await open('about/');
    const text = await page.locator('main').innerText();
    for (const words of [
      'Archivist’s notes',
      'Confidence',
      'medium–high',
      'Title reconstructed by the archive',
      'URL slug',
      'Possibly truncated',
      'Misattribution',
      'Matches its source',
    ])
      expect(text, words).toContain(words);
    await page.close();
  });
});
