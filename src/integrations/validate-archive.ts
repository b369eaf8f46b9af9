import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { ARCHIVE_NAME } from '../config.ts';
import { paragraphsKey, publishDevValidation, publishHandOver } from '../lib/archive/build-hand-over.ts';
import { citationsAhead } from '../lib/citation/citations-ahead.ts';
import { clipUrl } from '../lib/site/site-urls.ts';
import { resolveArchivePaths } from '../lib/validation/archive-paths.ts';
import { validateArchiveInParallel } from '../lib/validation/archive-validation.ts';
import { openValidationCache } from '../lib/validation/validation-cache.ts';
import { formatIssues } from '../lib/validation/validation-issue.ts';
import { validationOverlayError } from '../lib/validation/validation-overlay.ts';

/** Below this many clips a worker thread costs more than formatting citations page by page. */
const CITATIONS_AHEAD_THRESHOLD = 200;

/**
 * Runs the archive's full validation (schema, captures, hashes, omissions, references) before Astro
 * touches anything, so a bad clip stops the build and no site is written. Then hands what it computed to the
 * archive module (src/lib/archive/build-hand-over.ts): every body's paragraphs and, in a large build, the
 * citations formatted ahead in a worker thread.
 */
export function validateArchiveIntegration(): AstroIntegration {
  return {
    name: 'news-clip-archive:validate',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        // Unit tests load this config through getViteConfig; they test validation directly instead.
        if (command === 'preview' || process.env.VITEST) return;
        const root = fileURLToPath(config.root);
        const started = performance.now();
        // Builds remember which clips validated (keyed by content and code hashes); npm run validate checks all.
        const { issues, clips, outlets, threads } = await validateArchiveInParallel(resolveArchivePaths(root), {
          cache: command === 'build' ? openValidationCache(root) : null,
        });
        if (command === 'dev') {
          // The dev server starts anyway; its pages show the problems (src/integrations/validate-on-edit.ts).
          publishDevValidation(Promise.resolve(issues.length > 0 ? validationOverlayError(issues, root) : null));
        }
        if (issues.length > 0 && command === 'dev') {
          logger.error(formatIssues(issues));
        } else if (issues.length > 0) {
          throw new Error(`The archive did not validate; nothing was built.\n${formatIssues(issues)}`);
        }
        const site = config.site;
        const outletsById = new Map(outlets.map((o) => [o.id, o]));
        const outlet = (id: string | null) => (id ? (outletsById.get(id) ?? null) : null);
        publishHandOver({
          // The pages need each body's paragraphs too; reading 10,000 bodies twice costs seconds.
          paragraphs: new Map(clips.map((clip) => [paragraphsKey(clip.body), clip.paragraphs])),
          // Each record is built here, once; the archive module uses it as it is.
          citations:
            command === 'build' && clips.length >= CITATIONS_AHEAD_THRESHOLD && site
              ? citationsAhead(
                  clips.map((clip) => ({
                    slug: clip.slug,
                    url: clipUrl(config.base, clip.slug, site),
                    data: clip.data,
                    outlet: outlet(clip.data.outlet),
                    originalOutlet: outlet(clip.data.originalOutlet),
                  })),
                  ARCHIVE_NAME,
                )
              : Promise.resolve(new Map()),
        });
        logger.info(
          `${clips.length} clips validated in ${Math.round(performance.now() - started)} ms${threads > 1 ? ` (${threads} threads)` : ''}`,
        );
      },
    },
  };
}
