import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveArchivePaths } from '../../src/lib/validation/archive-paths.ts';
import { removeOmissions } from '../../src/lib/validation/capture-comparison.ts';
import { validateArchive } from '../../src/lib/validation/archive-validation.ts';
import { PROJECT_ROOT, useBuiltSite } from './harness.ts';

const archive = validateArchive(resolveArchivePaths(PROJECT_ROOT));
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

const site = useBuiltSite();
let noJs: BrowserContext;

beforeAll(async () => {
  expect(archive.issues).toEqual([]);
  noJs = await site.browser.newContext({ javaScriptEnabled: false });
});

describe('clip pages, read with JavaScript off', () => {
  it('the archive has the five clips', () => {
    expect(archive.clips).toHaveLength(5);
  });

  for (const clip of archive.clips) {
    it(`${clip.slug}: shows every line of its capture except the declared omissions, with paragraph anchors`, async () => {
      const page = await noJs.newPage();
      const response = await page.goto(`${site.url}clips/${clip.slug}/`);
      expect(response?.status()).toBe(200);
      const bodyText = collapse((await page.locator('[data-clip-body]').innerText()).replace(/\u00a0/g, ' '));
      const capture = readFileSync(path.join(PROJECT_ROOT, 'content/captures', clip.data.source.capture.file), 'utf8');
      const kept = removeOmissions(capture, clip.data.omitted);
      if (!kept.ok) throw new Error(`omission ${kept.omissionIndex} not found`);
      expect(kept.lines.length).toBeGreaterThan(3);
      for (const line of kept.lines) expect(bodyText, `capture line ${line.line}`).toContain(line.text);
      for (const omitted of clip.data.omitted) {
        const first = collapse(omitted.text.split('\n')[0]!);
        // Headlines reappear as the page title; everything else omitted must stay out of the body.
        if (first !== clip.data.title) expect(bodyText).not.toContain(first);
      }
      const ids = await page.locator('[data-clip-body] p').evaluateAll((ps) => ps.map((p) => p.id));
      expect(ids).toEqual(clip.paragraphs.map((p) => `p-${p.n}`));
      expect(ids[0]).toBe('p-1');
      expect(await page.locator('[data-clip-body] script').count()).toBe(0);
      await page.close();
    });
  }

  it('keeps straight quotes straight and curly quotes curly (no smart punctuation)', async () => {
    const page = await noJs.newPage();
    await page.goto(`${site.url}clips/ice-cranks-up-the-heat-on-sanctuary-cities/`);
    const text = await page.locator('[data-clip-body]').innerText();
    expect(text).toContain(`Via The Washington Examiner, "'That's enough': ICE turns up the volume`);
    expect(text).toContain('mirror the White House’s tone');
    await page.close();
  });

  it('renders quoted passages as block quotes', async () => {
    const page = await noJs.newPage();
    await page.goto(`${site.url}clips/ice-turns-up-the-volume-on-sanctuary-cities/`);
    const quote = await page.locator('[data-clip-body] blockquote').innerText();
    expect(quote).toContain('— ICE Alerts (@ICEAlerts) January 21, 2020');
    await page.close();
  });
});
