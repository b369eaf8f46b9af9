import type { APIRoute } from 'astro';
import { loadArchive } from '../../../data/archive.ts';
import { toBibTeX, toCslJson, toRis, type CslRecord } from '../../../lib/citation/clip-citation.ts';
import { cacheKey } from '../../../data/cache-keys.ts';

/** The downloads of each clip's one CSL-JSON record: citation.json, citation.bib, citation.ris. */
const DOWNLOADS: Record<string, { write: (record: CslRecord) => string; type: string }> = {
  json: { write: toCslJson, type: 'application/vnd.citationstyles.csl+json' },
  bib: { write: toBibTeX, type: 'application/x-bibtex; charset=utf-8' },
  ris: { write: toRis, type: 'application/x-research-info-systems; charset=utf-8' },
};

export async function getStaticPaths() {
  const { clips } = await loadArchive();
  return clips.flatMap((clip) => {
    const key = cacheKey(clip.citation);
    return Object.keys(DOWNLOADS).map((format) => ({ params: { slug: clip.slug, format }, cacheKey: key }));
  });
}

export const GET: APIRoute = async ({ params }) => {
  const clip = (await loadArchive()).bySlug.get(params.slug!)!;
  const download = DOWNLOADS[params.format!]!;
  return new Response(download.write(clip.citation), { headers: { 'Content-Type': download.type } });
};
