import { z } from 'astro/zod';
import { edtfDateSchema } from './edtf-date.ts';
import { evidenceBasis, evidenceSchema } from './evidence.ts';
import { httpUrlSchema } from './url.ts';

/** A public copy of the text found elsewhere (a republication or an archived page). */
export const copySchema = z.strictObject({
  url: httpUrlSchema('The copy url'),
  outlet: z.string().optional(),
  note: z.string().trim().min(1, 'Say what this copy is, e.g. "republication with identical text".'),
});

/** The raw capture the clip was made from, kept byte for byte in content/captures/<slug>.txt. */
export const captureSchema = z.strictObject({
  file: z.string().regex(/^[a-z0-9-]+\.txt$/, 'The capture file is <slug>.txt, in content/captures/.'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'Give the SHA-256 of the capture as 64 lowercase hex digits.'),
  receivedAs: z.string().min(1).optional(),
  captured: edtfDateSchema.nullable().optional(),
  /** How the capture date is known (a dynamic widget on the page can date the capture, not the article). */
  capturedKnown: evidenceSchema.optional(),
});

export const sourceSchema = z.strictObject({
  /** URL of the original publication, or null when it is not known. */
  url: httpUrlSchema('The source url').nullable(),
  urlBasis: evidenceBasis,
  copies: z.array(copySchema).default([]),
  capture: captureSchema,
});
export type ClipSource = z.infer<typeof sourceSchema>;
