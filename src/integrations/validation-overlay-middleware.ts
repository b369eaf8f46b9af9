import type { MiddlewareHandler } from 'astro';
import { receiveDevValidation } from '../lib/archive/build-hand-over.ts';

/**
 * `npm run dev` only: while the archive breaks a rule, every page is Astro's error overlay naming the file, the
 * field and the fix, as `npm run build` would stop on it. Waits for a validation still running after an edit.
 */
export const onRequest: MiddlewareHandler = async (_context, next) => {
  const problem = await receiveDevValidation();
  if (problem) throw Object.assign(new Error(problem.message), problem);
  return next();
};
