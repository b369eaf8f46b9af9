import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import sirv from 'sirv';

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
  const handler = sirv(dir, { dev: false, etag: false, gzip: false, brotli: false });
  const notFound = path.join(dir, '404.html');
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.statusCode = 404;
      res.end('outside base path');
      return;
    }
    req.url = '/' + url.slice(base.length);
    handler(req, res, () => {
      res.statusCode = 404;
      if (existsSync(notFound)) {
        req.url = '/404.html';
        handler(req, res, () => {
          res.end('not found');
        });
        res.statusCode = 404;
      } else res.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
