import type { APIRoute } from 'astro';
import { loadArchive } from '../data/archive.ts';
import { noteAnchor } from '../lib/archive/notes-index.ts';
import { clipUrl } from '../lib/site/site-urls.ts';

// The whole archive's metadata (everything but the bodies), newest first, for anyone who wants the data.
export const GET: APIRoute = async ({ site }) => {
  const { clips, sharedPassages, notesBySlug } = await loadArchive();
  const base = import.meta.env.BASE_URL;
  const records = clips.map((clip) => ({
    slug: clip.slug,
    url: clipUrl(base, clip.slug, site),
    ...clip.data,
    // The archivist's notes, each with the paragraph of its passage and its address on the clip page.
    notes: (notesBySlug.get(clip.slug) ?? []).map((row) => ({
      number: row.number,
      kind: row.kind,
      passage: row.passage,
      paragraph: row.paragraph,
      note: row.note,
      source: row.source,
      url: `${clipUrl(base, clip.slug, site)}#${noteAnchor(row.number)}`,
    })),
    dateInWords: clip.dateInWords,
    paragraphs: clip.paragraphs.length,
    sharedPassages: sharedPassages.get(clip.slug) ?? [],
  }));
  return new Response(`${JSON.stringify({ clips: records }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};
