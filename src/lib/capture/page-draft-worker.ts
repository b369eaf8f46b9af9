// Worker thread of a folder import: drafts the pages it is sent (parse, extraction, draft, validation in memory)
// and posts each outcome back with the time its stages took; the main thread writes the files.
import { parentPort } from 'node:worker_threads';
import { takeStageTimes } from './import-stages.ts';
import { draftPageJob, type PageDraftJob } from './page-draft-job.ts';

parentPort!.on('message', ({ id, job }: { id: number; job: PageDraftJob }) => {
  let outcome;
  try {
    outcome = draftPageJob(job);
  } catch (error) {
    outcome = { ok: false, reason: `${job.sourceName}: ${(error as Error).message}` };
  }
  parentPort!.postMessage({ id, outcome, stages: takeStageTimes() });
});
