import type { CslRecord } from '../citation/clip-citation.ts';
import type { ClipFrontmatter } from '../../schema/clip.ts';
import type { Outlet } from '../../schema/outlet.ts';
import type { BodyParagraph } from '../text/clip-body.ts';
import type { EdtfDate } from '../text/edtf-date.ts';
import type { QuotedPerson } from './people-index.ts';

/**
 * A clip as the archive module (src/data/archive.ts) gives it to pages: the frontmatter as the schema parsed it,
 * and what the archive derives from it once. Library functions take the `Pick<Clip, …>` they need.
 */
export interface Clip {
  slug: string;
  /** The absolute address of the clip's page (canonical URL, citations, feeds). */
  url: string;
  data: ClipFrontmatter;
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
  /** The clip's one CSL-JSON record, from which every citation format on the site is made. */
  citation: CslRecord;
  /** Position in the archive's list (newest first). */
  index: number;
}
