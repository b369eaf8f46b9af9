import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixtureArchive, editFile, FIXTURE_SLUG } from '../helpers/fixture-archive.ts';
import { astroEnv, launchBrowser, PROJECT_ROOT } from './harness.ts';

// `npm run dev` on a copy of the fixture archive: an edit that breaks a rule turns the page into Astro's error
// overlay naming file, field and fix; fixing it brings the page back.
const archive = copyFixtureArchive();
let server: ChildProcess;
let origin = '';
let output = '';
let browser: Browser;

/** A loopback port nothing listens on now. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

beforeAll(async () => {
  const port = await freePort();
  // --ignore-lock: no lock file in the project, no clash with a dev server of one's own, and never Astro's
  // background mode (which Astro picks, with JSON logs, when it thinks a coding agent runs it). So readiness is
  // read from the server answering, not from the wording of its log.
  server = spawn(
    process.execPath,
    [path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--ignore-lock'],
    { cwd: PROJECT_ROOT, env: astroEnv({ CLIPS_DIR: archive.root }), detached: true },
  );
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let exited: number | null | undefined;
  server.on('exit', (code) => (exited = code));
  origin = `http://localhost:${port}`;
  const deadline = Date.now() + 150_000;
  for (;;) {
    if (exited !== undefined) throw new Error(`astro dev exited (${exited}):\n${output}`);
    if (Date.now() > deadline) throw new Error(`astro dev did not answer on ${origin} within 150 s:\n${output}`);
    const answered = await fetch(`${origin}/`).then(
      () => true,
      () => false,
    );
    if (answered) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

const clipPage = () => `${origin}/clips/${FIXTURE_SLUG}/`;

/** The text of Astro's error overlay on the page, once it shows. The dev server may reload the page while the
 * overlay is up (one reload per file event), so the text is read again until a read survives. */
async function overlayText(page: Page): Promise<string> {
  let text = '';
  const read = () =>
    page.locator('vite-error-overlay').evaluate(
      (el) => {
        const root = el.shadowRoot!;
        return ['#title', '#message', '#hint', '#code header h2', '#code']
          .map((selector) => root.querySelector(selector)?.textContent ?? '')
          .join('\n');
      },
      undefined,
      { timeout: 1_000 },
    );
  await expect.poll(async () => (text = await read().catch(() => '')), { timeout: 30_000, interval: 250 }).not.toBe('');
  return text;
}

describe('npm run dev', () => {
  it('serves the clip while the archive is sound', async () => {
    const response = await fetch(clipPage());
    expect(response.status, output).toBe(200);
    expect(await response.text()).toContain('Fixture Headline About City Budgets');
  });

  it('shows the overlay on the open page when an edit changes a captured word, naming file, field and fix', async () => {
    const page = await browser.newPage();
    await page.goto(clipPage());
    await page.getByRole('heading', { name: 'Fixture Headline About City Budgets' }).waitFor();
    editFile(archive.clipFile, (t) => t.replace('approved 1,250 new posts', 'approved 1,250 new jobs'));
    const text = await overlayText(page);
    expect(text).toContain('The archive did not validate');
    expect(text).toContain(`clips/${FIXTURE_SLUG}.md › body: capture line`);
    expect(text).toMatch(/Restore the text verbatim/);
    await page.close();
  });

  it('answers every page with the overlay while the rule is broken, and with the page again once fixed', async () => {
    const broken = await fetch(clipPage());
    expect(broken.status).toBe(500);
    expect(await broken.text()).toContain('<title>ArchiveValidationError</title>');
    const home = await fetch(`${origin}/`);
    expect(home.status).toBe(500);

    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    await overlayText(page);
    editFile(archive.clipFile, (t) => t.replace('approved 1,250 new jobs', 'approved 1,250 new posts'));
    // The open page reloads by itself and shows the archive.
    await expect.poll(() => page.locator('vite-error-overlay').count(), { timeout: 30_000 }).toBe(0);
    await page.getByRole('link', { name: 'Fixture Headline About City Budgets' }).first().waitFor();
    expect((await fetch(clipPage())).status).toBe(200);
    await page.close();
  });

  it('names a refused URL scheme with its field, line and fix (the schema the build uses)', async () => {
    editFile(archive.clipFile, (t) =>
      t.replace('url: https://example.com/city-budget', 'url: "javascript:alert(document.domain)"'),
    );
    const page = await browser.newPage();
    await page.goto(clipPage());
    const text = await overlayText(page);
    expect(text).toContain(`clips/${FIXTURE_SLUG}.md › source.url`);
    expect(text).toMatch(/not a web address/);
    expect(text).toMatch(/Write a full URL starting with http:\/\/ or https:\/\//);
    expect(text).toMatch(new RegExp(`${FIXTURE_SLUG}\\.md:\\d+:\\d+`));
    await page.close();
  });

  it('notices a changed capture as well as a changed clip', async () => {
    editFile(archive.clipFile, (t) =>
      t.replace('url: "javascript:alert(document.domain)"', 'url: https://example.com/city-budget'),
    );
    await expect.poll(async () => (await fetch(clipPage())).status, { timeout: 30_000 }).toBe(200);
    editFile(archive.captureFile, (t) => t.replace('on Tuesday', 'on Wednesday'));
    const page = await browser.newPage();
    await page.goto(clipPage());
    const text = await overlayText(page);
    expect(text).toMatch(/source\.capture\.sha256|capture line/);
    await page.close();
  });
});
