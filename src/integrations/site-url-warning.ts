import type { AstroIntegration } from 'astro';

/** The origin a build falls back to without SITE_URL: right for `npm start`, wrong for anything deployed. */
export const LOCAL_SITE = 'http://localhost:4321';

/** The warning a production build gives when SITE_URL is unset, or null when it is set. */
export function siteUrlWarning(siteUrl: string | undefined): string | null {
  if (siteUrl && siteUrl.trim() !== '') return null;
  return (
    `SITE_URL is not set, so canonical URLs, citations, the feed, the sitemap, robots.txt and the bulk data name ` +
    `${LOCAL_SITE}. For a site others will read, build with the public address, e.g. ` +
    `SITE_URL=https://example.org npm run build (and BASE_PATH=/archive/ under a sub-path). See "Deploy" in README.md.`
  );
}

/** Warns at the end of `astro build` (not dev or preview) when SITE_URL is unset, where the reader sees it last. */
export function siteUrlWarningIntegration(): AstroIntegration {
  return {
    name: 'news-clip-archive:site-url',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const warning = siteUrlWarning(process.env.SITE_URL);
        if (warning) logger.warn(warning);
      },
    },
  };
}
