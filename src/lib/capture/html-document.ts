import { createRequire } from 'node:module';
import { parse, serialize } from 'parse5';

// linkedom takes about a second to load on a busy machine; only archives with HTML captures need it.
const require = createRequire(import.meta.url);
let linkedom: typeof import('linkedom') | undefined;

/** A parsed HTML page: the DOM (linkedom, a standard DOM implementation) and the charset its bytes were read in. */
export interface HtmlPage {
  document: Document;
  charset: string;
  html: string;
}

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

/**
 * The charset of an HTML page: a byte-order mark, else the HTTP header's (WARC), else the first `<meta charset>`
 * or `http-equiv=Content-Type` within the first 1,024 bytes (as browsers look), else UTF-8.
 */
export function detectCharset(bytes: Uint8Array, headerCharset?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (headerCharset && isKnownCharset(headerCharset)) return headerCharset.toLowerCase();
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const declared = META_CHARSET.exec(head)?.[1];
  return declared && isKnownCharset(declared) ? declared.toLowerCase() : 'utf-8';
}

function isKnownCharset(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** Decodes an HTML page's bytes in its own charset (malformed bytes become U+FFFD, as in a browser). */
export function decodeHtml(bytes: Uint8Array, headerCharset?: string | null): { html: string; charset: string } {
  const charset = detectCharset(bytes, headerCharset);
  return { html: new TextDecoder(charset).decode(bytes), charset };
}

/**
 * Parses an HTML page (already decoded) into a DOM: linkedom, a fast standard DOM that Readability and the checks
 * can query. Its parser does not build every page as the HTML standard does: a page that leaves out <head> and
 * <body> (SingleFile's pages do) comes out with its content outside <body>. Such a page is first parsed by parse5,
 * which follows the standard (as a browser does), and its serialisation, now well formed, is loaded instead.
 */
export function parseHtml(html: string): Document {
  linkedom ??= require('linkedom') as typeof import('linkedom');
  const document = linkedom.parseHTML(html).document as unknown as Document;
  const top = [...document.documentElement.children].map((e) => e.tagName.toUpperCase()).join(' ');
  if (top === 'HEAD BODY') return document;
  return linkedom.parseHTML(serialize(parse(html))).document as unknown as Document;
}

/** Decodes and parses an HTML page's bytes. */
export function readHtmlPage(bytes: Uint8Array, headerCharset?: string | null): HtmlPage {
  const { html, charset } = decodeHtml(bytes, headerCharset);
  return { document: parseHtml(html), charset, html };
}

/** True when the bytes look like an HTML document rather than text or binary data. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048)).trimStart().toLowerCase();
  return /^(?:\ufeff|ï»¿)?\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html|<head|<meta|<body)/.test(head);
}
