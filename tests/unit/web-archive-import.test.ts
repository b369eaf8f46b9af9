import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateWrittenClip } from '../../src/lib/capture/capture-import.ts';
import { importWebArchive } from '../../src/lib/capture/page-import.ts';
import { readWarcRecordAt } from '../../src/lib/capture/warc-record.ts';
import { emptyPageArchive, PAGES, readClip } from '../helpers/page-archive.ts';
import { buildWacz, buildWarc, type RecordedPage } from '../helpers/web-archives.ts';

const page = (name: string) => readFileSync(path.join(PAGES, name));
const RECORDED: RecordedPage[] = [
  {
    url: 'https://valleyledger.example/news/2019/03/14/county-jail-ends-ice-detainer-holds/',
    body: page('jsonld-news.html'),
    date: '2026-11-20T10:15:03Z',
  },
  {
    url: 'https://valleyledger.example/wp-content/themes/ledger/style.css',
    body: new TextEncoder().encode('body{margin:0}'),
    contentType: 'text/css',
  },
  { url: 'https://valleyledger.example/old-address/', body: new Uint8Array(), status: '301 Moved Permanently' },
  {
    url: 'https://diariofrontera.example/nacional/2019/11/03/deportaciones-interior-se-duplican.html',
    body: page('spanish.html'),
    date: '2026-11-21T08:00:00Z',
  },
];

/** What each recorded page's clip states, as a reader of the page and of its WARC record would say. */
const EXPECTED = [
  {
    title: 'County jail ends ICE detainer holds after court ruling',
    outlet: 'valley-ledger',
    author: 'Maria Delgado',
    date: '2019-03-14',
    url: 'https://valleyledger.example/news/2019/03/14/county-jail-ends-ice-detainer-holds/',
    lang: 'en-US',
    captured: '2026-11-20',
    first: 'RIVERTON — The Valley County jail will no longer hold people',
    last: 'The county commission is expected to discuss the ruling at its meeting on March 26.',
    edit: 'two-thirds',
  },
  {
    title: 'Las deportaciones desde el interior del país se duplican en dos años',
    outlet: 'diario-de-la-frontera',
    author: 'Martínez, Lucía',
    date: '2019-11-03',
    url: 'https://diariofrontera.example/nacional/2019/11/03/deportaciones-interior-se-duplican.html',
    lang: 'es',
    captured: '2026-11-21',
    first: 'Las deportaciones de personas detenidas lejos de la frontera',
    last: 'La agencia no respondió a las preguntas de este diario antes del cierre de esta edición.',
    edit: 'clínica jurídica gratuita',
  },
];

const FORMATS: [name: string, build: () => Promise<Uint8Array>][] = [
  ['crawl.warc', () => buildWarc(RECORDED, false)],
  ['crawl.warc.gz', () => buildWarc(RECORDED, true)],
  ['session.wacz', () => buildWacz(RECORDED)],
];

describe.each(FORMATS)('clip:add on a web archive: %s', (name, build) => {
  it('imports each HTML page as a clip naming its record, with WARC-Date as the capture date, and refuses edits', async () => {
    const bytes = await build();
    const target = emptyPageArchive();
    const progress: number[] = [];
    const results = await importWebArchive(bytes, `inbox/${name}`, {}, target, (done) => progress.push(done));
    expect(results.map((r) => r.status)).toEqual(['added', 'added']);
    expect(progress.at(-1)).toBe(2);
    // The archive file is kept once, byte for byte, for both clips.
    expect(readdirSync(target.paths.capturesDir)).toEqual([name.replace('session', 'session').replace(/^/, '')]);
    expect(readFileSync(path.join(target.paths.capturesDir, name))).toEqual(Buffer.from(bytes));

    for (const [i, want] of EXPECTED.entries()) {
      const result = results[i]!;
      const { data, blocks, source, body } = readClip(result);
      expect(data).toMatchObject({
        title: want.title,
        outlet: want.outlet,
        date: want.date,
        lang: want.lang,
        draft: true,
      });
      expect(data.author?.name).toBe(want.author);
      expect(data.source.url).toBe(want.url);
      expect(data.source.capture).toMatchObject({
        file: name,
        captured: want.captured,
        capturedKnown: {
          basis: 'stated',
          evidence: expect.stringMatching(/^Read from `WARC-Date` of the response record/),
        },
        record: { targetUri: want.url, offset: expect.any(Number), length: expect.any(Number) },
      });
      if (name.endsWith('.wacz')) {
        expect(data.source.capture.record?.warc).toBe('archive/data.warc.gz');
        expect(data.source.capture.packageCheck).toMatch(
          /datapackage\.json lists 2 files; the hash and size of each match/,
        );
      }
      expect(blocks[0]).toContain(want.first);
      expect(blocks.at(-1)).toBe(want.last);
      if (result.status !== 'added') continue;
      expect(validateWrittenClip(result, target)).toEqual([]);
      const start = source.length - body.length;
      writeFileSync(result.clipFile, source.slice(0, start) + body.replace(want.edit, 'XYZ'));
      const issues = validateWrittenClip(result, target).map((issue) => `${issue.field}: ${issue.message}`);
      expect(issues.join('\n')).toMatch(/^body: the paragraph at line \d+ \(".*"\) is not in the capture as written/m);
    }
  });

  it('imports only the page named with --url', async () => {
    const target = emptyPageArchive();
    const url = RECORDED[3]!.url;
    const results = await importWebArchive(await build(), name, { urls: [url] }, target);
    expect(results).toHaveLength(1);
    expect(readClip(results[0]!).data.source.url).toBe(url);
  });
});

describe('a WARC record is found again at its offset', () => {
  it('reads the same payload from a plain and a gzipped WARC', async () => {
    for (const gzip of [false, true]) {
      const bytes = await buildWarc(RECORDED, gzip);
      const target = emptyPageArchive();
      const [first] = await importWebArchive(bytes, gzip ? 'a.warc.gz' : 'a.warc', {}, target);
      const { record } = readClip(first!).data.source.capture;
      const stored = readWarcRecordAt(bytes, record!.offset, record!.length, gzip);
      expect(stored.warcHeaders.get('warc-target-uri')).toBe(RECORDED[0]!.url);
      expect(stored.httpStatus).toBe(200);
      expect(Buffer.from(stored.payload)).toEqual(Buffer.from(RECORDED[0]!.body));
    }
  });
});

describe('clip:add refuses a broken web archive, writing nothing', () => {
  const refused = async (bytes: Uint8Array, name: string, reason: RegExp) => {
    const target = emptyPageArchive();
    const results = await importWebArchive(bytes, name, {}, target);
    expect(results).toEqual([{ status: 'failed', reason: expect.stringMatching(reason) }]);
    expect(readdirSync(target.paths.clipsDir)).toEqual([]);
    expect(readdirSync(target.paths.capturesDir)).toEqual([]);
    expect(readFileSync(target.paths.outletsFile, 'utf8')).not.toContain('Proposed');
  };

  it('a WARC with no HTML response', async () => {
    await refused(
      await buildWarc([RECORDED[1]!, RECORDED[2]!], true),
      'assets.warc.gz',
      /^assets\.warc\.gz: it holds no HTML page/,
    );
  });

  it('a gzipped WARC cut short', async () => {
    const bytes = await buildWarc(RECORDED, true);
    await refused(
      bytes.subarray(0, bytes.length - 700),
      'cut.warc.gz',
      /^cut\.warc\.gz: the WARC file is cut short or damaged/,
    );
  });

  it('a plain WARC cut short', async () => {
    const bytes = await buildWarc(RECORDED, false);
    await refused(
      bytes.subarray(0, bytes.length - 700),
      'cut.warc',
      /^cut\.warc: the WARC file is cut short or damaged/,
    );
  });

  it('a WACZ whose WARC does not match the hash in its datapackage.json', async () => {
    await refused(
      await buildWacz(RECORDED, true),
      'changed.wacz',
      /^changed\.wacz: the sha256 hash of archive\/data\.warc\.gz is [0-9a-f]{64}, but datapackage\.json says [0-9a-f]{64}/,
    );
  });

  it('a file that is not a web archive', async () => {
    await refused(
      new TextEncoder().encode('<html><body>hello</body></html>'),
      'page.warc',
      /^page\.warc: it is not a WARC file: it does not begin with a WARC\/1\.0 or WARC\/1\.1 record/,
    );
    await refused(new TextEncoder().encode('not a zip'), 'x.wacz', /^x\.wacz: it is not a readable WACZ \(ZIP\) file/);
  });

  it('a URL the archive does not hold', async () => {
    const target = emptyPageArchive();
    const results = await importWebArchive(
      await buildWarc(RECORDED, true),
      'a.warc.gz',
      { urls: ['https://elsewhere.example/'] },
      target,
    );
    expect(results[0]).toMatchObject({
      status: 'failed',
      reason: /holds no HTML page for https:\/\/elsewhere\.example\/\. Its pages: https:\/\/valleyledger/,
    });
    expect(readdirSync(target.paths.capturesDir)).toEqual([]);
  });
});
