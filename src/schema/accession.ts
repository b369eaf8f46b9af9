import { z } from 'astro/zod';

/** The day the archive added a clip (its accession), as YYYY-MM-DD; `clip:add` records it. */
export const accessionDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Give the day the archive added the clip as YYYY-MM-DD, e.g. 2026-11-23.')
  .refine((day) => {
    const date = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
  }, 'That day does not exist; give the day the archive added the clip as YYYY-MM-DD.');
