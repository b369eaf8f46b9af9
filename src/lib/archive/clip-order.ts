import type { EdtfDate } from '../text/edtf-date.ts';

interface Dated {
  slug: string;
  date: EdtfDate;
}

const NONE = Number.NEGATIVE_INFINITY;

/**
 * Newest first. A range is placed by its latest possible day, then by its earliest, so
 * "December 2018" sorts after "14 December 2018"; ties are broken by slug so every build lists clips alike.
 */
export function compareNewestFirst(a: Dated, b: Dated): number {
  return (
    (b.date.latest ?? b.date.earliest ?? NONE) - (a.date.latest ?? a.date.earliest ?? NONE) ||
    (b.date.earliest ?? NONE) - (a.date.earliest ?? NONE) ||
    a.slug.localeCompare(b.slug)
  );
}
