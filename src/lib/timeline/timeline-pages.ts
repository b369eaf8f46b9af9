import type { TimelineClip } from './timeline-marks.ts';

/**
 * Up to this many clips a timeline page draws every clip; past it the overview counts clips (per month over a
 * decade or less, per year beyond) and each year gets its own page, split into parts of this many clips.
 */
export const DETAIL_LIMIT = 150;

/** The year a clip is filed under on the timeline: the year of its earliest possible moment (or latest, if open). */
export function timelineYear(clip: Pick<TimelineClip, 'earliest' | 'latest'>): number | null {
  const t = clip.earliest ?? clip.latest;
  return t === null ? null : new Date(t).getUTCFullYear();
}

export interface TimelineYearPage<T> {
  year: number;
  /** 1-based part of the year, and how many parts it has. */
  part: number;
  parts: number;
  clips: T[];
}

/** True when the archive is small enough to draw every clip on the overview page. */
export function drawsEveryClip(count: number): boolean {
  return count <= DETAIL_LIMIT;
}

/** The year pages of a large archive: each year's clips in date order, in parts of at most DETAIL_LIMIT. */
export function timelineYearPages<T extends Pick<TimelineClip, 'earliest' | 'latest' | 'slug'>>(
  clips: T[],
): TimelineYearPage<T>[] {
  const byYear = new Map<number, T[]>();
  for (const clip of clips) {
    const year = timelineYear(clip);
    if (year === null) continue;
    const list = byYear.get(year) ?? [];
    list.push(clip);
    byYear.set(year, list);
  }
  const start = (c: T) => c.earliest ?? c.latest ?? 0;
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([year, list]) => {
      list.sort((a, b) => start(a) - start(b) || a.slug.localeCompare(b.slug));
      const parts = Math.ceil(list.length / DETAIL_LIMIT);
      return Array.from({ length: parts }, (_, i) => ({
        year,
        part: i + 1,
        parts,
        clips: list.slice(i * DETAIL_LIMIT, (i + 1) * DETAIL_LIMIT),
      }));
    });
}

/** The site path of a year page ("timeline/2020/", "timeline/2020/2/"). */
export function timelineYearPath(year: number, part = 1): string {
  return part === 1 ? `timeline/${year}/` : `timeline/${year}/${part}/`;
}

/** A year page as a pager names it: "2018", or "2018, part 2" when the year has parts. */
export interface TimelinePageLink {
  year: number;
  part: number;
  path: string;
  label: string;
}

function pageLink(page: Pick<TimelineYearPage<unknown>, 'year' | 'part' | 'parts'>): TimelinePageLink {
  return {
    year: page.year,
    part: page.part,
    path: timelineYearPath(page.year, page.part),
    label: page.parts > 1 ? `${page.year}, part ${page.part}` : String(page.year),
  };
}

/**
 * Where a year page's pager leads, in time order: the page before (the year's previous part, or the last part of
 * the year before), the page after, and the parts of its own year.
 */
export function timelinePageNeighbours(
  pages: readonly Pick<TimelineYearPage<unknown>, 'year' | 'part' | 'parts'>[],
  index: number,
): { earlier: TimelinePageLink | null; later: TimelinePageLink | null; parts: TimelinePageLink[] } {
  const page = pages[index]!;
  const before = pages[index - 1];
  const after = pages[index + 1];
  return {
    earlier: before ? pageLink(before) : null,
    later: after ? pageLink(after) : null,
    parts: page.parts > 1 ? pages.filter((p) => p.year === page.year).map(pageLink) : [],
  };
}
