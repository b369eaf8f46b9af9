import { z } from 'astro/zod';
import { accessionDateSchema } from './accession.ts';
import { citedSourceSchema } from './citation.ts';
import { confidenceLevel } from './confidence.ts';
import { checkClipDates } from './clip-dates.ts';
import { edtfDateSchema } from './edtf-date.ts';
import { evidenceSchema } from './evidence.ts';
import { figureSchema } from './figure.ts';
import { noteSchema } from './note.ts';
import { languageKnownSchema, languageTagSchema } from './language.ts';
import { omissionSchema } from './omission.ts';
import { keywordsSchema, modifiedSchema, sectionSchema } from './page-facts.ts';
import { personSchema } from './person.ts';
import { slugSchema } from './slug.ts';
import { sourceSchema } from './source.ts';

/**
 * How the title is known: published (stated in the capture), attested (given in full by another source),
 * reconstructed by the archive from indirect evidence (e.g. a URL slug, where the wording is known but not the
 * capitalisation or punctuation) or devised by the archive.
 */
export const titleKind = z.enum(['published', 'attested', 'reconstructed', 'devised'], {
  error: 'Use one of: published, attested, reconstructed, devised.',
});
export type TitleKind = z.infer<typeof titleKind>;

export const authorSchema = z.strictObject({
  name: z.string().trim().min(1),
  pseudonym: z.boolean().default(false),
  basis: z.enum(['stated', 'found', 'inferred']),
  confidence: confidenceLevel.optional(),
  note: z.string().trim().min(1).optional(),
});

/**
 * The frontmatter of one clip. Strict: an unknown key is an error, so a typo cannot hide a field.
 * `lang` and `langKnown` are optional so that clips written before languages were recorded stay valid (search then
 * analyses such a clip without stemming or stop words); when one is given, the other must be too.
 */
export const clipSchema = z
  .strictObject({
    /** A draft written by clip:add and not yet reviewed: validated, reported, and kept out of the published site. */
    draft: z.boolean().default(false),
    title: z
      .string()
      .trim()
      .min(1, 'Every clip needs a title; if none is known, devise one and set titleKind: devised.'),
    titleKind,
    titleEvidence: z.string().trim().min(10, 'Say in a sentence where the title comes from.'),
    outlet: slugSchema.nullable(),
    outletKnown: evidenceSchema,
    originalOutlet: slugSchema.nullable().default(null),
    originalKnown: evidenceSchema.optional(),
    /** Outlets further up the chain of republication, nearest first (e.g. the paper a summary was based on). */
    basedOn: z.array(slugSchema).default([]),
    author: authorSchema.nullable(),
    /** When the outlet the text was captured from published it (the original, when that outlet is unknown). */
    date: edtfDateSchema,
    dateKnown: evidenceSchema,
    /** For a republication: when the original (originalOutlet) published the text, and how that is known. */
    originalDate: edtfDateSchema.optional(),
    originalDateKnown: evidenceSchema.optional(),
    /** Why a date before year 1 or after the capture is nonetheless right. */
    dateException: z.string().trim().min(20, 'Say in a sentence why the date is right.').optional(),
    /** When the archive added the clip (not when it was published); dates the feed's items and citations' access. */
    accessioned: accessionDateSchema.optional(),
    modified: modifiedSchema.optional(),
    section: sectionSchema.optional(),
    keywords: keywordsSchema.optional(),
    source: sourceSchema,
    figures: z.array(figureSchema).default([]),
    people: z.array(personSchema).default([]),
    cites: z.array(citedSourceSchema).default([]),
    /** The archivist's notes on passages of the body (distortions, flags, possible truncation), shown beside them. */
    notes: z.array(noteSchema).default([]),
    omitted: z.array(omissionSchema).default([]),
    lang: languageTagSchema.optional(),
    langKnown: languageKnownSchema.optional(),
  })
  .superRefine((clip, ctx) => checkClipDates(clip, ctx))
  .superRefine((clip, ctx) => {
    if (clip.lang !== undefined && clip.langKnown === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['langKnown'],
        message: 'Say how the language is known: langKnown with basis (stated, inferred…) and evidence.',
      });
    }
    if (clip.lang === undefined && clip.langKnown !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['lang'], message: 'langKnown is given, so give lang too, e.g. lang: en.' });
    }
  });
export type ClipFrontmatter = z.infer<typeof clipSchema>;
