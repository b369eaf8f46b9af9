import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Outlet } from '../../schema/outlet.ts';
import type { ArchivePaths } from '../validation/archive-paths.ts';
import { sha256 } from '../validation/capture-hash.ts';
import { validateClip } from '../validation/clip-check.ts';
import { draftClip, type ClipDraft, type KnownFacts } from './capture-draft.ts';
import { decodeCapture } from './capture-decoding.ts';
import { renderClipFile, writeFilesAtomically, type FileToWrite } from './clip-file-writer.ts';
import { parseEdtfDate } from '../text/edtf-date.ts';
import { isValidSlug, slugify } from './slugify.ts';
import type { ValidationIssue } from '../validation/validation-issue.ts';
import { listClipFiles, readRegularFile } from '../validation/content-files.ts';
import { MAX_TEXT_CAPTURE_BYTES } from '../../constants.ts';

/** What the keeper asked for, beyond the capture itself. */
export interface ImportOptions {
  slug?: string | undefined;
  outlet?: string | undefined;
  url?: string | undefined;
  date?: string | undefined;
  /** The day the clip is added (YYYY-MM-DD), recorded as its accession. */
  accessioned?: string | undefined;
  force?: boolean | undefined;
  suggest?: boolean | undefined;
  verify?: boolean | undefined;
  facts?: KnownFacts | undefined;
}

/** The archive as the importer sees it: where things go, the outlets, and the slugs already taken. */
export interface ImportTarget {
  paths: ArchivePaths;
  outlets: readonly Outlet[];
  /** slug -> clip file, for every clip already in the archive (updated as clips are added). */
  clipFiles: Map<string, string>;
}

export type ImportResult =
  | {
      status: 'added';
      slug: string;
      clipFile: string;
      captureFile: string;
      draft: ClipDraft;
      /** What validation said of the clip as written, when the import already ran it. */
      issues?: ValidationIssue[];
    }
  | { status: 'skipped'; slug: string; reason: string }
  | { status: 'failed'; reason: string };

/** Reads what an import needs to know about the archive once, so a directory import does not re-read it. */
export function importTarget(paths: ArchivePaths, outlets: readonly Outlet[]): ImportTarget {
  const clipFiles = new Map<string, string>();
  for (const file of listClipFiles(paths.clipsDir)) clipFiles.set(path.basename(file, '.md'), file);
  return { paths, outlets, clipFiles };
}

/** Checks the options that do not depend on the capture; returns the first problem, or null. */
export function checkImportOptions(options: ImportOptions, target: ImportTarget): string | null {
  if (options.outlet !== undefined && !target.outlets.some((o) => o.id === options.outlet)) {
    return unknownOutletMessage(options.outlet, target);
  }
  if (options.url !== undefined) {
    let ok: boolean;
    try {
      ok = ['http:', 'https:'].includes(new URL(options.url).protocol);
    } catch {
      ok = false;
    }
    if (!ok) return `--url "${options.url}" is not a full URL. Write it with http:// or https://.`;
  }
  if (options.date !== undefined) {
    const parsed = parseEdtfDate(options.date);
    if (!parsed.ok) {
      return `--date "${options.date}" is not an EDTF date (${parsed.error}). Write e.g. 2020-01-21, 2020-01~ or 2020-01-21/2020-01-31.`;
    }
  }
  if (options.slug !== undefined && !isValidSlug(options.slug)) {
    return `--slug "${options.slug}" is not a valid slug. Use lowercase ASCII words joined by single hyphens, e.g. ice-raids-austin-2017.`;
  }
  return null;
}

/** An unknown outlet id: the exact entry to add to outlets.yaml, and the file to add it to. */
export function unknownOutletMessage(id: string, target: ImportTarget): string {
  const file = path.relative(target.paths.root, target.paths.outletsFile) || target.paths.outletsFile;
  const entry = stringify([{ id, name: 'The outlet’s name, as it presents itself', url: null }]).trimEnd();
  const known = target.outlets.map((o) => o.id).join(', ');
  return [
    `unknown outlet "${id}": ${file} lists no outlet with that id.`,
    `Use one of: ${known}.`,
    `Or add the outlet at the end of ${file} (put its name, and its home page URL or null), then run the command again:`,
    '',
    entry
      .split('\n')
      .map((l) => `  ${l}`)
      .join('\n'),
  ].join('\n');
}

/** The slug a capture gets when the keeper gives none: from its headline, else from its file name. */
export function suggestSlug(draftTitle: string | null, sourceName: string): string {
  const fromTitle = draftTitle ? slugify(draftTitle) : '';
  return fromTitle || slugify(path.basename(sourceName).replace(/\.[^.]*$/, ''));
}

/**
 * Adds one raw capture to the archive: copies its bytes to captures/<slug>.txt and writes the drafted
 * clips/<slug>.md, both or neither. Refuses (and writes nothing) on an empty, binary or non-UTF-8 capture,
 * a slug already taken (unless `force`) or a draft that would not reproduce its capture.
 */
export function importCapture(
  bytes: Uint8Array,
  sourceName: string,
  options: ImportOptions,
  target: ImportTarget,
): ImportResult {
  const decoded = decodeCapture(bytes);
  if (!decoded.ok) return { status: 'failed', reason: `${sourceName}: ${decoded.message}` };
  const hash = sha256(bytes);

  // Draft once under a provisional slug to read the headline, then again under the final slug.
  const base = {
    captureText: decoded.text,
    sha256: hash,
    receivedAs: path.basename(sourceName),
    outlets: target.outlets,
    outlet: options.outlet ?? null,
    url: options.url ?? null,
    date: options.date ?? null,
    accessioned: options.accessioned ?? null,
    suggest: options.suggest ?? true,
    verify: options.verify ?? true,
    ...(options.facts ? { facts: options.facts } : {}),
  };
  let draft: ClipDraft;
  try {
    let slug = options.slug;
    if (slug === undefined) {
      const provisional = draftClip({ ...base, slug: 'draft' });
      slug = suggestSlug(String(provisional.frontmatter.title ?? '') || null, sourceName);
      if (!isValidSlug(slug)) {
        return {
          status: 'failed',
          reason: `${sourceName}: no slug can be made from its headline or file name. Pass --slug, e.g. --slug ice-raids-austin-2017.`,
        };
      }
    }
    draft = draftClip({ ...base, slug });
  } catch (error) {
    return { status: 'failed', reason: `${sourceName}: ${(error as Error).message}` };
  }

  const slug = draft.slug;
  const existingClip = target.clipFiles.get(slug);
  const clipFile = existingClip ?? path.join(target.paths.clipsDir, `${slug}.md`);
  const captureFile = path.join(target.paths.capturesDir, `${slug}.txt`);
  // The same capture left without its clip by an interrupted import is completed, not refused.
  const leftByInterruptedImport = !existingClip && sameBytes(captureFile, hash);
  if (!options.force && !leftByInterruptedImport && (existingClip || existsSync(captureFile))) {
    const rel = path.relative(target.paths.root, existingClip ?? captureFile);
    return {
      status: 'skipped',
      slug,
      reason: `${sourceName}: the slug "${slug}" is taken (${rel} exists). Pass --slug to choose another, or --force to replace it.`,
    };
  }
  const files: FileToWrite[] = [
    { path: captureFile, content: bytes },
    { path: clipFile, content: renderClipFile(draft) },
  ];
  try {
    writeFilesAtomically(files, (options.force ?? false) || leftByInterruptedImport);
  } catch (error) {
    return { status: 'failed', reason: `${sourceName}: ${(error as Error).message}` };
  }
  target.clipFiles.set(slug, clipFile);
  return { status: 'added', slug, clipFile, captureFile, draft };
}

/** Validates a clip just written, exactly as `npm run validate` would. */
export function validateWrittenClip(
  result: Extract<ImportResult, { status: 'added' }>,
  target: ImportTarget,
): ValidationIssue[] {
  const rel = (p: string) => path.relative(target.paths.root, p) || p;
  return validateClip({
    file: rel(result.clipFile),
    slug: result.slug,
    source: readFileSync(result.clipFile, 'utf8'),
    readCapture: (name) => {
      const full = path.join(target.paths.capturesDir, name);
      return existsSync(full) ? readFileSync(full) : null;
    },
    capturesDir: rel(target.paths.capturesDir),
    outletIds: new Set(target.outlets.map((o) => o.id)),
  }).issues;
}

function sameBytes(file: string, hash: string): boolean {
  const existing = readRegularFile(file, MAX_TEXT_CAPTURE_BYTES, 'a plain-text capture');
  return existing.ok && sha256(existing.bytes) === hash;
}
