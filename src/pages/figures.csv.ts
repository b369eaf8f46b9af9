import type { APIRoute } from 'astro';
import { loadArchive } from '../data/archive.ts';
import { ledgerCsv } from '../lib/archive/figures-ledger.ts';
import { clipPath, paragraphPath } from '../lib/site/site-urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { figures } = await loadArchive();
  const base = import.meta.env.BASE_URL;
  const link = (slug: string, paragraph: number | null) =>
    new URL(paragraph ? paragraphPath(base, slug, paragraph) : clipPath(base, slug), site).href;
  return new Response(ledgerCsv(figures, link), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
