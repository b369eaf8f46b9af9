import type { ClipCapture } from '../../schema/source.ts';
import { captureExtension } from '../../schema/source.ts';
import type { Omission } from '../../schema/omission.ts';
import { readHtmlPage } from '../capture/html-document.ts';
import { readWarcFromWacz } from '../capture/wacz-package.ts';
import { contentTypeCharset, readWarcRecordAt } from '../capture/warc-record.ts';
import type { Root } from 'mdast';
import type { AllowedLink } from './body-structure.ts';
import { captureTextAndLinks, documentBase, type CaptureText } from './html-capture-text.ts';
import { checkHtmlVerbatim, describeHtmlVerbatimProblem } from './html-verbatim.ts';

/** The HTML page a clip was made from, read out of its stored capture. */
export interface CapturedPage {
  html: Uint8Array;
  headerCharset: string | null;
  /** The address the page was fetched from, when the container states it (WARC-Target-URI). */
  fetchedFrom: string | null;
}

// A WACZ or WARC shared by many clips is unpacked once per process, not once per clip.
const unpacked = new Map<string, Uint8Array>();

/** Reads the page out of a stored capture: the file itself, or its record in a WARC or in a WACZ's WARC. */
export function readCapturedPage(
  file: Uint8Array,
  capture: Pick<ClipCapture, 'file' | 'sha256' | 'record'>,
): CapturedPage {
  const ext = captureExtension(capture.file);
  if (ext === 'html' || ext === 'txt') return { html: file, headerCharset: null, fetchedFrom: null };
  const record = capture.record;
  if (!record) throw new Error('a WARC or WACZ capture needs source.capture.record (offset, length, targetUri)');
  let warc = file;
  let warcName = capture.file;
  if (ext === 'wacz') {
    if (!record.warc) throw new Error('a WACZ capture needs source.capture.record.warc, the WARC file inside it');
    const key = `${capture.sha256}:${record.warc}`;
    warc = unpacked.get(key) ?? readWarcFromWacz(file, record.warc);
    unpacked.set(key, warc);
    warcName = record.warc;
  }
  const stored = readWarcRecordAt(warc, record.offset, record.length, warcName.endsWith('.gz'));
  return {
    html: stored.payload,
    headerCharset: contentTypeCharset(stored.httpHeaders.get('content-type')),
    fetchedFrom: stored.warcHeaders.get('warc-target-uri') ?? null,
  };
}

/** The visible text and links of a captured page, resolved against its address. */
export function capturedPageText(page: CapturedPage, statedUrl: string | null): CaptureText {
  const { document } = readHtmlPage(page.html, page.headerCharset);
  return captureTextAndLinks(document, documentBase(document, page.fetchedFrom ?? statedUrl));
}

export interface HtmlCaptureIssue {
  field: string;
  message: string;
  fix: string;
}

/**
 * The verbatim rule for a clip made from an HTML page: each body block is the page's text, in order, with the
 * page's links only; each omission is text (or an image) of the page.
 */
export function checkHtmlCapture(
  file: Uint8Array,
  capture: Pick<ClipCapture, 'file' | 'sha256' | 'record'>,
  statedUrl: string | null,
  omitted: readonly Omission[],
  body: string | Root,
  firstBodyLine = 1,
  alreadyRead?: CaptureText,
): { issues: HtmlCaptureIssue[]; links: AllowedLink[] } {
  let text: CaptureText;
  try {
    text = alreadyRead ?? capturedPageText(readCapturedPage(file, capture), statedUrl);
  } catch (error) {
    const issue = {
      field: 'source.capture.record',
      message: `the page cannot be read from ${capture.file}: ${(error as Error).message}.`,
      fix: 'Restore the capture file byte for byte, or correct the record offset and length.',
    };
    return { issues: [issue], links: [] };
  }
  const issues: HtmlCaptureIssue[] = checkHtmlVerbatim(body, text).map((problem) => ({
    field: 'body',
    ...describeHtmlVerbatimProblem(problem, firstBodyLine),
  }));
  omitted.forEach((omission, i) => {
    const inText = text.text.includes(omission.text.replace(/\s+/g, ' ').trim());
    const image =
      omission.src !== undefined && text.images.some((img) => img.src.startsWith(omission.src!.replace(/…$/, '')));
    if (omission.src !== undefined ? !image : !inText) {
      issues.push({
        field: `omitted[${i}].${omission.src !== undefined ? 'src' : 'text'}`,
        message: `"${(omission.src ?? omission.text).slice(0, 60)}" is not ${omission.src !== undefined ? 'an image' : 'text'} of the captured page.`,
        fix: 'Copy the start of the omitted text (or the image source) verbatim from the capture.',
      });
    }
  });
  return { issues, links: allowedLinks(text) };
}

/** The links a body may have: each of the page's links, by its target as written and as resolved. */
export function allowedLinks(text: CaptureText): AllowedLink[] {
  return text.links.flatMap((link) => [
    { text: link.text, href: link.href },
    ...(link.resolved && link.resolved !== link.href ? [{ text: link.text, href: link.resolved }] : []),
  ]);
}
