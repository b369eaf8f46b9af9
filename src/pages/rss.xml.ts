import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadArchive } from '../data/archive.ts';
import { clipPath } from '../lib/site/site-urls.ts';

// The latest 50 clips. No pubDate: most clips are dated to a range or a month, and a feed date must be a day;
// the date in words goes in the description instead. No lastBuildDate, so rebuilds are byte-identical.
export const GET: APIRoute = async ({ site }) => {
  const { clips } = await loadArchive();
  const base = import.meta.env.BASE_URL;
  return rss({
    title: 'News Clip Archive',
    description: 'News articles kept verbatim, with their provenance.',
    site: new URL(base, site).href,
    items: clips.slice(0, 50).map((clip) => ({
      title: clip.data.title,
      link: new URL(clipPath(base, clip.slug), site).href,
      description: `${clip.outlet?.name ?? clip.originalOutlet?.name ?? 'Site unknown'}, ${clip.dateInWords}. ${clip.excerpt}`,
    })),
  });
};
