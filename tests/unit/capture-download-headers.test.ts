import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticSiteServer } from '../../src/lib/site/static-site-server.ts';

// The preview server (npm start) with the site's public/_headers, serving a clip folder that holds each kind of
// capture download the build writes: what a deployment sends for a raw capture, checked over HTTP.
const page = '<!DOCTYPE html><html><body><script>document.title = "ran"</script><p>Captured</p></body></html>';
const warc = 'WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 0\r\n\r\n\r\n\r\n';
let origin = '';
let close = () => {};

beforeAll(async () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'capture-headers-'));
  const clip = path.join(dist, 'clips', 'a-clip');
  mkdirSync(clip, { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), '<!DOCTYPE html><title>Home</title>');
  copyFileSync(path.resolve(import.meta.dirname, '../../public/_headers'), path.join(dist, '_headers'));
  writeFileSync(path.join(clip, 'capture.html.bin'), page);
  writeFileSync(path.join(clip, 'capture.warc'), warc);
  writeFileSync(path.join(clip, 'capture.warc.gz'), gzipSync(warc));
  writeFileSync(path.join(clip, 'capture.txt'), '‘That’s it,’ she said.');
  const server = createStaticSiteServer(dist);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

describe('raw captures are served as downloads that cannot run in the archive’s origin', () => {
  it.each([
    ['capture.html.bin', 'application/octet-stream'],
    ['capture.warc', 'application/warc'],
    ['capture.warc.gz', 'application/gzip'],
  ])('%s: %s, as an attachment, sandboxed, not sniffed', async (file, type) => {
    const response = await fetch(`${origin}/clips/a-clip/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-disposition')).toBe('attachment');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'; sandbox");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-encoding')).toBeNull();
  });

  it('a gzipped WARC downloads byte for byte (not unpacked on the way)', async () => {
    const bytes = new Uint8Array(await (await fetch(`${origin}/clips/a-clip/capture.warc.gz`)).arrayBuffer());
    expect([...bytes.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
  });

  it('a plain-text capture is UTF-8 text, sandboxed', async () => {
    const response = await fetch(`${origin}/clips/a-clip/capture.txt`);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
    expect(await response.text()).toBe('‘That’s it,’ she said.');
  });
});
