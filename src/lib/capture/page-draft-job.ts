import path from 'node:path';
import type { Outlet } from '../../schema/outlet.ts';
import type { ArchivePaths } from '../validation/archive-paths.ts';
import { validateClip } from '../validation/clip-check.ts';
import { findAddedStructureInTree } from '../validation/body-structure.ts';
import { allowedLinks } from '../validation/html-capture-check.ts';
import { checkHtmlVerbatim, describeHtmlVerbatimProblem, parseBody } from '../validation/html-verbatim.ts';
import type { ValidationIssue } from '../validation/validation-issue.ts';
import { renderClipFile } from './clip-file-writer.ts';
import { draftFromPage, slugForPage, type HtmlDraft, type StoredCapture } from './html-draft.ts';
import { extractPage, type PageContext, type PageExtraction } from './html-page-extraction.ts';
import { timed } from './import-stages.ts';
import { isValidSlug } from './slugify.ts';

/** One page to draft: everything the work needs, as plain data, so that a worker thread can do it. */
export interface PageDraftJob {
  html: Uint8Array;
  context: PageContext;
  /** Where the capture is kept; `file` may hold `{slug}`, replaced by the clip's slug. */
  capture: StoredCapture;
  /** The bytes of the stored capture file (the page itself for a saved page; the whole WARC or WACZ otherwise). */
  captureBytes: Uint8Array;
  sourceName: string;
  options: {
    slug?: string | undefined;
    outlet?: string | undefined;
    url?: string | undefined;
    date?: string | undefined;
  };
  outlets: readonly Outlet[];
  paths: ArchivePaths;
}

export type PageDraftOutcome =
  | {
      ok: true;
      slug: string;
      draft: HtmlDraft;
      /** The clip file exactly as it will be written. */
      clipText: string;
      /** What `npm run validate` will say about the clip once written (a draft usually has fields to fill). */
      issues: ValidationIssue[];
    }
  | { ok: false; reason: string };

/** Fields of validation problems that mean the drafted body does not reproduce its page (a drafting fault). */
const BODY_FIELDS = /^(body|omitted\[|source\.capture\.record)/;

/**
 * Extracts, drafts and renders one page, and validates the clip file it would write exactly as every build will
 * (from the capture's bytes, held in memory: nothing is written here). The page is parsed once: validation is
 * given the visible text and links this extraction read from the same bytes, instead of parsing the page again.
 * A body that does not reproduce its page is refused (an internal fault of the drafting, never written).
 */
export function draftPageJob(job: PageDraftJob): PageDraftOutcome {
  let page: PageExtraction;
  try {
    page = extractPage(job.html, { ...job.context, url: job.options.url ?? null });
  } catch (error) {
    return { ok: false, reason: `${job.sourceName}: ${(error as Error).message}` };
  }
  const slug = job.options.slug ?? slugForPage(page, path.basename(job.sourceName).replace(/\..*$/, ''));
  if (!isValidSlug(slug)) {
    return {
      ok: false,
      reason: `${job.sourceName}: no slug can be made from its headline, address or file name. Pass --slug.`,
    };
  }
  const capture = { ...job.capture, file: job.capture.file.replace('{slug}', slug) };
  const draft = timed('draft', () =>
    draftFromPage({
      page,
      slug,
      capture,
      outlets: job.outlets,
      outlet: job.options.outlet,
      url: job.options.url,
      date: job.options.date,
    }),
  );
  const clipText = timed('write', () => renderClipFile(draft));
  const rel = (p: string) => path.relative(job.paths.root, p) || p;
  const outletIds = new Set([
    ...job.outlets.map((o) => o.id),
    ...(draft.proposedOutlet ? [draft.proposedOutlet.id] : []),
  ]);
  const validation = timed('validation', () =>
    validateClip({
      file: rel(path.join(job.paths.clipsDir, `${slug}.md`)),
      slug,
      source: clipText,
      readCapture: (name) => (name === capture.file ? job.captureBytes : null),
      capturesDir: rel(job.paths.capturesDir),
      outletIds,
      capturedPageText: page.capture,
    }),
  );
  // Validation stops at the schema while fields are left to fill; the body is then checked here the same way.
  const fault = validation.bodyChecked
    ? validation.issues.find((issue) => issue.field !== null && BODY_FIELDS.test(issue.field))?.message
    : timed('verbatim check', () => bodyFault(draft.body, page));
  if (fault) {
    return {
      ok: false,
      reason: `${job.sourceName}: internal error: the drafted body does not reproduce the page (${fault}); nothing was written.`,
    };
  }
  return { ok: true, slug, draft, clipText, issues: validation.issues };
}

/** The first way the body departs from the page (text not on the page, or structure the page lacks), or null. */
function bodyFault(body: string, page: PageExtraction): string | null {
  const tree = parseBody(body);
  const problems = checkHtmlVerbatim(tree, page.capture);
  if (problems[0]) return describeHtmlVerbatimProblem(problems[0]).message;
  const added = findAddedStructureInTree(tree, body, { links: allowedLinks(page.capture) });
  return added[0] ? `${added[0].construct} "${added[0].source}"` : null;
}
