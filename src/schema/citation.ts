import { z } from 'astro/zod';
import { slugSchema } from './slug.ts';
import { httpUrlSchema } from './url.ts';

export const citedKind = z.enum(['article', 'report', 'statement', 'social-post', 'interview', 'outlet'], {
  error: 'Use one of: article, report, statement, social-post, interview, outlet.',
});

/** An outlet, report or article that the clip quotes or cites. */
export const citedSourceSchema = z.strictObject({
  name: z.string().trim().min(1, 'Name what is cited, as the text names it.'),
  kind: citedKind,
  outlet: slugSchema.optional(),
  title: z.string().trim().min(1).optional(),
  url: httpUrlSchema('The cited url').optional(),
  note: z.string().trim().min(1).optional(),
});
export type CitedSource = z.infer<typeof citedSourceSchema>;
