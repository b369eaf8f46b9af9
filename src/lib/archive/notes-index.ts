import type { Note, NoteKind } from '../../schema/note.ts';
import type { ClipFrontmatter } from '../../schema/clip.ts';
import { findParagraph } from '../text/clip-body.ts';
import { rowsOfClips } from './clip-rows.ts';
import type { Clip } from './clip.ts';

/** How pages name each kind of note: words a reader understands, not the field's value. */
export const NOTE_KIND_LABEL: Record<NoteKind, string> = {
  distortion: 'Distortion',
  'possible-truncation': 'Possibly truncated',
  'editorial-framing': 'Editorial framing',
  misattribution: 'Misattribution',
  'unsourced-claim': 'Unsourced claim',
  'quote-not-found': 'Quote not found',
  'unattributed-source': 'Unattributed source',
  'wrong-name': 'Wrong name',
  'ambiguous-reference': 'Ambiguous reference',
  'variant-wording': 'Variant wording',
  typo: 'Typo',
};

/** What each kind of note means, for the About page. */
export const NOTE_KIND_MEANING: Record<NoteKind, string> = {
  distortion: 'the text misstates or overstates the source it relies on, often the very source it quotes.',
  'possible-truncation': 'the text may have been cut short at this point; whether the original continued is not known.',
  'editorial-framing': 'the words are the outlet’s own characterisation, not the reporting it summarises.',
  misattribution: 'words are credited to someone with no reliable record of saying them.',
  'unsourced-claim': 'a claim of fact is made without any source, and none was found to support it.',
  'quote-not-found': 'a quotation could not be found in the source the text names.',
  'unattributed-source': 'a passage or figure comes from a source the text does not name at that point.',
  'wrong-name': 'a person or organisation is named wrongly or by an outdated name.',
  'ambiguous-reference': 'what the text refers to (a list, a report) cannot be told for sure.',
  'variant-wording': 'other sources give the same quotation in different words.',
  typo: 'a typing error in the original, kept as captured.',
};

/** One archivist's note, with the clip and paragraph it belongs to. */
export interface NoteRow {
  slug: string;
  clipTitle: string;
  /** The clip's place in the archive's order (newest first). */
  clipOrder: number;
  /** The note's number within its clip (1-based), which is also its anchor: `#note-N`. */
  number: number;
  /** The paragraph holding the passage, or null if it cannot be found (validation prevents that). */
  paragraph: number | null;
  kind: NoteKind;
  kindLabel: string;
  passage: string;
  note: string;
  source: Note['source'];
}

/** What the notes index reads of a clip. */
export type NotedClip = Pick<Clip, 'slug' | 'paragraphs'> & { data: Pick<ClipFrontmatter, 'title' | 'notes'> };

/** The anchor of a clip's note N on its page; the passage links to it and the notes list points at it. */
export function noteAnchor(number: number): string {
  return `note-${number}`;
}

/** Every note of clips given in archive order, each placed at its passage's paragraph. */
export function buildNotesIndex(clips: readonly NotedClip[]): NoteRow[] {
  return rowsOfClips(
    clips,
    (clip) => clip.data.notes,
    (note, number, clip) => ({
      number,
      paragraph: findParagraph(clip.paragraphs, note.passage),
      kind: note.kind,
      kindLabel: NOTE_KIND_LABEL[note.kind],
      passage: note.passage,
      note: note.note,
      source: note.source,
    }),
  );
}

/** How many notes of each kind, most frequent first (then by label), for the notes page's summary. */
export function countNoteKinds(rows: readonly NoteRow[]): { kind: NoteKind; label: string; count: number }[] {
  const counts = new Map<NoteKind, number>();
  for (const row of rows) counts.set(row.kind, (counts.get(row.kind) ?? 0) + 1);
  return [...counts]
    .map(([kind, count]) => ({ kind, label: NOTE_KIND_LABEL[kind], count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}
