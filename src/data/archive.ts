import { getCollection, type CollectionEntry } from 'astro:content';
import { analyseBody, type BodyParagraph } from '../lib/clip-body.ts';
import { compareNewestFirst } from '../lib/clip-order.ts';
import { describeEdtfDate, requireEdtfDate, type EdtfDate } from '../lib/edtf-date.ts';
import type { Outlet } from '../schema/outlet.ts';

export interface ArchivedClip {
  slug: string;
  entry: CollectionEntry<'clips'>;
  data: CollectionEntry<'clips'>['data'];
  date: EdtfDate;
  dateInWords: string;
  outlet: Outlet | null;
  originalOutlet: Outlet | null;
  /** The body's paragraphs, numbered as the page numbers them (#p-N). */
  paragraphs: BodyParagraph[];
}

export interface Archive {
  /** Every clip, newest first. */
  clips: ArchivedClip[];
  outletsById: Map<string, Outlet>;
  bySlug: Map<string, ArchivedClip>;
}

let loading: Promise<Archive> | undefined;

/** Loads the collections once per build and derives what every page needs; routes only read from it. */
export function loadArchive(): Promise<Archive> {
  loading ??= build();
  return loading;
}

async function build(): Promise<Archive> {
  const [clipEntries, outletEntries] = await Promise.all([getCollection('clips'), getCollection('outlets')]);
  const outletsById = new Map(outletEntries.map((o) => [o.data.id, o.data]));
  const clips = clipEntries
    .map((entry): ArchivedClip => ({
      slug: entry.id,
      entry,
      data: entry.data,
      date: requireEdtfDate(entry.data.date),
      dateInWords: describeEdtfDate(entry.data.date),
      outlet: entry.data.outlet ? (outletsById.get(entry.data.outlet) ?? null) : null,
      originalOutlet: entry.data.originalOutlet ? (outletsById.get(entry.data.originalOutlet) ?? null) : null,
      paragraphs: analyseBody(entry.body ?? '').paragraphs,
    }))
    .sort(compareNewestFirst);
  return { clips, outletsById, bySlug: new Map(clips.map((c) => [c.slug, c])) };
}
