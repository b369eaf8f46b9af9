import { z } from 'astro/zod';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Lowercase ASCII words joined by hyphens: the permalink of a clip or an outlet. */
export const slugSchema = z
  .string()
  .regex(SLUG_PATTERN, 'Use lowercase ASCII letters, digits and single hyphens only, e.g. ice-targeted-arrests-2020.');
