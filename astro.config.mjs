// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { LOCAL_SITE, siteUrlWarningIntegration } from './src/integrations/site-url-warning.ts';
import { validateArchiveIntegration } from './src/integrations/validate-archive.ts';
import { validateOnEditIntegration } from './src/integrations/validate-on-edit.ts';
import { clipMarkdownProcessor } from './src/lib/site/clip-markdown.ts';

// SITE_URL and BASE_PATH let the archive be deployed anywhere, including under a sub-path.
export default defineConfig({
  site: process.env.SITE_URL || LOCAL_SITE,
  base: process.env.BASE_PATH ?? '/',
  // OUT_DIR lets the tests build a second copy of the site (e.g. under a sub-path) beside the first.
  outDir: process.env.OUT_DIR ?? './dist',
  // BUILD_CACHE_DIR gives a build its own caches (content store, incremental build, validation), e.g. a cold build
  // beside a warm one.
  cacheDir: process.env.BUILD_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Every page carries a Content-Security-Policy (a <meta> tag): scripts and styles only from the site itself or
  // hashed by Astro, no inline event handlers, nothing loaded from another host. public/_headers adds the rest.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // Rebuilds render again only the pages whose data changed (each route's cacheKey, src/data/cache-keys.ts) and
  // copy the rest from the previous build; Astro requires one page at a time for this.
  // Styles go inline in each page (about 3 KB compressed): the first paint waits for no stylesheet request, which on
  // a slow phone connection is most of the time to first paint. The CSP hashes them.
  build: { concurrency: 1, inlineStylesheets: 'always' },
  // chunked: the content store is written as files of about 20 MB, not one JSON string, which V8 cannot make longer
  // than about 0.5 GB (an archive of some tens of thousands of clips).
  experimental: { incrementalBuild: true, collectionStorage: 'chunked' },
  integrations: [siteUrlWarningIntegration(), validateArchiveIntegration(), validateOnEditIntegration(), sitemap()],
  markdown: {
    syntaxHighlight: false,
    // One definition for the site and the clip page, which renders each clip's body (src/data/clip-loader.ts).
    processor: clipMarkdownProcessor,
  },
});
