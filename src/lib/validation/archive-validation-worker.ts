// Worker thread for validateArchiveInParallel: validates its share of the clips and posts the results back.
import { parentPort, workerData } from 'node:worker_threads';
import { validateClipJobs, type ClipJob } from './archive-validation.ts';

const { jobs, outletIds } = workerData as { jobs: ClipJob[]; outletIds: string[] };
parentPort!.postMessage(validateClipJobs(jobs, new Set(outletIds)));
