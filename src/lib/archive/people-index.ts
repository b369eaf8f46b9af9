import type { ClipFrontmatter } from '../../schema/clip.ts';
import type { BodyParagraph } from '../text/clip-body.ts';
import type { Clip } from './clip.ts';

/** Someone a clip quotes, as its frontmatter gives them, with the paragraphs of that clip naming them. */
export interface QuotedPerson {
  /** Anchor id on the people index, from the name. */
  id: string;
  name: string;
  role: string | null;
  note: string | null;
  paragraphs: number[];
}

/** Where one clip quotes a person: the role that clip gives them and the paragraphs naming them. */
export interface PersonMention {
  slug: string;
  clipTitle: string;
  role: string | null;
  note: string | null;
  paragraphs: number[];
}

export interface IndexedPerson {
  /** Anchor id on the people index, from the name. */
  id: string;
  name: string;
  mentions: PersonMention[];
}

/** The parts of a clip the people index reads. */
export type PeopleClip = Pick<Clip, 'slug'> & {
  data: Pick<ClipFrontmatter, 'title'>;
  quotedPeople: readonly QuotedPerson[];
};

/** A name as an id: lowercase ASCII words joined by hyphens ("Todd Michael Lyons" -> "todd-michael-lyons"). */
export function personId(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'person'
  );
}

/** The people a clip quotes, in frontmatter order, each with the numbers of the paragraphs that name them. */
export function quotedPeople(paragraphs: readonly BodyParagraph[], people: ClipFrontmatter['people']): QuotedPerson[] {
  return people.map((person) => ({
    id: personId(person.name),
    name: person.name,
    role: person.role,
    note: person.note ?? null,
    paragraphs: paragraphs.filter((p) => p.text.includes(person.name)).map((p) => p.n),
  }));
}

/**
 * Everyone the clips quote, by name as the text writes it, sorted by family name (the last word) then by name;
 * each with the clips (in archive order) and paragraphs that name them.
 */
export function buildPeopleIndex(clips: readonly PeopleClip[]): IndexedPerson[] {
  const byId = new Map<string, IndexedPerson>();
  for (const clip of clips) {
    for (const person of clip.quotedPeople) {
      let entry = byId.get(person.id);
      if (!entry) {
        entry = { id: person.id, name: person.name, mentions: [] };
        byId.set(person.id, entry);
      }
      entry.mentions.push({
        slug: clip.slug,
        clipTitle: clip.data.title,
        role: person.role,
        note: person.note,
        paragraphs: person.paragraphs,
      });
    }
  }
  const familyName = (name: string) => name.trim().split(/\s+/).at(-1)!.toLowerCase();
  return [...byId.values()].sort(
    (a, b) =>
      familyName(a.name).localeCompare(familyName(b.name)) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  );
}
