/**
 * Reading each clip's files for validation: the clip file and its capture, read safely and within their size limits,
 * then checked by `validateClip` unless the validation cache already holds the same bytes. The unit of work that the
 * main thread and the worker threads both run, so a clip is read and checked the same way in either.
 */
import { existsSync, lstatSync } from 'node:fs';
import path from 'node:path';
import { MAX_CAPTURE_BYTES, MAX_CLIP_FILE_BYTES } from '../../constants.ts';
import { validateClip, type ValidatedClip } from './clip-check.ts';
import { readRegularFile, type FileRead } from './content-files.ts';
import { findDraftMarkers } from './draft-markers.ts';
import { readCachedClip, validationKey, writeCachedClip, type ValidationCache } from './validation-cache.ts';
import type { ValidationIssue } from './validation-issue.ts';

/** One clip file to validate: where it is, its slug, and where its capture should be. */
export interface ClipJob {
  full: string;
  file: string;
  slug: string;
  /** The captures folder, as a path and as messages name it. */
  capturesFull: string;
  capturesDir: string;
}

export interface ClipResult {
  issues: ValidationIssue[];
  clip: ValidatedClip | null;
}

const CAPTURE_KIND_WORDS = { txt: 'a plain-text capture', html: 'an HTML capture', archive: 'a WARC or WACZ capture' };

/** A capture file read safely and within its kind's size limit; null when there is no such file. */
function readCaptureFile(job: ClipJob, name: string): FileRead | null {
  const full = path.join(job.capturesFull, name);
  if (!existsSync(full) && !isLink(full)) return null;
  const kind = name.endsWith('.txt') ? 'txt' : name.endsWith('.html') ? 'html' : 'archive';
  return readRegularFile(full, MAX_CAPTURE_BYTES[kind], CAPTURE_KIND_WORDS[kind]);
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The capture file a clip names (source.capture.file), read before its frontmatter is parsed, for the cache key. */
function captureFileNamed(source: string): string | null {
  return /^\s+file:\s*["']?([a-z0-9-]+\.(?:txt|html|warc|warc\.gz|wacz))["']?\s*$/m.exec(source)?.[1] ?? null;
}

/**
 * Reads and validates each clip of a list, in order. With a cache, a clip whose file, capture and validating code
 * are unchanged since it last validated is not checked again.
 */
export function validateClipJobs(
  jobs: readonly ClipJob[],
  outletIds: ReadonlySet<string>,
  cache: ValidationCache | null = null,
): ClipResult[] {
  return jobs.map((job) => {
    const read = readRegularFile(job.full, MAX_CLIP_FILE_BYTES, 'a clip file');
    if (!read.ok) {
      const { message, fix } = read.problem;
      return { issues: [{ file: job.file, field: null, message: `${job.file} is ${message}`, fix }], clip: null };
    }
    const source = read.bytes.toString('utf8');
    const captureName = captureFileNamed(source) ?? `${job.slug}.txt`;
    const captureRead = readCaptureFile(job, captureName);
    const capture = captureRead?.ok ? captureRead.bytes : null;
    const captureProblem = captureRead && !captureRead.ok ? captureRead.problem : undefined;
    const key = cache && !captureProblem ? validationKey(cache, outletIds, job.file, source, capture) : '';
    const cached = key ? readCachedClip(cache!, key) : null;
    if (cached) {
      const { data, paragraphs, bodyStart } = cached;
      const body = source.slice(bodyStart);
      return {
        issues: [],
        clip: { slug: job.slug, file: job.file, draftMarkers: findDraftMarkers(source), data, paragraphs, body },
      };
    }
    const result = validateClip({
      file: job.file,
      slug: job.slug,
      source,
      readCapture: (name) => {
        if (name === captureName) return capture;
        const other = readCaptureFile(job, name);
        return other?.ok ? other.bytes : null;
      },
      captureProblem,
      capturesDir: job.capturesDir,
      outletIds,
    });
    const clip = result.clip;
    if (key && clip && source.endsWith(clip.body)) {
      writeCachedClip(cache!, key, {
        data: clip.data,
        paragraphs: clip.paragraphs,
        bodyStart: source.length - clip.body.length,
      });
    }
    return result;
  });
}
