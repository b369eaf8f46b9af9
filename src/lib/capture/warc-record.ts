import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

/** A WARC record read back from its stored place: its WARC headers, HTTP status and headers, and payload. */
export interface StoredWarcRecord {
  warcHeaders: Map<string, string>;
  httpStatus: number | null;
  httpHeaders: Map<string, string>;
  payload: Uint8Array;
}

const CRLFCRLF = [13, 10, 13, 10];

function indexOfBlankLine(bytes: Uint8Array, from = 0): number {
  for (let i = from; i + 3 < bytes.length; i++) {
    if (CRLFCRLF.every((b, k) => bytes[i + k] === b)) return i;
  }
  return -1;
}

function parseHeaderBlock(text: string): { firstLine: string; headers: Map<string, string> } {
  const [firstLine = '', ...lines] = text.split('\r\n');
  const headers = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { firstLine, headers };
}

function dechunk(body: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  let at = 0;
  while (at < body.length) {
    const lineEnd = body.indexOf(10, at);
    if (lineEnd < 0) break;
    const size = Number.parseInt(new TextDecoder('latin1').decode(body.subarray(at, lineEnd)).trim(), 16);
    if (!Number.isFinite(size) || size === 0) break;
    parts.push(body.subarray(lineEnd + 1, lineEnd + 1 + size));
    at = lineEnd + 1 + size + 2;
  }
  return Buffer.concat(parts);
}

function decodeContent(body: Uint8Array, encoding: string | undefined): Uint8Array {
  switch ((encoding ?? '').toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return gunzipSync(body);
    case 'deflate':
      return inflateSync(body);
    case 'br':
      return brotliDecompressSync(body);
    default:
      return body;
  }
}

/**
 * Reads one WARC record from where the import found it (`offset` and `length` in the stored file; for a gzipped
 * WARC, the record's own gzip member), synchronously, so validation can check it on every build. The HTTP
 * payload is de-chunked and decompressed as a browser would receive it. Throws on a record that is not there.
 */
export function readWarcRecordAt(file: Uint8Array, offset: number, length: number, gzipped: boolean): StoredWarcRecord {
  if (offset + length > file.length)
    throw new Error(`no record at offset ${offset} (the file has ${file.length} bytes)`);
  const raw = file.subarray(offset, offset + length);
  let record: Uint8Array;
  try {
    record = gzipped ? new Uint8Array(gunzipSync(raw)) : raw;
  } catch (error) {
    throw new Error(`the gzip member at offset ${offset} is cut short or damaged (${(error as Error).message})`, {
      cause: error,
    });
  }
  const headerEnd = indexOfBlankLine(record);
  if (headerEnd < 0) throw new Error(`no WARC record header at offset ${offset}`);
  const warc = parseHeaderBlock(new TextDecoder('utf-8').decode(record.subarray(0, headerEnd)));
  if (!warc.firstLine.startsWith('WARC/')) throw new Error(`no WARC record at offset ${offset}`);
  const contentLength = Number(warc.headers.get('content-length') ?? 0);
  const block = record.subarray(headerEnd + 4, headerEnd + 4 + contentLength);
  if (block.length < contentLength) {
    throw new Error(`the record at offset ${offset} is cut short (${block.length} of ${contentLength} bytes)`);
  }
  const isHttp = (warc.headers.get('content-type') ?? '').startsWith('application/http');
  if (!isHttp) return { warcHeaders: warc.headers, httpStatus: null, httpHeaders: new Map(), payload: block };
  const httpEnd = indexOfBlankLine(block);
  if (httpEnd < 0) throw new Error(`the record at offset ${offset} has no HTTP headers`);
  const http = parseHeaderBlock(new TextDecoder('latin1').decode(block.subarray(0, httpEnd)));
  let body = block.subarray(httpEnd + 4);
  if ((http.headers.get('transfer-encoding') ?? '').toLowerCase().includes('chunked')) body = dechunk(body);
  body = decodeContent(body, http.headers.get('content-encoding'));
  const status = Number(/^HTTP\/[\d.]+\s+(\d{3})/.exec(http.firstLine)?.[1] ?? NaN);
  return {
    warcHeaders: warc.headers,
    httpStatus: Number.isFinite(status) ? status : null,
    httpHeaders: http.headers,
    payload: new Uint8Array(body),
  };
}

/** The charset an HTTP Content-Type header names, if any. */
export function contentTypeCharset(contentType: string | undefined | null): string | null {
  return /charset\s*=\s*["']?([\w-]+)/i.exec(contentType ?? '')?.[1] ?? null;
}
