import { z } from 'astro/zod';

/** A piece of page chrome left out of the body: whole lines of the capture, verbatim, with the reason. */
export const omissionSchema = z.strictObject({
  text: z.string().min(1, 'Copy the omitted lines verbatim from the capture.'),
  reason: z.string().trim().min(3, 'Say why this was left out, e.g. "related-posts widget".'),
});
export type Omission = z.infer<typeof omissionSchema>;
