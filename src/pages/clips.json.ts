import type { APIRoute } from 'astro';
import { loadArchive } from '../data/archive.ts';
import { clipUrl } from '../lib/site/site-urls.ts';

// The whole archive's metadata (everything but the bodies), newest first, for anyone who wants the data.
export const GET: APIRoute = async ({ site }) => {
  const { clips, sharedPassages } = await loadArchive();
  const base = import.meta.env.BASE_URL;
  const records = clips.map((clip) => ({
    slug: clip.slug,
    url: clipUrl(base, clip.slug, site),
    ...clip.data,
    dateInWords: clip.dateInWords,
    paragraphs: clip.paragraphs.length,
    sharedPassages: sharedPassages.get(clip.slug) ?? [],
  }));
  return new Response(`${JSON.stringify({ clips: records }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};
