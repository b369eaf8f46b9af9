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

/** The capture formats the archive keeps, by file extension. */
export const CAPTURE_EXTENSIONS = ['txt', 'html', 'warc', 'warc.gz', 'wacz'] as const;
export type CaptureExtension = (typeof CAPTURE_EXTENSIONS)[number];

/** Where, inside a WARC or WACZ capture, the page's response record lies, so it can be found again. */
export const warcRecordSchema = z.strictObject({
  /** For a WACZ: the WARC file inside the package, e.g. archive/data.warc.gz. */
  warc: z.string().min(1).optional(),
  /** Byte offset of the record in the WARC file (of its gzip member, for a gzipped WARC). */
  offset: z.number().int().nonnegative(),
  /** Length of the record in bytes (of its gzip member, for a gzipped WARC). */
  length: z.number().int().positive(),
  /** WARC-Target-URI of the response record. */
  targetUri: httpUrlSchema('The record targetUri'),
  /** WARC-Record-ID of the response record. */
  recordId: z.string().min(1).optional(),
});
export type WarcRecordLocation = z.infer<typeof warcRecordSchema>;

/**
 * The raw capture the clip was made from, kept byte for byte in content/captures/: <slug>.txt or <slug>.html,
 * or a WARC/WACZ file (which may hold several pages, each clip naming its record).
 */
export const captureSchema = z.strictObject({
  file: z
    .string()
    .regex(
      /^[a-z0-9-]+\.(?:txt|html|warc|warc\.gz|wacz)$/,
      'The capture file is <name>.txt, .html, .warc, .warc.gz or .wacz, in content/captures/.',
    ),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'Give the SHA-256 of the capture as 64 lowercase hex digits.'),
  receivedAs: z.string().min(1).optional(),
  captured: edtfDateSchema.nullable().optional(),
  /** How the capture date is known (a dynamic widget on the page can date the capture, not the article). */
  capturedKnown: evidenceSchema.optional(),
  /** The page's record, for a WARC or WACZ capture. */
  record: warcRecordSchema.optional(),
  /** For a WACZ: the result of checking its datapackage.json hashes on import. */
  packageCheck: z.string().trim().min(1).optional(),
});
export type ClipCapture = z.infer<typeof captureSchema>;

/** The extension of a capture file name (txt, html, warc, warc.gz or wacz). */
export function captureExtension(file: string): CaptureExtension {
  if (file.endsWith('.warc.gz')) return 'warc.gz';
  const ext = file.slice(file.lastIndexOf('.') + 1);
  return (CAPTURE_EXTENSIONS as readonly string[]).includes(ext) ? (ext as CaptureExtension) : 'txt';
}

export const sourceSchema = z.strictObject({
  /** URL of the original publication, or null when it is not known. */
  url: httpUrlSchema('The source url').nullable(),
  urlBasis: evidenceBasis,
  /** Where the URL was read, e.g. "<link rel=canonical> in the capture". */
  urlEvidence: z.string().trim().min(10).optional(),
  copies: z.array(copySchema).default([]),
  capture: captureSchema,
});
