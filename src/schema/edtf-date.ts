import { z } from 'astro/zod';
import { parseEdtfDate } from '../lib/text/edtf-date.ts';

/** An EDTF (ISO 8601-2) date string such as `2020-01-21/2020-01-26` or `2018-12~`, checked by a real EDTF parser. */
export const edtfDateSchema = z.string().superRefine((value, ctx) => {
  const parsed = parseEdtfDate(value);
  if (!parsed.ok) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a valid EDTF date (${parsed.error}). Write e.g. 2020-01-21, 2020-01-21/2020-01-26, 2018-12~ or 2020-10-23/..`,
    });
  }
});
