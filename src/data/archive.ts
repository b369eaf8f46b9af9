import { getCollection, type CollectionEntry } from 'astro:content';
import { ARCHIVE_NAME } from '../config.ts';
import {
  citationsHandedOver,
  citedUrl,
  clipCitationInput,
  isRepublication,
  clipCslRecord,
  type CslRecord,
} from '../lib/citation/clip-citation.ts';
import type { ClipMetadataInput } from '../lib/citation/clip-metadata.ts';
import { bodyParagraphs, type BodyParagraph } from '../lib/text/clip-body.ts';
import { compareNewestFirst } from '../lib/archive/clip-order.ts';
import { describeEdtfDate, requireEdtfDate, type EdtfDate } from '../lib/text/edtf-date.ts';
import { excerpt } from '../lib/text/excerpt.ts';
import { buildFiguresLedger, type LedgerRow } from '../lib/archive/figures-ledger.ts';
import { paginate } from '../lib/site/pagination.ts';
import {
  buildPeopleIndex,
  quotedPeople,
  type IndexedPerson,
  type PersonMention,
  type QuotedPerson,
} from '../lib/archive/people-index.ts';
import { findSharedPassages, type SharedPassage } from '../lib/text/shared-passages.ts';
import type { Outlet } from '../schema/outlet.ts';
import { PAGE_SIZE } from '../constants.ts';

export interface ArchivedClip {
  slug: string;
  entry: CollectionEntry<'clips'>;
  data: CollectionEntry<'clips'>['data'];
  date: EdtfDate;
  dateInWords: string;
  outlet: Outlet | null;
  originalOutlet: Outlet | null;
  /** Outlets further up the chain of republication, nearest first. */
  basedOn: Outlet[];
  /** The body's paragraphs, numbered as the page numbers them (#p-N). */
  paragraphs: BodyParagraph[];
  /** The first lines of the body, for lists. */
  excerpt: string;
  /** The people the clip quotes, with the paragraphs naming them and the people-index page holding each. */
  quotedPeople: (QuotedPerson & { indexPage: number })[];
  /** Position in `clips` (newest first). */
  index: number;
}

/** How a clip relates to an outlet, for the outlet's page. */
export type OutletRole = 'captured from' | 'originally published' | 'source of a summary' | 'cited';

export interface OutletClip {
  clip: ArchivedClip;
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
  clips: ArchivedClip[];
  outletsById: Map<string, Outlet>;
  bySlug: Map<string, ArchivedClip>;
  /** For each clip, the paragraphs it shares with other clips (computed once, near-linear in the archive size). */
  sharedPassages: Map<string, SharedPassage[]>;
  /** Every quoted figure, in archive order. */
  figures: LedgerRow[];
  figuresBySlug: Map<string, LedgerRow[]>;
  people: IndexedPerson[];
  /** The people index as rows, so it paginates by size however many clips quote one person. */
  peopleRows: PeopleRow[];
  /** Every outlet in outlets.yaml, by name, with the clips related to it (newest first). */
  outlets: { outlet: Outlet; clips: OutletClip[] }[];
}

let loading: Promise<Archive> | undefined;

/** Loads the collections once per build and derives what every page needs; routes only read from it. */
export function loadArchive(): Promise<Archive> {
  loading ??= build();
  return loading;
}

function outletRef(outletsById: Map<string, Outlet>, id: string | null | undefined): Outlet | null {
  return id ? (outletsById.get(id) ?? null) : null;
}

async function build(): Promise<Archive> {
  const [clipEntries, outletEntries] = await Promise.all([
    // Drafts (written by clip:add, not yet reviewed) are validated but never published.
    getCollection('clips', (entry) => !entry.data.draft),
    getCollection('outlets'),
    citationsHandedOver(),
  ]);
  const outletsById = new Map(outletEntries.map((o) => [o.data.id, o.data]));
  const clips = clipEntries
    .map((entry): ArchivedClip => {
      const paragraphs = bodyParagraphs(entry.body ?? '');
      return {
        slug: entry.id,
        entry,
        data: entry.data,
        date: requireEdtfDate(entry.data.date),
        dateInWords: describeEdtfDate(entry.data.date),
        outlet: outletRef(outletsById, entry.data.outlet),
        originalOutlet: outletRef(outletsById, entry.data.originalOutlet),
        basedOn: entry.data.basedOn.map((id) => outletRef(outletsById, id)).filter((o): o is Outlet => o !== null),
        paragraphs,
        excerpt: excerpt(paragraphs[0]?.text ?? ''),
        quotedPeople: quotedPeople(paragraphs, entry.data.people).map((person) => ({ ...person, indexPage: 1 })),
        index: 0,
      };
    })
    .sort(compareNewestFirst);
  clips.forEach((clip, i) => (clip.index = i));

  const figures = buildFiguresLedger(
    clips.map((c) => ({ slug: c.slug, title: c.data.title, paragraphs: c.paragraphs, figures: c.data.figures })),
  );
  const figuresBySlug = new Map<string, LedgerRow[]>(clips.map((c) => [c.slug, []]));
  for (const row of figures) figuresBySlug.get(row.slug)!.push(row);

  const people = buildPeopleIndex(
    clips.map((c) => ({ slug: c.slug, title: c.data.title, quotedPeople: c.quotedPeople })),
  );
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
    outletsById,
    bySlug: new Map(clips.map((c) => [c.slug, c])),
    sharedPassages: findSharedPassages(clips.map((c) => ({ slug: c.slug, paragraphs: c.paragraphs }))),
    figures,
    figuresBySlug,
    people,
    peopleRows,
    outlets,
  };
}

/** The one CSL-JSON record of a clip, from which every citation format on the site is made. */
export function clipCitationRecord(clip: ArchivedClip, pageUrl: string): CslRecord {
  return clipCslRecord(
    clipCitationInput(
      clip.slug,
      clip.data,
      (id) => [clip.outlet, clip.originalOutlet].find((o) => o?.id === id)?.name,
      pageUrl,
      ARCHIVE_NAME,
    ),
  );
}

export function clipMetadataInput(clip: ArchivedClip, pageUrl: string): ClipMetadataInput {
  const outlet = (o: Outlet | null) => (o ? { name: o.name, url: o.url } : null);
  return {
    title: clip.data.title,
    outlet: outlet(clip.outlet),
    originalOutlet: outlet(clip.originalOutlet),
    author: clip.data.author,
    date: clip.data.date,
    url: citedUrl(clip.data),
    originalDate: isRepublication(clip.data) ? (clip.data.originalDate ?? null) : null,
    originalUrl: isRepublication(clip.data) ? clip.data.source.url : null,
    pageUrl,
    description: clip.excerpt,
  };
}
