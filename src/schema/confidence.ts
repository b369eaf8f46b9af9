import { z } from 'astro/zod';

/**
 * How strongly the evidence supports a recorded fact, on the scale the archive's provenance research uses.
 * Defined for readers on the About page.
 */
export const confidenceLevel = z.enum(['high', 'medium-high', 'medium', 'low'], {
  error: 'Use one of: high, medium-high, medium, low.',
});
export type ConfidenceLevel = z.infer<typeof confidenceLevel>;
