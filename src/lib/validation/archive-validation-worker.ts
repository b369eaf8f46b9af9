// Worker thread for validateArchiveInParallel: validates its share of the clips and posts the results back.
import { parentPort, workerData } from 'node:worker_threads';
import { validateClipJobs, type ClipJob } from './clip-jobs.ts';

import type { ValidationCache } from './validation-cache.ts';

const { jobs, outletIds, cache } = workerData as {
  jobs: ClipJob[];
  outletIds: string[];
  cache: ValidationCache | null;
};
parentPort!.postMessage(validateClipJobs(jobs, new Set(outletIds), cache));
