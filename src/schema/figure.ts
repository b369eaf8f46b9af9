import { z } from 'astro/zod';
import { edtfDateSchema } from './edtf-date.ts';
import { httpUrlSchema } from './url.ts';

/**
 * How far the archivist's check got, strongest first. The words follow the research's own wording, so a figure
 * is never marked stronger or weaker than the evidence: "confirmed" by an outside source; "matches" the source
 * the text draws on; "consistent" with what is known; "plausible" but not precisely verified; "unverified";
 * "unsupported" by any source found; "differs" from its source; "misattributed" to someone who did not say it.
 */
export const figureCheckStatuses = [
  'confirmed',
  'matches',
  'consistent',
  'plausible',
  'unverified',
  'unsupported',
  'differs',
  'misattributed',
] as const;
export const figureCheckStatus = z.enum(figureCheckStatuses, {
  error: `Use one of: ${figureCheckStatuses.join(', ')}.`,
});
export type FigureCheckStatus = z.infer<typeof figureCheckStatus>;

/** The archivist's check of a figure against an outside source. */
export const figureCheckSchema = z.strictObject({
  status: figureCheckStatus,
  note: z.string().trim().min(1, 'Say in one line what the check found.'),
  source: httpUrlSchema('The check source').optional(),
});

/**
 * A number or a date cue the clip quotes, with the exact characters as they appear in the body. A quote that
 * names no single number ("daily", "this month") has `value` and `unit` null; a date cue says what date or period
 * it points to in `refersTo`.
 */
export const figureSchema = z
  .strictObject({
    quote: z.string().min(1, 'Copy the figure exactly as it appears in the body, e.g. "158,581".'),
    value: z.number({ error: 'Give the numeric value, e.g. 158581 (no commas or units), or null.' }).nullable(),
    unit: z.string().trim().min(1, 'Name the unit, e.g. people, percent, US dollars.').nullable(),
    refersTo: edtfDateSchema.optional(),
    counts: z.string().trim().min(1, 'Say what the figure counts.'),
    attributedTo: z.string().trim().min(1, 'Say whom the text attributes the figure to, or "unattributed".'),
    check: figureCheckSchema.optional(),
  })
  .superRefine((figure, ctx) => {
    if ((figure.value === null) !== (figure.unit === null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['unit'],
        message: 'value and unit go together. Give both (e.g. value: 29, unit: people) or set both to null.',
      });
    }
  });
