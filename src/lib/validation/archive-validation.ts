import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { parse as parseYaml } from 'yaml';
import type { Clip } from '../archive/clip.ts';
import { clipSchema } from '../../schema/clip.ts';
import { outletListSchema, type Outlet } from '../../schema/outlet.ts';
import { SLUG_PATTERN } from '../../schema/slug.ts';
import { captureExtension } from '../../schema/source.ts';
import { compareCaptureToBody, excerptsAtDifference, findAlteredOmission } from './capture-comparison.ts';
import { describeHiddenDifference } from './hidden-differences.ts';
import { checkHtmlCapture } from './html-capture-check.ts';
import { analyseBody } from '../text/clip-body.ts';
import { checkQuotedPassages } from './passage-quotes.ts';
import { findDraftMarkers, type DraftMarker } from './draft-markers.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { formatBytes, listContentFiles, readRegularFile, type FileProblem, type FileRead } from './content-files.ts';
import { MAX_BODY_BYTES, MAX_CAPTURE_BYTES, MAX_CLIP_FILE_BYTES } from '../../constants.ts';
import { findAddedStructureInTree, PLAIN_TEXT_CAPTURE, structureFix, type CaptureAllowance } from './body-structure.ts';
import { issuesFromZod, type ValidationIssue } from './validation-issue.ts';
import { allowedKeysAt } from './schema-keys.ts';
import { readCachedClip, validationKey, writeCachedClip, type ValidationCache } from './validation-cache.ts';

export interface ArchivePaths {
  root: string;
  clipsDir: string;
  capturesDir: string;
  outletsFile: string;
}

/** A clip as validation reads it: the parts of the archive's clip shape it knows, with its file and raw body. */
export type ValidatedClip = Pick<Clip, 'slug' | 'data' | 'paragraphs'> & {
  file: string;
  body: string;
  /** Fields still marked TO CONFIRM / TO FILL; a draft's are listed by validate (it is not published). */
  draftMarkers: DraftMarker[];
};

export interface ArchiveValidation {
  issues: ValidationIssue[];
  clips: ValidatedClip[];
  outlets: Outlet[];
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

// A WARC or WACZ shared by many clips is hashed once per process (keyed by name, size and its first bytes' hash).
const sharedHashes = new Map<string, string>();
function sha256Cached(name: string, bytes: Uint8Array): string {
  if (bytes.length < 1_000_000) return sha256(bytes);
  const key = `${name}:${bytes.length}:${sha256(bytes.subarray(0, 65536))}`;
  let hash = sharedHashes.get(key);
  if (!hash) sharedHashes.set(key, (hash = sha256(bytes)));
  return hash;
}

/** Every `.md` file under a folder, sorted, so subfolders (e.g. by year) can organise a large archive. */
export function listClipFiles(dir: string): string[] {
  return listContentFiles(dir, '.md').files;
}

export function readOutlets(file: string, displayFile: string): { outlets: Outlet[]; issues: ValidationIssue[] } {
  if (!existsSync(file)) {
    return {
      outlets: [],
      issues: [
        {
          file: displayFile,
          field: null,
          message: 'the outlets file is missing.',
          fix: 'Create it with a YAML list of outlets (id, name, url).',
        },
      ],
    };
  }
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    return {
      outlets: [],
      issues: [
        {
          file: displayFile,
          field: null,
          message: `broken YAML: ${(error as Error).message.split('\n')[0]}`,
          fix: 'Correct the YAML syntax at the line named.',
        },
      ],
    };
  }
  const parsed = outletListSchema.safeParse(data);
  if (!parsed.success)
    return {
      outlets: [],
      issues: issuesFromZod(displayFile, parsed.error, () => ['id', 'name', 'url', 'description'], data),
    };
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  parsed.data.forEach((outlet, i) => {
    if (seen.has(outlet.id))
      issues.push({
        file: displayFile,
        field: `[${i}].id`,
        message: `outlet id "${outlet.id}" is listed twice.`,
        fix: 'Keep one entry per outlet.',
      });
    seen.add(outlet.id);
  });
  return { outlets: parsed.data, issues };
}

interface ClipInput {
  file: string;
  slug: string;
  source: string;
  /** The capture's bytes, given its file name from the frontmatter (null when there is no such file). */
  readCapture: (name: string) => Uint8Array | null;
  /** Why the capture could not be read (a link, a folder, too large…), when it exists but is not usable. */
  captureProblem?: FileProblem | undefined;
  /** The captures folder as messages name it, e.g. content/captures. */
  capturesDir: string;
  outletIds: ReadonlySet<string>;
  /** What the capture has beyond plain text (its links); a .txt capture has nothing: `PLAIN_TEXT_CAPTURE`. */
  captureAllowance?: CaptureAllowance;
}

/** Validates one clip file against its schema, its capture and the outlet list. Pure: all I/O is done by the caller. */
export function validateClip(input: ClipInput): { issues: ValidationIssue[]; clip: ValidatedClip | null } {
  const { file, slug } = input;
  const issues: ValidationIssue[] = [];
  const add = (field: string | null, message: string, fix: string) => issues.push({ file, field, message, fix });

  if (!SLUG_PATTERN.test(slug)) {
    add(
      null,
      `the file name "${slug}" is not a valid slug.`,
      'Rename the file to lowercase ASCII words joined by hyphens, e.g. ice-raids-austin-2017.md (the name is the permalink).',
    );
  }
  const split = splitFrontmatter(input.source);
  if (!split.ok) {
    add(
      split.field || null,
      split.line && !split.message.startsWith('line ') ? `line ${split.line}: ${split.message}` : split.message,
      split.fix ??
        'Correct the frontmatter between the two "---" lines (quote values that contain ": " or start with a quote mark).',
    );
    return { issues, clip: null };
  }
  const parsed = clipSchema.safeParse(split.data ?? {});
  if (!parsed.success) {
    issues.push(...issuesFromZod(file, parsed.error, (p) => allowedKeysAt(clipSchema, p), split.data));
    return { issues, clip: null };
  }
  const data = parsed.data;
  const draftMarkers = findDraftMarkers(input.source);
  if (!data.draft && draftMarkers.length > 0) {
    add(
      draftMarkers[0]!.field,
      `${draftMarkers.length} suggestion${draftMarkers.length > 1 ? 's are' : ' is'} still marked ${draftMarkers[0]!.mark} (${[...new Set(draftMarkers.map((m) => m.field))].join(', ')}), but the clip is not a draft.`,
      'Review each marked field and delete its TO CONFIRM / TO FILL comment, or set draft: true to keep the clip unpublished.',
    );
  }

  const bodyBytes = Buffer.byteLength(split.body);
  if (bodyBytes > MAX_BODY_BYTES) {
    add(
      'body',
      `the body is ${formatBytes(bodyBytes)}, over the limit of ${formatBytes(MAX_BODY_BYTES)} (about 80,000 words).`,
      'Keep only the article; a text this long is not one news article (see "Limits" in README.md).',
    );
    return { issues, clip: null };
  }
  const body = analyseBody(split.body);
  if (body.text.length === 0) {
    add('body', 'the body is empty.', 'Paste the article text, as captured, after the closing "---".');
  }
  issues.push(...checkQuotedPassages(file, data, body.paragraphs));
  data.people.forEach((person, i) => {
    if (!body.text.includes(person.name)) {
      add(
        `people[${i}].name`,
        `"${person.name}" is not named in the body.`,
        'Write the name exactly as the body does, or remove the entry.',
      );
    }
  });

  const checkOutlet = (id: string | null | undefined, field: string) => {
    if (id && !input.outletIds.has(id)) {
      add(
        field,
        `unknown outlet "${id}".`,
        `Use an id listed in content/outlets.yaml, or add the outlet there (id, name, url).`,
      );
    }
  };
  checkOutlet(data.outlet, 'outlet');
  checkOutlet(data.originalOutlet, 'originalOutlet');
  data.basedOn.forEach((id, i) => checkOutlet(id, `basedOn[${i}]`));
  data.cites.forEach((c, i) => checkOutlet(c.outlet, `cites[${i}].outlet`));
  data.source.copies.forEach((c, i) => checkOutlet(c.outlet, `source.copies[${i}].outlet`));

  const capture = data.source.capture;
  const ext = captureExtension(capture.file);
  const captureFile = `${input.capturesDir}/${capture.file}`;
  // A WARC or WACZ may hold many pages, so only a capture of one page is named after its clip.
  if (!capture.record && capture.file !== `${slug}.${ext}`) {
    add(
      'source.capture.file',
      `"${capture.file}" does not match the clip's slug.`,
      `Name the capture ${slug}.${ext} (${input.capturesDir}/${slug}.${ext}).`,
    );
  }
  const bytes = input.captureProblem ? null : input.readCapture(capture.file);
  // The links of an HTML page (as written and as resolved) are the only links its clip's body may have.
  let pageLinks: CaptureAllowance['links'] = [];
  if (input.captureProblem) {
    add('source.capture.file', `${captureFile} is ${input.captureProblem.message}`, input.captureProblem.fix);
  } else if (bytes === null) {
    add(
      'source.capture.file',
      `the capture ${captureFile} does not exist.`,
      `Keep the raw capture, byte for byte, at ${captureFile}.`,
    );
  } else {
    const actual = sha256Cached(capture.file, bytes);
    if (actual !== capture.sha256) {
      add(
        'source.capture.sha256',
        `the SHA-256 of ${captureFile} is ${actual}, not ${capture.sha256}.`,
        'If the capture was changed, restore the original bytes; if the hash was mistyped, copy the value above.',
      );
    } else if (body.text.length > 0 && ext !== 'txt') {
      const checked = checkHtmlCapture(bytes, capture, data.source.url, data.omitted, body.mdast, split.bodyStartLine);
      for (const issue of checked.issues) add(issue.field, issue.message, issue.fix);
      pageLinks = checked.links;
    } else if (body.text.length > 0) {
      const captureText = new TextDecoder('utf-8').decode(bytes);
      const comparison = compareCaptureToBody(captureText, data.omitted, body.text, split.body);
      const altered = comparison.ok ? findAlteredOmission(captureText, data.omitted) : null;
      if (altered !== null) {
        add(
          `omitted[${altered}].text`,
          `"${data.omitted[altered]!.text.slice(0, 60)}" matches the capture only once spaces are normalised; omissions are kept verbatim.`,
          'Copy the lines byte for byte from the capture, including no-break spaces (U+00A0) and trailing spaces.',
        );
      }
      if (!comparison.ok && comparison.kind === 'omission-not-found') {
        add(
          `omitted[${comparison.omissionIndex}].text`,
          `"${comparison.text.slice(0, 60)}" is not a run of whole lines in the capture.`,
          'Copy the omitted lines verbatim from the capture (each omission removes whole lines).',
        );
      } else if (!comparison.ok && comparison.kind === 'direction-marks-differ') {
        add(
          'body',
          `the direction marks differ: the capture has ${comparison.capture || 'none'}, the body has ${comparison.body || 'none'}.`,
          'Keep the capture’s right-to-left and left-to-right marks exactly where the capture has them.',
        );
      } else if (!comparison.ok && comparison.captureLine === 0) {
        add(
          'body',
          `the body has text that is not in the capture: "${comparison.found.slice(0, 80)}".`,
          'Remove it: the body holds only the captured text.',
        );
      } else if (!comparison.ok) {
        const hidden = describeHiddenDifference(comparison.expected, comparison.found);
        const shown = excerptsAtDifference(comparison.expected, comparison.found);
        add(
          'body',
          `capture line ${comparison.captureLine} is not in the body as captured${hidden ? `: ${hidden}` : ''}. Expected "${shown.expected}", found "${shown.found}".`,
          'Restore the text verbatim, or, if it is page chrome, declare it under omitted with a reason.',
        );
      }
    }
  }
  const allowance = input.captureAllowance ?? (ext === 'txt' ? PLAIN_TEXT_CAPTURE : { links: pageLinks });
  for (const added of findAddedStructureInTree(body.mdast, split.body, allowance)) {
    const has = ext !== 'txt' ? 'the captured page does not have it' : 'the capture is plain text';
    add(
      'body',
      `line ${added.line + split.bodyStartLine - 1}: ${added.construct}, "${added.source}"; ${has}, and a body may not add what its capture lacks.`,
      structureFix(added),
    );
  }

  return {
    issues,
    clip: issues.length ? null : { slug, file, draftMarkers, data, body: split.body, paragraphs: body.paragraphs },
  };
}

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

/** A capture file read safely and within its kind's size limit; null when there is no such file. */
function readCaptureFile(job: ClipJob, name: string): FileRead | null {
  const full = path.join(job.capturesFull, name);
  if (!existsSync(full) && !isLink(full)) return null;
  const kind = name.endsWith('.txt') ? 'txt' : name.endsWith('.html') ? 'html' : 'archive';
  return readRegularFile(full, MAX_CAPTURE_BYTES[kind], CAPTURE_KIND_WORDS[kind]);
}

const CAPTURE_KIND_WORDS = { txt: 'a plain-text capture', html: 'an HTML capture', archive: 'a WARC or WACZ capture' };

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
 * Reads and validates each clip of a list, in order. Used in-process and by the validation worker threads. With a
 * cache, a clip whose file, capture and validating code are unchanged since it last validated is not checked again.
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

/** The archive's outlets, its clip files as jobs, and the problems found before any clip is read (duplicates). */
export function planArchiveValidation(paths: ArchivePaths): {
  outlets: Outlet[];
  outletIds: Set<string>;
  jobs: ClipJob[];
  issues: ValidationIssue[];
} {
  const rel = (p: string) => path.relative(paths.root, p) || p;
  const { outlets, issues } = readOutlets(paths.outletsFile, rel(paths.outletsFile));
  const outletIds = new Set(outlets.map((o) => o.id));
  const bySlug = new Map<string, string>();
  const listed = listContentFiles(paths.clipsDir, '.md');
  const captures = listContentFiles(paths.capturesDir, '');
  for (const problem of [...listed.problems, ...captures.problems]) {
    issues.push({ file: rel(problem.path), field: null, message: problem.message, fix: problem.fix });
  }
  const files = listed.files;
  if (files.length === 0) {
    issues.push({
      file: rel(paths.clipsDir),
      field: null,
      message: 'no clips found.',
      fix: 'Add clips as <slug>.md files, e.g. with npm run clip:add.',
    });
  }
  const jobs: ClipJob[] = [];
  for (const full of files) {
    const file = rel(full);
    const slug = path.basename(full, '.md');
    const earlier = bySlug.get(slug);
    if (earlier) {
      issues.push({
        file,
        field: null,
        message: `duplicate slug "${slug}": ${earlier} has the same file name.`,
        fix: 'Rename one of the two files; each clip needs its own slug, which is its permalink.',
      });
      continue;
    }
    bySlug.set(slug, file);
    jobs.push({ full, file, slug, capturesFull: paths.capturesDir, capturesDir: rel(paths.capturesDir) });
  }
  for (const capture of captures.files) {
    const slug = path.basename(capture).replace(/\..*$/, '');
    if (!bySlug.has(slug)) {
      issues.push({
        file: rel(capture),
        field: null,
        message: `a capture without a clip: no clips/${slug}.md (an interrupted import, or a clip renamed or deleted).`,
        fix: `Run npm run clip:add -- ${rel(capture)} --slug ${slug} --force to draft its clip again, or delete the capture.`,
      });
    }
  }
  return { outlets, outletIds, jobs, issues };
}

function collect(plan: ReturnType<typeof planArchiveValidation>, results: ClipResult[]): ArchiveValidation {
  const issues = [...plan.issues];
  const clips: ValidatedClip[] = [];
  for (const result of results) {
    issues.push(...result.issues);
    if (result.clip) clips.push(result.clip);
  }
  return { issues, clips, outlets: plan.outlets };
}

/** Validates the whole archive: outlets, every clip, its capture and slug uniqueness. Reads files, writes nothing. */
export function validateArchive(paths: ArchivePaths): ArchiveValidation {
  const plan = planArchiveValidation(paths);
  return collect(plan, validateClipJobs(plan.jobs, plan.outletIds));
}

/** Below this many clips, starting worker threads costs more than it saves. */
export const PARALLEL_VALIDATION_THRESHOLD = 1000;

/**
 * The same validation as `validateArchive`, with the same result in the same order, spread over worker threads
 * when the archive is large (each clip is independent: parse, schema, Markdown, capture comparison). The main
 * thread validates one share itself; if a worker cannot start or fails, its share is validated in-process.
 */
export async function validateArchiveInParallel(
  paths: ArchivePaths,
  {
    threads = Math.min(availableParallelism(), 4),
    threshold = PARALLEL_VALIDATION_THRESHOLD,
    cache = null as ValidationCache | null,
  } = {},
): Promise<ArchiveValidation & { threads: number }> {
  const plan = planArchiveValidation(paths);
  if (threads < 2 || plan.jobs.length < Math.max(threshold, threads)) {
    return { ...collect(plan, validateClipJobs(plan.jobs, plan.outletIds, cache)), threads: 1 };
  }
  const size = Math.ceil(plan.jobs.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => plan.jobs.slice(i * size, (i + 1) * size));
  const outletIds = [...plan.outletIds];
  const workerResults = shares.slice(1).map(
    (share) =>
      new Promise<ClipResult[]>((resolve) => {
        let settled = false;
        const settle = (results: () => ClipResult[]) => {
          if (settled) return;
          settled = true;
          resolve(results());
        };
        const fallback = () => settle(() => validateClipJobs(share, plan.outletIds, cache));
        let worker: Worker;
        try {
          worker = new Worker(new URL('./archive-validation-worker.ts', import.meta.url), {
            workerData: { jobs: share, outletIds, cache },
          });
        } catch {
          fallback();
          return;
        }
        worker.once('message', (results: ClipResult[]) => settle(() => results));
        worker.once('error', fallback);
        worker.once('exit', (code) => {
          if (code !== 0) fallback();
        });
      }),
  );
  const own = validateClipJobs(shares[0]!, plan.outletIds, cache);
  const rest = await Promise.all(workerResults);
  return { ...collect(plan, [own, ...rest].flat()), threads };
}
