import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { MAX_CAPTURE_BYTES } from '../../constants.ts';
import { readRegularFile } from '../validation/content-files.ts';
import { importCapture, type ImportResult, type ImportTarget } from './capture-import.ts';
import { addStageTimes, takeStageTimes, type ImportStage } from './import-stages.ts';
import { matchesAny } from './outlet-match.ts';
import { draftPageJob, type PageDraftJob, type PageDraftOutcome } from './page-draft-job.ts';
import type { PageImportOptions } from './page-import.ts';

/** The capture formats clip:add reads, by file name. */
export const CAPTURE_FORMATS = /\.(txt|html?|warc|warc\.gz|wacz)$/i;

const isHtml = (name: string) => /\.html?$/i.test(name);
const isWebArchive = (name: string) => /\.(warc|warc\.gz|wacz)$/i.test(name);

function captureKind(name: string): keyof typeof MAX_CAPTURE_BYTES {
  return /\.txt$/i.test(name) ? 'txt' : isHtml(name) ? 'html' : 'archive';
}

/** Reads a capture safely (no links, folders, devices or pipes; within its kind's size limit). */
function readCapture(
  file: string,
  name: string,
): { ok: true; bytes: Uint8Array } | { ok: false; result: ImportResult } {
  const read = readRegularFile(file, MAX_CAPTURE_BYTES[captureKind(name)], 'a capture');
  if (read.ok) return { ok: true, bytes: read.bytes };
  return { ok: false, result: { status: 'failed', reason: `${name}: ${read.problem.message} ${read.problem.fix}` } };
}

// The HTML and WARC readers load only when a page needs them (they take a second to load on a busy machine).
const pageImport = () => import('./page-import.ts');

/** Imports one capture file of any format: a .txt or .html page gives one result, a WARC or WACZ one per page. */
export async function importCaptureFile(
  file: string,
  name: string,
  options: PageImportOptions,
  target: ImportTarget,
  onPage?: (done: number, total: number, url: string) => void,
): Promise<ImportResult[]> {
  const read = readCapture(file, name);
  if (!read.ok) return [read.result];
  if (isHtml(name)) return [(await pageImport()).importHtmlCapture(read.bytes, name, options, target)];
  if (isWebArchive(name)) return (await pageImport()).importWebArchive(read.bytes, name, options, target, onPage);
  return [importCapture(read.bytes, name, { ...options, url: options.urls?.[0] }, target)];
}

/** Below this many HTML pages, starting worker threads costs more than it saves. */
export const PARALLEL_IMPORT_THRESHOLD = 8;

export interface FolderImportHooks {
  /** Called before each capture is imported, and once more (with null) at the end. */
  onFile?: (name: string | null, done: number) => void;
  /** Asked between captures: true stops the import there (Ctrl-C). */
  stopRequested?: () => boolean;
  /** Worker threads drafting HTML pages (default: one per core, at most 4; 0 or 1 drafts in this thread). */
  threads?: number;
}

export interface FolderImport {
  results: ImportResult[];
  /** How many of the captures were imported before a stop was requested. */
  done: number;
  /** Milliseconds spent in each stage, summed over every thread. */
  stages: Partial<Record<ImportStage, number>>;
}

interface Drafted {
  outcome: PageDraftOutcome;
  /** How many outlets the archive had when the page was drafted: a page that proposed one may need drafting again. */
  outlets: number;
}

/** A few worker threads, each drafting one page at a time; a job whose worker fails is drafted in this thread. */
function draftingPool(size: number, stages: Partial<Record<ImportStage, number>>) {
  const pending = new Map<number, { job: PageDraftJob; worker: Worker; resolve: (o: PageDraftOutcome) => void }>();
  const alive = new Set<Worker>();
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(new URL('./page-draft-worker.ts', import.meta.url));
    alive.add(worker);
    worker.on('message', ({ id, outcome, stages: times }) => {
      addStageTimes(stages, times);
      pending.get(id)?.resolve(outcome);
      pending.delete(id);
    });
    worker.on('error', () => {
      // What this worker held is drafted here instead; it takes no new jobs.
      alive.delete(worker);
      for (const [id, entry] of pending) {
        if (entry.worker !== worker) continue;
        pending.delete(id);
        entry.resolve(draftPageJob(entry.job));
      }
    });
    return worker;
  });
  let next = 0;
  return {
    draft(job: PageDraftJob): Promise<PageDraftOutcome> {
      const id = next++;
      const worker = workers[id % size]!;
      if (!alive.has(worker)) return Promise.resolve(draftPageJob(job));
      return new Promise((resolve) => {
        pending.set(id, { job, worker, resolve });
        worker.postMessage({ id, job });
      });
    },
    close: () => Promise.all(workers.map((w) => w.terminate())),
  };
}

/**
 * Imports the captures of a folder in file-name order, as `npm run clip:add -- <folder>` does. HTML pages are
 * drafted ahead in worker threads (the CPU work: parsing, extraction, drafting, validation), while this thread
 * writes each clip in order, so the result is the same as one page after another: the first page to take a slug
 * gets it, and a page drafted before an earlier page added its outlet to outlets.yaml is drafted again.
 */
export async function importFolder(
  folder: string,
  names: readonly string[],
  options: PageImportOptions,
  target: ImportTarget,
  hooks: FolderImportHooks = {},
): Promise<FolderImport> {
  const stages: Partial<Record<ImportStage, number>> = {};
  takeStageTimes();
  const htmlCount = names.filter(isHtml).length;
  const threads = hooks.threads ?? Math.min(availableParallelism(), 4);
  const { htmlPageJob, notAnHtmlPage, writeDraftedPage } = htmlCount > 0 ? await pageImport() : ({} as never);
  const pool = threads > 1 && htmlCount >= PARALLEL_IMPORT_THRESHOLD ? draftingPool(threads, stages) : null;
  const ahead = new Map<number, { bytes: Uint8Array; drafted: Promise<Drafted> }>();
  const window = pool ? threads * 2 : 0;
  let queued = 0;
  // Reads and sends the next HTML pages to the workers, keeping `window` of them in flight.
  const fill = (from: number) => {
    for (queued = Math.max(queued, from); queued < names.length && ahead.size < window; queued++) {
      const name = names[queued]!;
      if (!isHtml(name)) continue;
      const read = readCapture(path.join(folder, name), name);
      if (!read.ok || notAnHtmlPage(read.bytes, name)) continue;
      const outlets = target.outlets.length;
      const drafted = pool!
        .draft(htmlPageJob(read.bytes, name, options, target))
        .then((outcome) => ({ outcome, outlets }));
      ahead.set(queued, { bytes: read.bytes, drafted });
    }
  };

  const results: ImportResult[] = [];
  let done = 0;
  try {
    for (const [i, name] of names.entries()) {
      if (hooks.stopRequested?.()) break;
      hooks.onFile?.(name, i);
      fill(i + 1);
      const early = ahead.get(i);
      ahead.delete(i);
      try {
        if (early) {
          const { outcome, outlets } = await early.drafted;
          const proposed = outcome.ok ? outcome.draft.proposedOutlet : null;
          const stale = proposed !== null && matchesAny(target.outlets.slice(outlets), proposed);
          const final = stale ? draftPageJob(htmlPageJob(early.bytes, name, options, target)) : outcome;
          results.push(writeDraftedPage(final, early.bytes, name, options, target));
        } else {
          results.push(...(await importCaptureFile(path.join(folder, name), name, options, target)));
        }
      } catch (error) {
        results.push({ status: 'failed', reason: `${name}: ${(error as Error).message}` });
      }
      done = i + 1;
      // Let a signal handler run between captures.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    await pool?.close();
  }
  hooks.onFile?.(null, done);
  addStageTimes(stages, takeStageTimes());
  return { results, done, stages };
}
