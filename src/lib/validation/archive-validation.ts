/**
 * Validation of the whole archive, the entry point of `npm run validate` and the build: the cross-clip plan, then
 * every clip, in-process or spread over worker threads, gathered into one result in file order.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Outlet } from '../../schema/outlet.ts';
import { planArchiveValidation, type ArchivePlan } from './archive-plan.ts';
import type { ArchivePaths } from './archive-paths.ts';
import type { ValidatedClip } from './clip-check.ts';
import { validateClipJobs, type ClipResult } from './clip-jobs.ts';
import type { ValidationCache } from './validation-cache.ts';
import type { ValidationIssue } from './validation-issue.ts';

export interface ArchiveValidation {
  issues: ValidationIssue[];
  clips: ValidatedClip[];
  outlets: Outlet[];
}

function collect(plan: ArchivePlan, results: ClipResult[]): ArchiveValidation {
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
const PARALLEL_VALIDATION_THRESHOLD = 1000;

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
