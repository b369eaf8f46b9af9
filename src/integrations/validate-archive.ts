import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { resolveArchivePaths } from '../lib/validation/archive-paths.ts';
import { validateArchiveInParallel } from '../lib/validation/archive-validation.ts';
import { openValidationCache } from '../lib/validation/validation-cache.ts';
import { handOverParagraphs } from '../lib/text/clip-body.ts';
import { clipCitationInput, clipCslRecord, handOverCitations } from '../lib/citation/clip-citation.ts';
import { formatCitationsInWorker } from '../lib/citation/citations-ahead.ts';
import { clipPath } from '../lib/site/site-urls.ts';
import { ARCHIVE_NAME } from '../config.ts';

/** Below this many clips a worker thread costs more than formatting citations page by page. */
const CITATIONS_AHEAD_THRESHOLD = 200;
import { formatIssues } from '../lib/validation/validation-issue.ts';

/**
 * Runs the archive's full validation (schema, captures, hashes, omissions, references) before Astro
 * touches anything, so a bad clip stops the build and no site is written.
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
        if (issues.length > 0 && command === 'dev') {
          logger.error(formatIssues(issues));
        } else if (issues.length > 0) {
          throw new Error(`The archive did not validate; nothing was built.\n${formatIssues(issues)}`);
        }
        // The pages need each body's paragraphs too; reading 10,000 bodies twice costs seconds.
        for (const clip of clips) handOverParagraphs(clip.body, clip.paragraphs);
        if (command === 'build' && clips.length >= CITATIONS_AHEAD_THRESHOLD && config.site) {
          const outletNames = new Map(outlets.map((o) => [o.id, o.name]));
          const records = clips.map((clip) =>
            clipCslRecord(
              clipCitationInput(
                clip.slug,
                clip.data,
                (id) => outletNames.get(id),
                new URL(clipPath(config.base, clip.slug), config.site).href,
                ARCHIVE_NAME,
              ),
            ),
          );
          handOverCitations(formatCitationsInWorker(records));
        }
        logger.info(
          `${clips.length} clips validated in ${Math.round(performance.now() - started)} ms${threads > 1 ? ` (${threads} threads)` : ''}`,
        );
      },
    },
  };
}
