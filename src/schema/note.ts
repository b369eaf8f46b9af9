import { z } from 'astro/zod';
import { httpUrlSchema } from './url.ts';

/** What an archivist's note points out about a passage. Each kind is explained on the About page. */
export const noteKind = z.enum(
  [
    'distortion',
    'possible-truncation',
    'editorial-framing',
    'misattribution',
    'unsourced-claim',
    'quote-not-found',
    'unattributed-source',
    'wrong-name',
    'ambiguous-reference',
    'variant-wording',
    'typo',
  ],
  {
    error:
      'Use one of: distortion, possible-truncation, editorial-framing, misattribution, unsourced-claim, quote-not-found, unattributed-source, wrong-name, ambiguous-reference, variant-wording, typo.',
  },
);
export type NoteKind = z.infer<typeof noteKind>;

/** Where the archivist's finding comes from: a named source, with its address when there is one. */
export const noteSourceSchema = z.strictObject({
  name: z.string().trim().min(3, 'Name the source of the finding, e.g. "Boston Herald, 18 December 2018".'),
  url: httpUrlSchema('The note source url').optional(),
});

/**
 * The archivist's note on a passage of the body: a distortion, a flag, a possible truncation. The passage is
 * quoted exactly, like a figure's quote, so the note can be shown next to it; the text itself is never changed.
 */
export const noteSchema = z.strictObject({
  kind: noteKind,
  passage: z.string().min(1, 'Copy the passage the note is about exactly as the body writes it.'),
  note: z.string().trim().min(10, 'Say in a sentence or two what the archivist found.'),
  source: noteSourceSchema,
});
export type Note = z.infer<typeof noteSchema>;
