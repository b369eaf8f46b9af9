import type { APIRoute } from 'astro';
import { loadArchive } from '../data/archive.ts';

// The whole archive's metadata (everything but the bodies), newest first, for anyone who wants the data.
export const GET: APIRoute = async () => {
  const { clips, sharedPassages } = await loadArchive();
  const records = clips.map((clip) => ({
    slug: clip.slug,
    url: clip.url,
    ...clip.data,
    dateInWords: clip.dateInWords,
    paragraphs: clip.paragraphs.length,
    sharedPassages: sharedPassages.get(clip.slug) ?? [],
  }));
  return new Response(`${JSON.stringify({ clips: records }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};
