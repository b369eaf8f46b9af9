import type { APIRoute } from 'astro';
import { withBase } from '../lib/site/site-urls.ts';

// Every page may be indexed; the sitemap's address is absolute, as robots.txt requires.
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase(import.meta.env.BASE_URL, 'sitemap-index.xml'), site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
