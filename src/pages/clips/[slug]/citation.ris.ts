import type { APIRoute } from 'astro';
import { clipCitationRecord, loadArchive } from '../../../data/archive.ts';
import { toRis } from '../../../lib/clip-citation.ts';
import { clipPath } from '../../../lib/site-urls.ts';

export async function getStaticPaths() {
  const { clips } = await loadArchive();
  return clips.map((clip) => ({ params: { slug: clip.slug } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const clip = (await loadArchive()).bySlug.get(params.slug!)!;
  const record = clipCitationRecord(clip, new URL(clipPath(import.meta.env.BASE_URL, clip.slug), site).href);
  return new Response(toRis(record), {
    headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' },
  });
};
