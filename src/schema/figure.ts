import { z } from 'astro/zod';
import { httpUrlSchema } from './url.ts';

export const figureCheckStatus = z.enum(['confirmed', 'differs', 'unverified'], {
  error: 'Use one of: confirmed, differs, unverified.',
});
export type FigureCheckStatus = z.infer<typeof figureCheckStatus>;

/** The archivist's check of a figure against an outside source. */
export const figureCheckSchema = z.strictObject({
  status: figureCheckStatus,
  note: z.string().trim().min(1, 'Say in one line what the check found.'),
  source: httpUrlSchema('The check source').optional(),
});

/** A number the clip quotes, with the exact characters as they appear in the body. */
export const figureSchema = z.strictObject({
  quote: z.string().min(1, 'Copy the figure exactly as it appears in the body, e.g. "158,581".'),
  value: z.number({ error: 'Give the numeric value, e.g. 158581 (no commas or units).' }),
  unit: z.string().trim().min(1, 'Name the unit, e.g. people, percent, US dollars.'),
  counts: z.string().trim().min(1, 'Say what the figure counts.'),
  attributedTo: z.string().trim().min(1, 'Say whom the text attributes the figure to, or "unattributed".'),
  check: figureCheckSchema.optional(),
});
export type Figure = z.infer<typeof figureSchema>;
