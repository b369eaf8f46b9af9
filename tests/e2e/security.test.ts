import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST, useBuiltSite } from './harness.ts';

const site = useBuiltSite();

/** A page that records every CSP violation: the console's reports and the DOM's securitypolicyviolation events. */
async function openWatched(address: string): Promise<{ page: Page; violations: string[] }> {
  const page = await site.browser.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    addEventListener('securitypolicyviolation', (e) => {
      console.error(`Refused to load (CSP): ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(address, { waitUntil: 'networkidle' });
  return { page, violations };
}

const scriptSource = (csp: string) => /script-src ([^;]*)/.exec(csp)?.[1] ?? '';

describe('Content-Security-Policy, enforced in Chromium', () => {
  it.each([
    ['the home page', ''],
    ['a clip page', 'clips/ice-cranks-up-the-heat-on-sanctuary-cities/'],
    ['the about page', 'about/'],
  ])('%s carries a CSP without unsafe-inline scripts and loads with no violation', async (_name, address) => {
    const { page, violations } = await openWatched(site.url + address);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toMatch(/script-src 'self'/);
    expect(scriptSource(csp!)).not.toContain('unsafe-inline');
    expect(csp).toContain("object-src 'none'");
    // "/" focuses the search box: the one inline script runs under the policy.
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    expect(violations).toEqual([]);
    await page.close();
  });

  it('the search page works under its CSP: results appear, with no violation', async () => {
    const { page, violations } = await openWatched(`${site.url}search/?q=sanctuary`);
    await page.waitForSelector('[data-search-results] > li');
    expect(await page.locator('[data-search-results] > li').count()).toBeGreaterThan(0);
    await page.locator('#search-q').fill('Albence');
    await page.waitForFunction(() => /Albence/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(violations).toEqual([]);
    await page.close();
  });

  it('no page has an inline event handler or a javascript: URL', () => {
    const pages = readdirSync(DIST, { recursive: true, withFileTypes: true }).filter(
      (e) => e.isFile() && e.name.endsWith('.html'),
    );
    expect(pages.length).toBeGreaterThan(10);
    for (const entry of pages) {
      const html = readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
      expect(html, entry.name).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
      expect(html, entry.name).not.toMatch(/(href|src|action)\s*=\s*["']?\s*javascript:/i);
    }
  });
});

describe('response headers, as deployed (public/_headers)', () => {
  it('pages say nosniff, a referrer policy and a CSP header that forbids framing', async () => {
    const response = await fetch(site.url);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('a raw capture is UTF-8 text that cannot run, and reads with its curly quotes', async () => {
    const address = `${site.url}clips/ice-cranks-up-the-heat-on-sanctuary-cities/capture.txt`;
    const response = await fetch(address);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'; sandbox/);
    const page = await site.browser.newPage();
    await page.goto(address);
    expect(await page.locator('body').innerText()).toContain('‘That’s');
    await page.close();
  });

  it('the _headers file itself is not served', async () => {
    expect((await fetch(`${site.url}_headers`)).status).toBe(404);
  });
});
