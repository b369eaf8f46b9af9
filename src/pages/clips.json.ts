import type { APIRoute } from 'astro';
import { loadArchive } from '../data/archive.ts';
import { noteAnchor } from '../lib/archive/notes-index.ts';
import { clipPath } from '../lib/site/site-urls.ts';

// The whole archive's metadata (everything but the bodies), newest first, for anyone who wants the data.
export const GET: APIRoute = async ({ site }) => {
  const { clips, sharedPassages, notesBySlug } = await loadArchive();
  const base = import.meta.env.BASE_URL;
  const records = clips.map((clip) => ({
    slug: clip.slug,
    url: new URL(clipPath(base, clip.slug), site).href,
    ...clip.data,
    // The archivist's notes, each with the paragraph of its passage and its address on the clip page.
    notes: (notesBySlug.get(clip.slug) ?? []).map((row) => ({
      number: row.number,
      kind: row.kind,
      passage: row.passage,
      paragraph: row.paragraph,
      note: row.note,
      source: row.source,
      url: new URL(`${clipPath(base, clip.slug)}#${noteAnchor(row.number)}`, site).href,
    })),
    dateInWords: clip.dateInWords,
    paragraphs: clip.paragraphs.length,
    sharedPassages: sharedPassages.get(clip.slug) ?? [],
  }));
  return new Response(`${JSON.stringify({ clips: records }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};
