import { constants, gunzipSync } from 'node:zlib';
import { WARCParser, type WARCRecord } from 'warcio';
import { contentTypeCharset, readWarcRecordAt } from './warc-record.ts';

/** An HTML page found in a WARC: where its response record lies and what it says about the capture. */
export interface WarcPage {
  offset: number;
  length: number;
  targetUri: string;
  /** WARC-Date of the response record: when the page was captured. */
  warcDate: string | null;
  recordId: string | null;
  status: number | null;
  /** The HTML, as the browser received it (de-chunked and decompressed). */
  payload: Uint8Array;
  charset: string | null;
}

export interface WarcListing {
  records: number;
  pages: WarcPage[];
}

function firstBytesOfGzip(bytes: Uint8Array): Uint8Array {
  try {
    return gunzipSync(bytes.subarray(0, Math.min(bytes.length, 65536)), { finishFlush: constants.Z_SYNC_FLUSH });
  } catch {
    return new Uint8Array();
  }
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** An HTML page's record read to its end, or null (after skipping it) for any other record. */
async function readHtmlPage(record: WARCRecord): Promise<Omit<WarcPage, 'offset' | 'length'> | null> {
  const type = record.warcType;
  const info = record.getResponseInfo();
  const contentType = type === 'response' ? (info?.headers.get('content-type') ?? '') : (record.warcContentType ?? '');
  const status = type === 'response' ? Number(info?.status ?? NaN) : null;
  const html = /^\s*(text\/html|application\/xhtml\+xml)/i.test(contentType);
  if (!html || (type !== 'response' && type !== 'resource') || (type === 'response' && status !== 200)) {
    await record.skipFully();
    return null;
  }
  return {
    payload: await record.readFully(true),
    targetUri: record.warcTargetURI ?? '',
    warcDate: record.warcDate ?? null,
    recordId: record.warcHeader('WARC-Record-ID') ?? null,
    status,
    charset: contentTypeCharset(contentType),
  };
}

/**
 * Lists every HTML page of a WARC (plain or gzipped) with warcio: `response` records (and `resource` records)
 * whose payload is text/html, with status 200 for responses. Each page is then read back from its offset the way
 * validation will read it, and the two readings must agree, so the stored location is proven on import.
 * Throws with a reader's message on a file that is not a WARC or is cut short.
 */
export async function listWarcPages(bytes: Uint8Array): Promise<WarcListing> {
  const gzipped = isGzip(bytes);
  const start = gzipped ? firstBytesOfGzip(bytes) : bytes.subarray(0, 5);
  if (new TextDecoder('latin1').decode(start.subarray(0, 5)) !== 'WARC/') {
    throw new Error('it is not a WARC file: it does not begin with a WARC/1.0 or WARC/1.1 record.');
  }
  const parser = new WARCParser([bytes]);
  const pages: WarcPage[] = [];
  let records = 0;
  let last = { offset: 0, length: 0 };
  try {
    for await (const record of parser) {
      records++;
      const page = await readHtmlPage(record);
      // The record's offset and length are known once it has been read to its end.
      last = { offset: parser.offset, length: parser.recordLength };
      if (page) pages.push({ ...page, ...last });
    }
  } catch (error) {
    throw new Error(`it is not a readable WARC file (${(error as Error).message}).`, { cause: error });
  }
  if (records === 0) throw new Error('it holds no WARC records.');
  // A file cut short loses the end of its last record, which warcio reads without complaint.
  try {
    readWarcRecordAt(bytes, last.offset, last.length, gzipped);
    const rest = bytes.subarray(last.offset + last.length);
    if (rest.some((b) => b !== 13 && b !== 10)) {
      throw new Error(
        `${rest.length} bytes after the last whole record, at offset ${last.offset + last.length}, cannot be read`,
      );
    }
  } catch (error) {
    throw new Error(`the WARC file is cut short or damaged: ${(error as Error).message}.`, { cause: error });
  }
  for (const page of pages) {
    const stored = readWarcRecordAt(bytes, page.offset, page.length, gzipped);
    if (Buffer.compare(Buffer.from(stored.payload), Buffer.from(page.payload)) !== 0) {
      throw new Error(`the record of ${page.targetUri} at offset ${page.offset} cannot be read back from its place.`);
    }
  }
  return { records, pages };
}
