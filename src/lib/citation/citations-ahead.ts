import { Worker } from 'node:worker_threads';
import type { Clip } from '../archive/clip.ts';
import {
  clipCslRecord,
  formatCitation,
  type CitableClip,
  type CitationStyle,
  type CslRecord,
} from './clip-citation.ts';

/**
 * Formats the records' citations (Chicago and APA, as HTML) in a worker thread, so that a build's main thread,
 * busy with Markdown and bundling meanwhile, finds them ready when it renders the clip pages. Resolves to one entry
 * per record, in order. Rejects if the worker cannot run; callers then format on the main thread as before.
 */
export function formatCitationsInWorker(records: readonly CslRecord[]): Promise<Record<CitationStyle, string>[]> {
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

/** A clip's citation record as validation built it, with its entries formatted ahead. */
export interface CitationAhead {
  record: CslRecord;
  html: Record<CitationStyle, string>;
}

/**
 * Builds each clip's one citation record and formats its entries in a worker thread, by slug. A failed worker only
 * costs time: the result is then empty and every page formats its own.
 */
export async function citationsAhead(
  clips: readonly CitableClip[],
  archiveName: string,
  format: (records: readonly CslRecord[]) => Promise<Record<CitationStyle, string>[]> = formatCitationsInWorker,
): Promise<Map<string, CitationAhead>> {
  const records = clips.map((clip) => clipCslRecord(clip, archiveName));
  try {
    const html = await format(records);
    return new Map(records.map((record, i) => [record.id, { record, html: html[i]! }]));
  } catch {
    return new Map();
  }
}

/** A clip's entry as HTML: the one formatted ahead for it, or formatted now from its record. */
export function citationHtml(
  ahead: ReadonlyMap<string, CitationAhead>,
  clip: Pick<Clip, 'slug' | 'citation'>,
  style: CitationStyle,
): string {
  return ahead.get(clip.slug)?.html[style] ?? formatCitation(clip.citation, style, 'html');
}
