import type { ClipFrontmatter } from '../../schema/clip.ts';
import { findParagraph, type BodyParagraph } from '../text/clip-body.ts';
import type { ValidationIssue } from './validation-issue.ts';

/** A field of the frontmatter that quotes the body: a figure's quote or the passage a note is about. */
interface QuotingField {
  field: string;
  quote: string;
}

function quotingFields(data: Pick<ClipFrontmatter, 'figures' | 'notes'>): QuotingField[] {
  return [
    ...data.figures.map((figure, i) => ({ field: `figures[${i}].quote`, quote: figure.quote })),
    ...data.notes.map((note, i) => ({ field: `notes[${i}].passage`, quote: note.passage })),
  ];
}

/**
 * Every figure and note must quote the body exactly (whitespace aside), in one paragraph, so the page can link
 * the figure to its paragraph and show the note beside its passage. One rule for both, with one message.
 */
export function checkQuotedPassages(
  file: string,
  data: Pick<ClipFrontmatter, 'figures' | 'notes'>,
  paragraphs: BodyParagraph[],
): ValidationIssue[] {
  return quotingFields(data)
    .filter(({ quote }) => findParagraph(paragraphs, quote) === null)
    .map(({ field, quote }) => ({
      file,
      field,
      message: `"${quote}" does not occur in any paragraph of the body.`,
      fix: 'Copy it exactly as the body writes it (same digits, commas, symbols and quote marks), within one paragraph.',
    }));
}
