import type { APIRoute } from 'astro';
import { bulkIndex, loadBulkData } from '../../data/bulk-data.ts';

// The index of the bulk data files, for scripts: which files exist, for which year, how many records, how large.
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(bulkIndex(await loadBulkData(), import.meta.env.BASE_URL), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
