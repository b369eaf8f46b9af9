import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { ARCHIVE_NAME } from '../config.ts';
import { FEED_SIZE } from '../constants.ts';
import { latestAdded, loadArchive } from '../data/archive.ts';

// The clips the archive added last (FEED_SIZE), each dated by its accession, the day the archive added it: a feed
// date must be a day, and most publication dates are ranges or months, so the publication date in words goes in the
// description. No lastBuildDate, so rebuilds are byte-identical.
export const GET: APIRoute = async ({ site }) => {
  const { clips } = await loadArchive();
  const base = import.meta.env.BASE_URL;
  return rss({
    title: ARCHIVE_NAME,
    description: 'News articles kept verbatim, with their provenance.',
    site: new URL(base, site).href,
    items: latestAdded(clips, FEED_SIZE).map((clip) => ({
      title: clip.data.title,
      link: clip.url,
      ...(clip.data.accessioned ? { pubDate: new Date(`${clip.data.accessioned}T00:00:00Z`) } : {}),
      description: `${clip.outlet?.name ?? clip.originalOutlet?.name ?? 'Site unknown'}, ${clip.dateInWords}. ${clip.excerpt}`,
    })),
  });
};
