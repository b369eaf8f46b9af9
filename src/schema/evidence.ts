import { z } from 'astro/zod';
import { confidenceLevel } from './confidence.ts';

/**
 * How a fact is known. The labels follow the research notes the archive is built from:
 * stated in the captured text, found in a public copy, inferred from internal evidence, or not known.
 */
export const evidenceBasis = z.enum(['stated', 'found', 'inferred', 'unknown'], {
  error: 'Use one of: stated, found, inferred, unknown.',
});
export type EvidenceBasis = z.infer<typeof evidenceBasis>;

export const evidenceSchema = z.strictObject({
  basis: evidenceBasis,
  /** Left out when the research gave no confidence; the archive does not rate what its sources did not. */
  confidence: confidenceLevel.optional(),
  evidence: z.string().trim().min(10, 'Say in a sentence how this is known (at least 10 characters).'),
});
export type Evidence = z.infer<typeof evidenceSchema>;
