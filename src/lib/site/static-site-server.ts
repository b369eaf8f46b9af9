import { existsSync, readFileSync } from 'node:fs';
import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import path from 'node:path';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import sirv from 'sirv';
import { headersForPath, parseHeadersFile, type HeaderRule } from './deploy-headers.ts';

/** Text a static host compresses: pages, styles, scripts, the search index, feeds, SVG. */
const COMPRESSIBLE = /^(text\/|image\/svg\+xml|application\/(json|javascript|xml|rss\+xml|manifest\+json))/;

/**
 * Compresses a whole (200) text response on its way out, with Brotli or gzip as the client accepts, as static hosts
 * do: pages are measured (Lighthouse) and read as deployed. The body is untouched; only its transfer is encoded.
 */
function compressTextResponses(req: IncomingMessage, res: ServerResponse): void {
  const accepted = String(req.headers['accept-encoding'] ?? '');
  const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
  if (!encoding || req.method === 'HEAD') return;
  const write = res.write.bind(res) as (chunk: Buffer) => boolean;
  const end = res.end.bind(res) as () => ServerResponse;
  const writeHead = res.writeHead.bind(res) as (code: number, headers?: OutgoingHttpHeaders) => ServerResponse;
  let encoder: ReturnType<typeof createGzip> | null = null;
  const begin = (code: number, headers: OutgoingHttpHeaders = {}) => {
    const header = (name: string) => headers[name] ?? headers[name.toLowerCase()] ?? res.getHeader(name);
    if (code === 200 && COMPRESSIBLE.test(String(header('Content-Type') ?? '')) && !header('Content-Encoding')) {
      for (const name of Object.keys(headers)) if (name.toLowerCase() === 'content-length') delete headers[name];
      res.removeHeader('Content-Length');
      res.setHeader('Content-Encoding', encoding);
      res.setHeader('Vary', 'Accept-Encoding');
      encoder =
        encoding === 'br'
          ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
          : createGzip({ level: 6 });
      encoder.on('data', (chunk: Buffer) => write(chunk));
      encoder.on('end', () => end());
    }
    return writeHead(code, headers);
  };
  res.writeHead = ((code: number, headers?: OutgoingHttpHeaders) => begin(code, headers)) as typeof res.writeHead;
  res.write = ((chunk: Buffer | string) => {
    if (!res.headersSent) begin(res.statusCode);
    return encoder ? encoder.write(chunk) : write(Buffer.from(chunk));
  }) as typeof res.write;
  res.end = ((chunk?: Buffer | string) => {
    if (!res.headersSent) begin(res.statusCode);
    if (!encoder) return chunk === undefined ? end() : (write(Buffer.from(chunk)), end());
    if (chunk !== undefined) encoder.write(chunk);
    encoder.end();
    return res;
  }) as typeof res.end;
}

/**
 * Serves a built site the way a static host does: under its base path, with the response headers of its
 * `_headers` file (Content-Security-Policy, nosniff, UTF-8 captures…), and its 404 page for unknown addresses.
 * `npm start` and the browser tests use it, so what they see is what a deployment sends.
 */
export function createStaticSiteServer(dir: string, base = '/'): Server {
  const headersFile = path.join(dir, '_headers');
  const rules: HeaderRule[] = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const files = sirv(dir, { dev: false, etag: false, gzip: false, brotli: false });
  const notFound = path.join(dir, '404.html');
  return createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.statusCode = 404;
      res.end(`This site is served under ${base}`);
      return;
    }
    req.url = '/' + url.slice(base.length);
    compressTextResponses(req, res);
    const pathname = decodeURI(req.url.split('?')[0]!);
    for (const [name, value] of headersForPath(rules, pathname)) res.setHeader(name, value);
    // A .gz file (a gzipped WARC) is downloaded as the file it is: no Content-Encoding, which would make the
    // browser unpack it (sirv adds one; static hosts do not).
    if (pathname.endsWith('.gz')) {
      const writeHead = res.writeHead.bind(res) as (code: number, headers?: Record<string, unknown>) => typeof res;
      res.writeHead = ((code: number, headers?: Record<string, unknown>) => {
        if (headers) delete headers['Content-Encoding'];
        return writeHead(code, headers);
      }) as typeof res.writeHead;
    }
    // The _headers file is the host's configuration, not a page of the site.
    const serve = pathname === '/_headers' ? (_req: unknown, _res: unknown, next: () => void) => next() : files;
    serve(req, res, () => {
      res.statusCode = 404;
      if (!existsSync(notFound)) {
        res.end('not found');
        return;
      }
      for (const [name, value] of headersForPath(rules, '/404.html')) res.setHeader(name, value);
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(readFileSync(notFound));
    });
  });
}
