import { z } from 'astro/zod';

/** Someone the clip quotes, named as the text names them, with the role the text gives them. */
export const personSchema = z.strictObject({
  name: z.string().trim().min(1, 'Give the name exactly as the body writes it.'),
  role: z.string().trim().min(1).nullable(),
  note: z.string().trim().min(1).optional(),
});
