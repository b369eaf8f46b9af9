/**
 * The timeline's domain: how one clip's EDTF date becomes a mark on a time axis. Pure; no Astro imports. The
 * timeline folder owns marks (this file), their layout (timeline-layout.ts), the SVG (timeline-svg.ts), the choice
 * between a detailed and a counted view (timeline-pages.ts) and the small clips-per-year chart (year-counts.ts).
 */

/** What a timeline needs of a clip. */
export interface TimelineClip {
  slug: string;
  title: string;
  dateInWords: string;
  /** The EDTF string as recorded. */
  edtf: string;
  /** Earliest and latest instants the date allows (ms, UTC); null where the date is open. */
  earliest: number | null;
  latest: number | null;
  /** Where the text was captured from, and where it was first published (null when the same or unknown). */
  outlet: TimelineOutlet | null;
  originalOutlet: TimelineOutlet | null;
  /**
   * For a republication whose original's date is known apart from its own: the original's date. The clip's own
   * date (above) is then the republication's, and the two are drawn apart and linked.
   */
  original?: { edtf: string; earliest: number | null; latest: number | null; dateInWords: string } | undefined;
}

export interface TimelineOutlet {
  id: string;
  name: string;
}

/**
 * How a date is drawn: a day is a dot; a range a bar; an approximate or uncertain date a bar that fades at both
 * ends; a range open at one end a bar that runs to the edge of the axis; a date with no known bound is not drawn.
 */
export type MarkShape = 'day' | 'range' | 'approximate' | 'open-start' | 'open-end' | 'unknown';

export interface MarkExtent {
  shape: MarkShape;
  /** Instants the mark spans; for an open end, the known end only. */
  start: number | null;
  end: number | null;
}

const DAY = 86_400_000;

/** Reads a clip's date as a mark: its shape and the instants it spans. */
export function markExtent(clip: Pick<TimelineClip, 'edtf' | 'earliest' | 'latest'>): MarkExtent {
  const { earliest, latest } = clip;
  if (earliest === null && latest === null) return { shape: 'unknown', start: null, end: null };
  if (earliest === null) return { shape: 'open-start', start: null, end: latest };
  if (latest === null) return { shape: 'open-end', start: earliest, end: null };
  // EDTF's qualifiers: ~ approximate, ? uncertain, % both.
  if (/[~?%]/.test(clip.edtf)) return { shape: 'approximate', start: earliest, end: latest };
  if (latest - earliest < DAY) return { shape: 'day', start: earliest, end: latest };
  return { shape: 'range', start: earliest, end: latest };
}

/** The outlet whose row a clip sits in: where the text was first published when known, else where it was captured. */
export function laneOutlet(clip: Pick<TimelineClip, 'outlet' | 'originalOutlet'>): TimelineOutlet | null {
  return clip.originalOutlet ?? clip.outlet;
}

/** True when the clip is a republication: captured from a site other than its known original publisher. */
export function isRepublication(clip: Pick<TimelineClip, 'outlet' | 'originalOutlet'>): boolean {
  return clip.originalOutlet !== null && clip.originalOutlet.id !== clip.outlet?.id;
}

/** The span of instants covering every drawable mark, or null when no clip has a known bound. */
export function timeExtent(clips: Pick<TimelineClip, 'earliest' | 'latest'>[]): [number, number] | null {
  let min = Infinity;
  let max = -Infinity;
  for (const clip of clips) {
    for (const t of [clip.earliest, clip.latest]) {
      if (t === null) continue;
      if (t < min) min = t;
      if (t > max) max = t;
    }
  }
  return min === Infinity ? null : [min, max];
}
