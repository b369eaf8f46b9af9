import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { constants } from 'node:zlib';
import compression from 'compression';
import sirv from 'sirv';
import { headersForPath, parseHeadersFile, type HeaderRule } from './deploy-headers.ts';

/**
 * Brotli or gzip for text responses, as static hosts send them, so pages are measured (Lighthouse) and read as
 * deployed. The `compression` middleware keeps the stream's back-pressure (a hand-made encoder stalled on large
 * search-index files). A raw capture's gzip (application/gzip) is not compressible, so it goes out byte for byte.
 */
// Typed for Express, but it only uses Node's own request and response.
const compressTextResponses = compression({
  brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } },
}) as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

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
    compressTextResponses(req, res, () => serveFile(req, res));
  });

  function serveFile(req: IncomingMessage, res: ServerResponse) {
    const pathname = decodeURI((req.url ?? '/').split('?')[0]!);
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
  }
}
