import { z } from 'astro/zod';
import { edtfDateSchema } from './edtf-date.ts';
import { evidenceBasis } from './evidence.ts';

const evidence = z.string().trim().min(10, 'Say in a sentence where this was read (at least 10 characters).');

/** When the page says it was last changed, at the precision it states, and where that was read. */
export const modifiedSchema = z.strictObject({ date: edtfDateSchema, basis: evidenceBasis, evidence });

/** The section of the site the page says it belongs to (e.g. "Local News"). */
export const sectionSchema = z.strictObject({ name: z.string().trim().min(1), evidence });

/** The keywords or tags the page gives itself. */
export const keywordsSchema = z.strictObject({ terms: z.array(z.string().trim().min(1)).min(1), evidence });
