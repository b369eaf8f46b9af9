import { z } from 'astro/zod';

/**
 * A piece of page chrome left out of the body, with the reason: whole lines of a text capture, verbatim; for an
 * HTML capture, the start of the removed block's text (or an image's alt text and source), verbatim.
 */
export const omissionSchema = z.strictObject({
  text: z.string().min(1, 'Copy the omitted lines verbatim from the capture.'),
  reason: z.string().trim().min(3, 'Say why this was left out, e.g. "related-posts widget".'),
  /** For an image left out of an HTML capture: its source address as the capture gives it. */
  src: z.string().min(1).optional(),
});
export type Omission = z.infer<typeof omissionSchema>;
