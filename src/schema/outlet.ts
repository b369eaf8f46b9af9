import { z } from 'astro/zod';
import { slugSchema } from './slug.ts';
import { httpUrlSchema } from './url.ts';

/** A publication, listed once in `content/outlets.yaml` and referenced from clips by its id. */
export const outletSchema = z.strictObject({
  id: slugSchema,
  name: z.string().trim().min(1, 'Give the outlet its name as it presents itself.'),
  url: httpUrlSchema('The outlet url').nullable(),
  description: z.string().trim().min(1).optional(),
});
export type Outlet = z.infer<typeof outletSchema>;

export const outletListSchema = z.array(outletSchema).min(1, 'List at least one outlet.');
