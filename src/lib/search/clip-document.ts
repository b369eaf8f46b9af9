import type { Clip } from '../archive/clip.ts';
import type { ClipFrontmatter } from '../../schema/clip.ts';
import type { Outlet } from '../../schema/outlet.ts';
import type { EdtfDate } from '../text/edtf-date.ts';
import type { SearchDocument } from './build-index.ts';
import type { SegmentKind } from './index-format.ts';

/** The parts of the archive's clip shape that search reads. */
export type SearchableClip = Pick<Clip, 'slug' | 'dateInWords' | 'paragraphs'> & {
  data: Pick<ClipFrontmatter, 'title' | 'author' | 'people' | 'figures' | 'cites' | 'lang'>;
  date: Pick<EdtfDate, 'year'>;
  outlet: Pick<Outlet, 'id' | 'name'> | null;
  originalOutlet: Pick<Outlet, 'id' | 'name'> | null;
};

/** What search indexes of a clip: its title, body paragraphs, and the metadata a reader may search by. */
export function clipToSearchDocument(clip: SearchableClip): SearchDocument {
  const fields: { kind: SegmentKind; text: string }[] = [];
  if (clip.outlet) fields.push({ kind: 'outlet', text: clip.outlet.name });
  if (clip.originalOutlet) fields.push({ kind: 'original outlet', text: clip.originalOutlet.name });
  if (clip.data.author) fields.push({ kind: 'author', text: clip.data.author.name });
  for (const person of clip.data.people) fields.push({ kind: 'person', text: person.name });
  for (const figure of clip.data.figures) fields.push({ kind: 'figure', text: figure.quote });
  for (const cited of clip.data.cites) {
    fields.push({ kind: 'cited source', text: cited.title ? `${cited.name}: ${cited.title}` : cited.name });
  }
  return {
    slug: clip.slug,
    title: clip.data.title,
    outlet: clip.outlet ? { id: clip.outlet.id, name: clip.outlet.name } : null,
    year: clip.date.year,
    dateInWords: clip.dateInWords,
    lang: clip.data.lang ?? null,
    fields,
    paragraphs: clip.paragraphs.map((p) => ({ n: p.n, text: p.text })),
  };
}
