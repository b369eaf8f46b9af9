import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createStaticSiteServer } from '../../src/lib/site/static-site-server.ts';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST = path.join(PROJECT_ROOT, 'dist');

const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  (p): p is string => Boolean(p),
);

/** Debian's Chromium, driven by playwright-core. Fails (never skips) when no browser is installed. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = CHROMIUM_CANDIDATES.find((p) => existsSync(p));
  if (!executablePath) {
    throw new Error(
      'No Chromium found for the browser tests (looked at ' +
        CHROMIUM_CANDIDATES.join(', ') +
        '). Install it with: apt-get update && apt-get install -y chromium  (or set CHROMIUM_PATH to a Chromium binary).',
    );
  }
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

/**
 * The environment for running Astro as a user does: vitest's own variables (VITEST, BASE_URL, MODE, NODE_ENV…)
 * would leak into Vite and switch validation off.
 */
export function astroEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const name of Object.keys(env)) {
    if (name.startsWith('VITEST') || ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'NODE_ENV'].includes(name)) {
      delete env[name];
    }
  }
  return env;
}

export interface StaticSite {
  /** Origin plus base path, ending in "/". */
  url: string;
  close: () => Promise<void>;
}

/** Serves a built site from a folder on a free loopback port, under an optional base path. */
export async function serveSite(dir = DIST, base = '/'): Promise<StaticSite> {
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`No built site in ${dir}. Run "npm run build" first (npm test does).`);
  }
  // The same server as npm start: the site's _headers (CSP, nosniff, UTF-8 captures) are sent as deployed.
  const server: Server = createStaticSiteServer(dir, base);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface BuiltSiteSession {
  /** The shared Chromium; open pages and contexts on it. */
  readonly browser: Browser;
  /** Origin plus base path, ending in "/". */
  readonly url: string;
}

/**
 * Serves a built site and launches Chromium once for the enclosing file or describe block, closing both after it.
 * Register it after any beforeAll that builds `dir`: hooks run in the order they are registered.
 */
export function useBuiltSite(dir = DIST, base = '/'): BuiltSiteSession {
  let site: StaticSite | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await serveSite(dir, base);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useBuiltSite: the site is read before its beforeAll has run.');
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get url() {
      return started(site).url;
    },
  };
}
