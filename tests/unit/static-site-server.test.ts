import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticSiteServer } from '../../src/lib/site/static-site-server.ts';

const page = `<!doctype html><title>t</title><p>${'A page of the archive. '.repeat(200)}</p>`;
// A search-index file of the size a large archive writes: more than the compressor buffers at once.
const indexFile = JSON.stringify(Array.from({ length: 60_000 }, (_, i) => [i, `word${i}`, i * 7919]));
const capture = Buffer.from('Captured text, byte for byte.\n'.repeat(50));
let server: Server;
let origin: string;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'static-site-'));
  writeFileSync(path.join(dir, 'index.html'), page);
  mkdirSync(path.join(dir, 'clips/a'), { recursive: true });
  writeFileSync(path.join(dir, 'clips/a/capture.txt'), capture);
  mkdirSync(path.join(dir, 'search'));
  writeFileSync(path.join(dir, 'search/p-1.json'), indexFile);
  writeFileSync(path.join(dir, '404.html'), '<p>Not here.</p>');
  server = createStaticSiteServer(dir);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function request(route: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    get(origin + route, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('createStaticSiteServer', () => {
  it('sends a large index file whole, compressed', async () => {
    expect(indexFile.length).toBeGreaterThan(1_000_000);
    const brotli = await request('/search/p-1.json?v=1', { 'accept-encoding': 'br' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.body).toString()).toBe(indexFile);
  });

  it('compresses pages with gzip or Brotli as the client accepts, the body unchanged once decoded', async () => {
    const gzip = await request('/', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['content-length']).toBeUndefined();
    expect(gzip.body.length).toBeLessThan(page.length / 4);
    expect(gunzipSync(gzip.body).toString()).toBe(page);
    const br = await request('/', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(page);
    // The site's own headers still come with it.
    expect(br.headers['vary']).toBe('Accept-Encoding');
  });

  it('sends the bytes as they are to a client that accepts no encoding, and for part of a file', async () => {
    const plain = await request('/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(page);
    const part = await request('/clips/a/capture.txt', { 'accept-encoding': 'gzip', range: 'bytes=0-9' });
    expect(part.status).toBe(206);
    expect(part.headers['content-encoding']).toBeUndefined();
    expect(part.body.equals(capture.subarray(0, 10))).toBe(true);
    const whole = await request('/clips/a/capture.txt', { 'accept-encoding': 'gzip' });
    expect(gunzipSync(whole.body).equals(capture)).toBe(true);
  });

  it('serves its 404 page for an unknown address', async () => {
    const missing = await request('/no-such-page/', { 'accept-encoding': 'gzip' });
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toBe('<p>Not here.</p>');
  });
});
