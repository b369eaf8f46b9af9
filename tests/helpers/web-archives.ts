import { createHash } from 'node:crypto';
import { zipSync, strToU8 } from 'fflate';
import { WARCRecord, WARCSerializer } from 'warcio';

/** A page to record: its address, its bytes, and the response's type (text/html unless said otherwise). */
export interface RecordedPage {
  url: string;
  body: Uint8Array;
  contentType?: string;
  status?: string;
  date?: string;
}

async function* once(bytes: Uint8Array) {
  yield bytes;
}

/**
 * A WARC built with warcio as a crawler writes one: a warcinfo record, then for each page a request and a
 * response record (HTTP headers and payload), gzipped record by record when asked.
 */
export async function buildWarc(pages: readonly RecordedPage[], gzip: boolean): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const info = WARCRecord.createWARCInfo({ filename: 'crawl.warc', warcVersion: 'WARC/1.1' }, { software: 'test' });
  parts.push(await WARCSerializer.serialize(info, { gzip }));
  for (const page of pages) {
    const date = page.date ?? '2026-11-20T10:15:00Z';
    const request = WARCRecord.create(
      {
        url: page.url,
        date,
        type: 'request',
        warcVersion: 'WARC/1.1',
        httpHeaders: { 'User-Agent': 'test' },
        statusline: `GET ${new URL(page.url).pathname} HTTP/1.1`,
      },
      once(new Uint8Array()),
    );
    parts.push(await WARCSerializer.serialize(request, { gzip }));
    const response = WARCRecord.create(
      {
        url: page.url,
        date,
        type: 'response',
        warcVersion: 'WARC/1.1',
        httpHeaders: { 'Content-Type': page.contentType ?? 'text/html; charset=utf-8' },
        statusline: `HTTP/1.1 ${page.status ?? '200 OK'}`,
      },
      once(page.body),
    );
    parts.push(await WARCSerializer.serialize(response, { gzip }));
  }
  return Buffer.concat(parts);
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * A WACZ as ArchiveWeb.page writes one: archive/data.warc.gz, pages/pages.jsonl and datapackage.json with the
 * SHA-256 and size of each file. `tamper` changes a byte of the WARC after the hashes are written.
 */
export async function buildWacz(pages: readonly RecordedPage[], tamper = false): Promise<Uint8Array> {
  const warc = await buildWarc(pages, true);
  const pagesJsonl = strToU8(
    [
      JSON.stringify({ format: 'json-pages-1.0', id: 'pages', title: 'All Pages' }),
      ...pages
        .filter((p) => !p.contentType || p.contentType.startsWith('text/html'))
        .map((p, i) => JSON.stringify({ id: `p${i}`, url: p.url, ts: p.date ?? '2026-11-20T10:15:00Z' })),
    ].join('\n') + '\n',
  );
  const files: Record<string, Uint8Array> = { 'archive/data.warc.gz': warc, 'pages/pages.jsonl': pagesJsonl };
  const resources = Object.entries(files).map(([path, bytes]) => ({
    name: path.split('/').pop(),
    path,
    hash: `sha256:${sha256(bytes)}`,
    bytes: bytes.length,
  }));
  const datapackage = strToU8(JSON.stringify({ profile: 'data-package', wacz_version: '1.1.1', resources }, null, 2));
  if (tamper) {
    const changed = new Uint8Array(warc);
    changed[changed.length - 40] = (changed[changed.length - 40] ?? 0) ^ 0xff;
    files['archive/data.warc.gz'] = changed;
  }
  // WACZ stores its files uncompressed, so a reader can seek into the WARC.
  return zipSync({
    ...Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [v, { level: 0 }]])),
    'datapackage.json': [datapackage, { level: 0 }],
  });
}
