import type { APIRoute } from 'astro';
import { clipCitationRecord, loadArchive } from '../../../data/archive.ts';
import { toBibTeX, toCslJson, toRis, type CslRecord } from '../../../lib/citation/clip-citation.ts';
import { cacheKey } from '../../../data/cache-keys.ts';
import { clipUrl } from '../../../lib/site/site-urls.ts';

/** The downloads of each clip's one CSL-JSON record: citation.json, citation.bib, citation.ris. */
const DOWNLOADS: Record<string, { write: (record: CslRecord) => string; type: string }> = {
  json: { write: toCslJson, type: 'application/vnd.citationstyles.csl+json' },
  bib: { write: toBibTeX, type: 'application/x-bibtex; charset=utf-8' },
  ris: { write: toRis, type: 'application/x-research-info-systems; charset=utf-8' },
};

export async function getStaticPaths() {
  const { clips } = await loadArchive();
  return clips.flatMap((clip) => {
    const key = cacheKey(clip.slug, clip.data, clip.outlet, clip.originalOutlet);
    return Object.keys(DOWNLOADS).map((format) => ({ params: { slug: clip.slug, format }, cacheKey: key }));
  });
}

export const GET: APIRoute = async ({ params, site }) => {
  const clip = (await loadArchive()).bySlug.get(params.slug!)!;
  const download = DOWNLOADS[params.format!]!;
  const record = clipCitationRecord(clip, clipUrl(import.meta.env.BASE_URL, clip.slug, site));
  return new Response(download.write(record), { headers: { 'Content-Type': download.type } });
};
