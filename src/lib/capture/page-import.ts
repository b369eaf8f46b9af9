import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Outlet } from '../../schema/outlet.ts';
import { sha256 } from '../validation/capture-hash.ts';
import { readCapturedPage } from '../validation/html-capture-check.ts';
import type { ImportOptions, ImportResult, ImportTarget } from './capture-import.ts';
import { writeFilesAtomically, type FileToWrite } from './clip-file-writer.ts';
import { looksLikeHtml } from './html-document.ts';
import type { HtmlDraft } from './html-draft.ts';
import type { PageContext } from './html-page-extraction.ts';
import { timed } from './import-stages.ts';
import { draftPageJob, type PageDraftJob, type PageDraftOutcome } from './page-draft-job.ts';
import { statedDateToEdtf } from './saved-page-notes.ts';
import { slugify } from './slugify.ts';
import { openWacz } from './wacz-package.ts';
import { listWarcPages } from './warc-pages.ts';

/** Options for an import from a web archive: which pages to take (all HTML pages when none are named). */
export interface PageImportOptions extends ImportOptions {
  urls?: readonly string[] | undefined;
}

/** The entry outlets.yaml gets for an outlet a page names, appended with the clip that proposed it. */
function outletsFileWithProposal(target: ImportTarget, outlet: Outlet, from: string): FileToWrite {
  const current = existsSync(target.paths.outletsFile) ? readFileSync(target.paths.outletsFile, 'utf8') : '';
  const entry = stringify([outlet]).trimEnd();
  const separator = current.length === 0 || current.endsWith('\n') ? '' : '\n';
  return {
    path: target.paths.outletsFile,
    content: `${current}${separator}# Proposed by clip:add from ${from}: TO CONFIRM the name and address.\n${entry}\n`,
    replace: true,
  };
}

/**
 * Writes a drafted page's clip (and, when `captureBytes` is given, its capture; and a proposed outlet), all or
 * nothing. A slug already taken is skipped unless `force`.
 */
export function writeDraftedPage(
  outcome: PageDraftOutcome,
  captureBytes: Uint8Array | null,
  sourceName: string,
  options: ImportOptions,
  target: ImportTarget,
): ImportResult {
  if (!outcome.ok) return { status: 'failed', reason: outcome.reason };
  const { slug, draft } = outcome;
  const existingClip = target.clipFiles.get(slug);
  const clipFile = existingClip ?? path.join(target.paths.clipsDir, `${slug}.md`);
  const captureFile = path.join(target.paths.capturesDir, captureName(draft));
  if (!options.force && (existingClip || (captureBytes && existsSync(captureFile)))) {
    const rel = path.relative(target.paths.root, existingClip ?? captureFile);
    return {
      status: 'skipped',
      slug,
      reason: `${sourceName}: the slug "${slug}" is taken (${rel} exists). Pass --slug to choose another, or --force to replace it.`,
    };
  }
  const files: FileToWrite[] = [];
  if (captureBytes) files.push({ path: captureFile, content: captureBytes });
  files.push({ path: clipFile, content: outcome.clipText });
  if (draft.proposedOutlet)
    files.push(outletsFileWithProposal(target, draft.proposedOutlet, path.basename(sourceName)));
  try {
    timed('write', () => writeFilesAtomically(files, options.force ?? false));
  } catch (error) {
    return { status: 'failed', reason: `${sourceName}: ${(error as Error).message}` };
  }
  if (draft.proposedOutlet) (target.outlets as Outlet[]).push(draft.proposedOutlet);
  target.clipFiles.set(slug, clipFile);
  return { status: 'added', slug, clipFile, captureFile, draft, issues: outcome.issues };
}

/** The capture file a draft names (source.capture.file). */
function captureName(draft: HtmlDraft): string {
  return (draft.frontmatter.source as { capture: { file: string } }).capture.file;
}

/** The job that drafts a saved HTML page, kept as content/captures/<slug>.html. */
export function htmlPageJob(bytes: Uint8Array, sourceName: string, options: ImportOptions, target: ImportTarget) {
  const hash = timed('hash', () => sha256(bytes));
  return {
    html: bytes,
    context: {},
    capture: { file: '{slug}.html', sha256: hash, receivedAs: path.basename(sourceName) },
    captureBytes: bytes,
    sourceName,
    options: { slug: options.slug, outlet: options.outlet, url: options.url, date: options.date },
    outlets: target.outlets,
    paths: target.paths,
  } satisfies PageDraftJob;
}

/** Why a file cannot be a saved HTML page (empty, or not HTML), or null. */
export function notAnHtmlPage(bytes: Uint8Array, sourceName: string): string | null {
  if (bytes.length === 0) return `${sourceName}: the file is empty.`;
  if (!looksLikeHtml(bytes))
    return `${sourceName}: it does not look like an HTML page (no <html>, <head> or <!DOCTYPE html> at its start).`;
  return null;
}

/** Adds a saved HTML page (browser "Save Page As", SingleFile): the capture is kept as content/captures/<slug>.html. */
export function importHtmlCapture(
  bytes: Uint8Array,
  sourceName: string,
  options: ImportOptions,
  target: ImportTarget,
): ImportResult {
  const refused = notAnHtmlPage(bytes, sourceName);
  if (refused) return { status: 'failed', reason: refused };
  const outcome = draftPageJob(htmlPageJob(bytes, sourceName, options, target));
  return writeDraftedPage(outcome, bytes, sourceName, options, target);
}

/** The name a WARC or WACZ is kept under: its own name as a slug; a different file of that name gets a suffix. */
function archiveFileName(
  sourceName: string,
  ext: string,
  hash: string,
  target: ImportTarget,
): { name: string; exists: boolean } {
  const base = slugify(path.basename(sourceName).replace(/\.(warc\.gz|warc|wacz)$/i, '')) || 'web-archive';
  for (let n = 1; ; n++) {
    const name = `${n === 1 ? base : `${base}-${n}`}.${ext}`;
    const full = path.join(target.paths.capturesDir, name);
    if (!existsSync(full)) return { name, exists: false };
    if (sha256(readFileSync(full)) === hash) return { name, exists: true };
  }
}

/**
 * Adds the HTML pages of a WARC (.warc, .warc.gz) or WACZ: the file is kept once, byte for byte, and each page
 * becomes a clip naming its record (offset, length, WARC-Target-URI). A WACZ's datapackage.json hashes are
 * checked first, and only its listed pages are taken. `urls` limits the import to the pages named.
 */
export async function importWebArchive(
  bytes: Uint8Array,
  sourceName: string,
  options: PageImportOptions,
  target: ImportTarget,
  onPage: (done: number, total: number, url: string) => void = () => {},
): Promise<ImportResult[]> {
  const ext = /\.wacz$/i.test(sourceName) ? 'wacz' : /\.gz$/i.test(sourceName) ? 'warc.gz' : 'warc';
  const fail = (reason: string): ImportResult[] => [{ status: 'failed', reason: `${sourceName}: ${reason}` }];
  let sources: { warc: Uint8Array; warcPath?: string; pages: Awaited<ReturnType<typeof listWarcPages>>['pages'] }[];
  let packageCheck: string | undefined;
  try {
    if (ext === 'wacz') {
      const wacz = openWacz(bytes);
      packageCheck = wacz.packageCheck;
      sources = [];
      for (const warcPath of wacz.warcs) {
        const listing = await listWarcPages(wacz.files[warcPath]!);
        const pages = wacz.pages.length ? listing.pages.filter((p) => wacz.pages.includes(p.targetUri)) : listing.pages;
        sources.push({ warc: wacz.files[warcPath]!, warcPath, pages });
      }
    } else {
      const gz = bytes[0] === 0x1f && bytes[1] === 0x8b;
      if (ext === 'warc.gz' && !gz) return fail('it is named .warc.gz but is not gzipped.');
      sources = [{ warc: bytes, pages: (await listWarcPages(bytes)).pages }];
    }
  } catch (error) {
    return fail((error as Error).message);
  }
  let pages = sources.flatMap((s) => s.pages.map((page) => ({ page, source: s })));
  if (pages.length === 0) return fail('it holds no HTML page (no response record with status 200 and type text/html).');
  if (options.urls?.length) {
    const missing = options.urls.filter((u) => !pages.some((p) => p.page.targetUri === u));
    if (missing.length)
      return fail(
        `it holds no HTML page for ${missing.join(', ')}. Its pages: ${pages.map((p) => p.page.targetUri).join(', ')}`,
      );
    pages = pages.filter((p) => options.urls!.includes(p.page.targetUri));
  }
  if (options.slug && pages.length > 1)
    return fail(`--slug names one clip, but it holds ${pages.length} pages; choose one with --url.`);
  const hash = sha256(bytes);
  const file = archiveFileName(sourceName, ext, hash, target);
  let captureWritten = file.exists;
  const results: ImportResult[] = [];
  for (const [i, { page, source }] of pages.entries()) {
    onPage(i, pages.length, page.targetUri);
    const warcDate = page.warcDate ? statedDateToEdtf(page.warcDate.replace(/(\.\d+)?Z$/, 'Z')) : null;
    const context: PageContext = {
      fetchedFrom: { value: page.targetUri, evidence: '`WARC-Target-URI` of the response record' },
      captured: warcDate
        ? { value: warcDate, evidence: `\`WARC-Date\` of the response record (${page.warcDate})` }
        : null,
      headerCharset: page.charset,
    };
    const record = {
      ...(source.warcPath ? { warc: source.warcPath } : {}),
      offset: page.offset,
      length: page.length,
      targetUri: page.targetUri,
      ...(page.recordId ? { recordId: page.recordId } : {}),
    };
    // Prove the record can be found again the way every build will look for it: the same bytes, the same header.
    const reread = readCapturedPage(bytes, { file: file.name, sha256: hash, record });
    if (Buffer.compare(reread.html, page.payload) !== 0 || reread.fetchedFrom !== page.targetUri)
      throw new Error(`internal error: the record of ${page.targetUri} cannot be read again at offset ${page.offset}.`);
    const label = `${sourceName} (${page.targetUri})`;
    const outcome = draftPageJob({
      html: page.payload,
      context,
      capture: {
        file: file.name,
        sha256: hash,
        receivedAs: path.basename(sourceName),
        record,
        ...(packageCheck ? { packageCheck } : {}),
      },
      captureBytes: bytes,
      sourceName: label,
      options: { slug: options.slug, outlet: options.outlet, url: options.url, date: options.date },
      outlets: target.outlets,
      paths: target.paths,
    });
    const result = writeDraftedPage(outcome, captureWritten ? null : bytes, label, options, target);
    if (result.status === 'added') captureWritten = true;
    results.push(result);
  }
  onPage(pages.length, pages.length, '');
  return results;
}
