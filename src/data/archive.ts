import { getCollection, type CollectionEntry } from 'astro:content';
import { ARCHIVE_NAME } from '../config.ts';
import { PAGE_SIZE } from '../constants.ts';
import { bodyParagraphs, receiveHandOver } from '../lib/archive/build-hand-over.ts';
import type { Clip } from '../lib/archive/clip.ts';
import { compareNewestFirst } from '../lib/archive/clip-order.ts';
import { buildFiguresLedger, type LedgerRow } from '../lib/archive/figures-ledger.ts';
import { buildNotesIndex, type NoteRow } from '../lib/archive/notes-index.ts';
import { buildPeopleIndex, quotedPeople, type IndexedPerson, type PersonMention } from '../lib/archive/people-index.ts';
import { citationHtml as aheadOrNow, type CitationAhead } from '../lib/citation/citations-ahead.ts';
import { clipCslRecord, type CitationStyle } from '../lib/citation/clip-citation.ts';
import { paginate } from '../lib/site/pagination.ts';
import { clipUrl } from '../lib/site/site-urls.ts';
import { describeEdtfDate, requireEdtfDate } from '../lib/text/edtf-date.ts';
import { excerpt } from '../lib/text/excerpt.ts';
import { findSharedPassages, type SharedPassage } from '../lib/text/shared-passages.ts';
import type { SharedLink } from '../lib/timeline/timeline-layout.ts';
import type { TimelineClip } from '../lib/timeline/timeline-marks.ts';
import type { Outlet } from '../schema/outlet.ts';

/** How a clip relates to an outlet, for the outlet's page. */
export type OutletRole = 'captured from' | 'originally published' | 'source of a summary' | 'cited';

export interface OutletClip {
  clip: Clip;
  roles: OutletRole[];
}

/** One row of the people index: a person and one clip quoting them. */
export interface PeopleRow {
  person: IndexedPerson;
  mention: PersonMention;
  /** True on the person's first row, which carries their anchor. */
  first: boolean;
}

export interface Archive {
  /** Every clip, newest first. */
  clips: Clip[];
  bySlug: Map<string, Clip>;
  /** The content-collection entry of each clip, for `render()`. */
  entryBySlug: Map<string, CollectionEntry<'clips'>>;
  outletsById: Map<string, Outlet>;
  /** For each clip, the paragraphs it shares with other clips (computed once, near-linear in the archive size). */
  sharedPassages: Map<string, SharedPassage[]>;
  /** Every quoted figure, in archive order. */
  figures: LedgerRow[];
  figuresBySlug: Map<string, LedgerRow[]>;
  /** Every archivist's note, in archive order, and each clip's notes. */
  notes: NoteRow[];
  notesBySlug: Map<string, NoteRow[]>;
  people: IndexedPerson[];
  /** The people index as rows, so it paginates by size however many clips quote one person. */
  peopleRows: PeopleRow[];
  /** Every outlet in outlets.yaml, by name, with the clips related to it (newest first). */
  outlets: { outlet: Outlet; clips: OutletClip[] }[];
}

let loading: Promise<Archive> | undefined;
/** Citations validation had formatted ahead (a large build), by slug. */
let citationsAhead = new Map<string, CitationAhead>();

/** Loads the collections once per build and derives what every page needs; routes only read from it. */
export function loadArchive(): Promise<Archive> {
  loading ??= build();
  return loading;
}

/** A clip's bibliography entry as HTML: the one formatted ahead for its record, or formatted now. */
export function citationHtml(clip: Pick<Clip, 'slug' | 'citation'>, style: CitationStyle): string {
  return aheadOrNow(citationsAhead, clip, style);
}

function outletRef(outletsById: Map<string, Outlet>, id: string | null | undefined): Outlet | null {
  return id ? (outletsById.get(id) ?? null) : null;
}

async function build(): Promise<Archive> {
  const handOver = receiveHandOver();
  const [clipEntries, outletEntries, ahead] = await Promise.all([
    // Drafts (written by clip:add, not yet reviewed) are validated but never published.
    getCollection('clips', (entry) => !entry.data.draft),
    getCollection('outlets'),
    handOver.citations,
  ]);
  citationsAhead = ahead;
  const outletsById = new Map(outletEntries.map((o) => [o.data.id, o.data]));
  const clips = clipEntries
    .map((entry): Clip => {
      const { data } = entry;
      const paragraphs = bodyParagraphs(handOver, entry.body ?? '');
      const clip: Omit<Clip, 'citation'> = {
        slug: entry.id,
        url: clipUrl(import.meta.env.BASE_URL, entry.id, import.meta.env.SITE),
        data,
        date: requireEdtfDate(data.date),
        dateInWords: describeEdtfDate(data.date),
        outlet: outletRef(outletsById, data.outlet),
        originalOutlet: outletRef(outletsById, data.originalOutlet),
        basedOn: data.basedOn.map((id) => outletRef(outletsById, id)).filter((o): o is Outlet => o !== null),
        paragraphs,
        excerpt: excerpt(paragraphs[0]?.text ?? ''),
        quotedPeople: quotedPeople(paragraphs, data.people).map((person) => ({ ...person, indexPage: 1 })),
        index: 0,
      };
      // A record validation built and formatted ahead is used as it is, so the page and its entries always agree.
      return { ...clip, citation: ahead.get(entry.id)?.record ?? clipCslRecord(clip, ARCHIVE_NAME) };
    })
    .sort(compareNewestFirst);
  clips.forEach((clip, i) => (clip.index = i));

  const figures = buildFiguresLedger(clips);
  const figuresBySlug = new Map<string, LedgerRow[]>(clips.map((c) => [c.slug, []]));
  for (const row of figures) figuresBySlug.get(row.slug)!.push(row);

  const notes = buildNotesIndex(clips);
  const notesBySlug = new Map<string, NoteRow[]>(clips.map((c) => [c.slug, []]));
  for (const row of notes) notesBySlug.get(row.slug)!.push(row);

  const people = buildPeopleIndex(clips);
  const peopleRows = people.flatMap((person) =>
    person.mentions.map((mention, i): PeopleRow => ({ person, mention, first: i === 0 })),
  );
  const personPage = new Map<string, number>();
  for (const page of paginate(peopleRows, PAGE_SIZE.peopleRows)) {
    for (const row of page.items) if (row.first) personPage.set(row.person.id, page.number);
  }
  for (const clip of clips) for (const person of clip.quotedPeople) person.indexPage = personPage.get(person.id) ?? 1;

  const related = new Map<string, OutletClip[]>(outletEntries.map((o) => [o.data.id, []]));
  for (const clip of clips) {
    const roles = new Map<string, OutletRole[]>();
    const add = (id: string | null | undefined, role: OutletRole) => {
      if (!id || !related.has(id)) return;
      const list = roles.get(id) ?? [];
      if (!list.includes(role)) list.push(role);
      roles.set(id, list);
    };
    add(clip.data.outlet, 'captured from');
    add(clip.data.originalOutlet, 'originally published');
    for (const id of clip.data.basedOn) add(id, 'source of a summary');
    for (const cited of clip.data.cites) add(cited.outlet, 'cited');
    for (const [id, list] of roles) related.get(id)!.push({ clip, roles: list });
  }
  const outlets = outletEntries
    .map((o) => ({ outlet: o.data, clips: related.get(o.data.id)! }))
    .sort((a, b) => a.outlet.name.localeCompare(b.outlet.name) || a.outlet.id.localeCompare(b.outlet.id));

  return {
    clips,
    bySlug: new Map(clips.map((c) => [c.slug, c])),
    entryBySlug: new Map(clipEntries.map((e) => [e.id, e])),
    outletsById,
    sharedPassages: findSharedPassages(clips),
    figures,
    figuresBySlug,
    notes,
    notesBySlug,
    people,
    peopleRows,
    outlets,
  };
}

/** A clip as the timeline draws it. */
export function timelineClip(clip: Clip): TimelineClip {
  const outlet = (o: Outlet | null) => (o ? { id: o.id, name: o.name } : null);
  return {
    slug: clip.slug,
    title: clip.data.title,
    dateInWords: clip.dateInWords,
    edtf: clip.data.date,
    earliest: clip.date.earliest,
    latest: clip.date.latest,
    outlet: outlet(clip.outlet),
    originalOutlet: outlet(clip.originalOutlet),
    original: clip.data.originalDate ? originalDate(clip.data.originalDate) : undefined,
  };
}

function originalDate(edtf: string): TimelineClip['original'] {
  const { earliest, latest } = requireEdtfDate(edtf);
  return { edtf, earliest, latest, dateInWords: describeEdtfDate(edtf) };
}

/** Pairs of clips whose texts share passages, each pair once (for the timeline's links). */
export function sharedClipPairs(archive: Pick<Archive, 'sharedPassages'>): SharedLink[] {
  const pairs = new Map<string, SharedLink>();
  for (const [slug, passages] of archive.sharedPassages) {
    for (const { otherSlug } of passages) {
      const [a, b] = [slug, otherSlug].sort() as [string, string];
      pairs.set(`${a} ${b}`, { a, b });
    }
  }
  return [...pairs.values()];
}

/** The clips the archive added last (by accession day, then newest published first), for the feed. */
export function latestAdded(clips: Clip[], count: number): Clip[] {
  return [...clips]
    .sort((a, b) => (b.data.accessioned ?? '').localeCompare(a.data.accessioned ?? '') || a.index - b.index)
    .slice(0, count);
}
