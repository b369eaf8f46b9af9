import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { ARCHIVE_NAME } from '../config.ts';
import { FEED_SIZE } from '../constants.ts';
import { loadArchive } from '../data/archive.ts';

// The latest clips (FEED_SIZE). No pubDate: most clips are dated to a range or a month, and a feed date must be a day;
// the date in words goes in the description instead. No lastBuildDate, so rebuilds are byte-identical.
export const GET: APIRoute = async ({ site }) => {
  const { clips } = await loadArchive();
  const base = import.meta.env.BASE_URL;
  return rss({
    title: ARCHIVE_NAME,
    description: 'News articles kept verbatim, with their provenance.',
    site: new URL(base, site).href,
    items: clips.slice(0, FEED_SIZE).map((clip) => ({
      title: clip.data.title,
      link: clip.url,
      description: `${clip.outlet?.name ?? clip.originalOutlet?.name ?? 'Site unknown'}, ${clip.dateInWords}. ${clip.excerpt}`,
    })),
  });
};
