import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishDevValidation, receiveDevValidation } from '../lib/archive/build-hand-over.ts';
import { resolveArchivePaths } from '../lib/validation/archive-paths.ts';
import { validateArchiveInParallel } from '../lib/validation/archive-validation.ts';
import { openValidationCache } from '../lib/validation/validation-cache.ts';
import { validationOverlayError, type OverlayError } from '../lib/validation/validation-overlay.ts';
import { formatIssues } from '../lib/validation/validation-issue.ts';

/** Editors save in several steps (write, rename); validation starts once they are done. */
const SETTLE_MS = 60;

/**
 * `npm run dev` validates the archive again whenever a file under the content folder changes (a clip, a capture,
 * outlets.yaml), with the same code as `npm run validate` and `npm run build`. While a rule is broken, every page
 * shows Astro's error overlay naming file, field and fix (and an open page shows it at once); when all is fixed,
 * open pages reload.
 */
export function validateOnEditIntegration(): AstroIntegration {
  let root = '';
  return {
    name: 'news-clip-archive:validate-on-edit',
    hooks: {
      'astro:config:setup': ({ command, config, addMiddleware }) => {
        if (command !== 'dev' || process.env.VITEST) return;
        root = fileURLToPath(config.root);
        addMiddleware({ order: 'pre', entrypoint: new URL('./validation-overlay-middleware.ts', import.meta.url) });
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!root) return;
        const paths = resolveArchivePaths(root);
        const contentDir = path.dirname(paths.clipsDir);
        const cache = openValidationCache(root);
        // What validation at start-up found (src/integrations/validate-archive.ts).
        let latest = receiveDevValidation();
        let showing: OverlayError | null = null;
        void latest.then((problem) => (showing = problem));
        let scheduled: Promise<OverlayError | null> | null = null;

        const validate = async (): Promise<OverlayError | null> => {
          scheduled = null;
          const { issues } = await validateArchiveInParallel(paths, { cache });
          const problem = issues.length > 0 ? validationOverlayError(issues, root) : null;
          if (problem) {
            logger.error(formatIssues(issues));
            server.environments.client.hot.send({ type: 'error', err: { ...problem } });
          } else if (showing) {
            logger.info('the archive validates again.');
            server.environments.client.hot.send({ type: 'full-reload', path: '*' });
          }
          showing = problem;
          return problem;
        };

        const onContentChange = (file: string) => {
          if (!file.startsWith(contentDir + path.sep) || scheduled) return;
          // One run at a time; changes that arrive while one runs are checked by the next.
          scheduled = latest
            .catch(() => null)
            .then(() => new Promise((resolve) => setTimeout(resolve, SETTLE_MS)))
            .then(validate)
            .catch((error: unknown) => {
              logger.error(`validation could not run: ${error instanceof Error ? error.message : String(error)}`);
              return showing;
            });
          latest = scheduled;
          publishDevValidation(latest);
        };

        server.watcher.add(contentDir);
        server.watcher.on('all', (_event, file) => onContentChange(path.resolve(file)));
      },
    },
  };
}
