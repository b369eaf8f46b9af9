import { Worker } from 'node:worker_threads';
import type { CslRecord, FormattedCitation } from './clip-citation.ts';

/**
 * Formats the records' citations (Chicago and APA, as HTML) in a worker thread, so that a build's main thread,
 * busy with Markdown and bundling meanwhile, finds them ready when it renders the clip pages.
 * Rejects if the worker cannot run; callers then format on the main thread as before.
 */
export function formatCitationsInWorker(records: readonly CslRecord[]): Promise<FormattedCitation[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./citations-ahead-worker.ts', import.meta.url), { workerData: { records } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`citation worker exited with code ${code}`));
    });
    // The build must not wait on the worker to exit; it waits on the result where it needs it.
    worker.unref();
  });
}
