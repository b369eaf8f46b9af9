import { scaleUtc } from 'd3-scale';
import {
  isRepublication,
  laneOutlet,
  markExtent,
  timeExtent,
  type MarkShape,
  type TimelineClip,
  type TimelineOutlet,
} from './timeline-marks.ts';

/** A pair of clips whose texts share passages (one quotes or copies the other). */
export interface SharedLink {
  a: string;
  b: string;
}

export interface LaidOutMark {
  slug: string;
  href: string;
  /** What a reader is told about the mark (its tooltip and accessible name). */
  label: string;
  /** The short text drawn beside the mark. */
  caption: string;
  captionX: number;
  captionAnchor: 'start' | 'end';
  shape: MarkShape;
  /** A republication's mark sits in the capturing site's row and is drawn hollow. */
  role: 'publication' | 'republication';
  x0: number;
  x1: number;
  y: number;
  series: number;
}

export interface Lane {
  name: string;
  series: number;
  /** Baseline of the lane's name; its marks sit below it. */
  labelY: number;
  top: number;
  bottom: number;
}

export interface LaidOutLink {
  kind: 'republication' | 'shared';
  label: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  lanes: Lane[];
  marks: LaidOutMark[];
  links: LaidOutLink[];
  ticks: { x: number; label: string }[];
  axisY: number;
  /** Clips whose date has no known bound: listed, not drawn. */
  undated: TimelineClip[];
}

export interface LayoutOptions {
  width?: number;
  hrefOf: (slug: string) => string;
  shared?: SharedLink[];
}

const MARGIN = 12;
const ROW = 18;
const LANE_LABEL = 20;
const LANE_GAP = 10;
const AXIS = 26;
const MIN_BAR = 6;
const FADE = 14;
const CHAR = 6.2;
const CAPTION_MAX = 34;
/** Series (colours) cycle after this many outlets; lanes are named, so colour never carries meaning alone. */
export const SERIES_COUNT = 8;

function shortCaption(title: string): string {
  return title.length <= CAPTION_MAX ? title : `${title.slice(0, CAPTION_MAX - 1).trimEnd()}…`;
}

interface Placed {
  clip: TimelineClip;
  role: LaidOutMark['role'];
  laneKey: string;
  laneName: string;
  shape: MarkShape;
  x0: number;
  x1: number;
}

/** Places every dated clip on a time axis, one lane per outlet, packing marks and their captions into rows. */
export function layoutTimeline(clips: TimelineClip[], options: LayoutOptions): TimelineLayout {
  const width = options.width ?? 760;
  const extent = timeExtent([...clips, ...clips.flatMap((c) => (c.original ? [c.original] : []))]);
  const undated = clips.filter((c) => markExtent(c).shape === 'unknown');
  if (!extent) return { width, height: 0, lanes: [], marks: [], links: [], ticks: [], axisY: 0, undated };
  const x = scaleUtc()
    .domain([new Date(extent[0]), new Date(extent[1])])
    .range([MARGIN, width - MARGIN])
    .nice();
  const [left, right] = x.range() as [number, number];

  const placed: Placed[] = [];
  const laneOf = (outlet: TimelineOutlet | null) => ({
    laneKey: outlet?.id ?? '',
    laneName: outlet?.name ?? 'Site unknown',
  });
  const place = (clip: TimelineClip, date: Pick<TimelineClip, 'edtf' | 'earliest' | 'latest'>) => {
    const { shape, start, end } = markExtent(date);
    if (shape === 'unknown') return null;
    let x0 = start === null ? left : x(new Date(start));
    let x1 = end === null ? right : x(new Date(end));
    if (shape !== 'day' && x1 - x0 < MIN_BAR) {
      const mid = (x0 + x1) / 2;
      [x0, x1] = [mid - MIN_BAR / 2, mid + MIN_BAR / 2];
    }
    // An approximate date fades out past both ends of its range, so its edges read as soft.
    if (shape === 'approximate') [x0, x1] = [x0 - FADE, x1 + FADE];
    return { clip, shape, x0, x1 };
  };
  for (const clip of clips) {
    const republication = isRepublication(clip);
    // A republication with its original's own date: the original at that date, the republication at the clip's.
    const original = republication && clip.original ? place(clip, clip.original) : place(clip, clip);
    if (original) placed.push({ ...original, role: 'publication', ...laneOf(laneOutlet(clip)) });
    if (!republication) continue;
    const copy = clip.original ? place(clip, clip) : original;
    if (copy) placed.push({ ...copy, role: 'republication', ...laneOf(clip.outlet) });
  }

  // Lanes in the order of their first mark in time, so the chart reads from the oldest outlet down.
  const laneKeys = [...new Set([...placed].sort((a, b) => a.x0 - b.x0).map((p) => p.laneKey))];
  const lanes: Lane[] = [];
  const marks: LaidOutMark[] = [];
  let y = MARGIN;
  laneKeys.forEach((key, laneIndex) => {
    const inLane = placed.filter((p) => p.laneKey === key).sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1);
    const series = laneIndex % SERIES_COUNT;
    const top = y;
    const rowsEnd: number[] = [];
    for (const p of inLane) {
      // The caption goes after the mark when it fits, else before it, else on the roomier side, cut to fit.
      const full = shortCaption(p.clip.title);
      // The margin is slack for wide letters (CHAR is an average), so a caption never runs out of the drawing.
      const spaceAfter = width - MARGIN - (p.x1 + 6);
      const spaceBefore = p.x0 - 6 - MARGIN;
      const after = spaceAfter >= full.length * CHAR || (spaceBefore < full.length * CHAR && spaceAfter >= spaceBefore);
      const room = Math.floor((after ? spaceAfter : spaceBefore) / CHAR);
      const caption = full.length <= room ? full : `${full.slice(0, Math.max(1, room - 1)).trimEnd()}…`;
      const captionWidth = caption.length * CHAR;
      const captionX = after ? p.x1 + 6 : p.x0 - 6;
      const from = after ? p.x0 : captionX - captionWidth;
      const to = after ? captionX + captionWidth : p.x1;
      let row = rowsEnd.findIndex((end) => end + 8 <= from);
      if (row === -1) row = rowsEnd.push(to) - 1;
      else rowsEnd[row] = to;
      const dateWords =
        p.role === 'publication' && p.clip.original && isRepublication(p.clip)
          ? p.clip.original.dateInWords
          : p.clip.dateInWords;
      const what =
        p.role === 'republication'
          ? `republished by ${p.laneName}${p.clip.original ? '' : ' (its own date not known apart from the original’s)'}`
          : '';
      marks.push({
        slug: p.clip.slug,
        href: options.hrefOf(p.clip.slug),
        label: [p.clip.title, dateWords, what].filter(Boolean).join(', '),
        caption,
        captionX,
        captionAnchor: after ? 'start' : 'end',
        shape: p.shape,
        role: p.role,
        x0: p.x0,
        x1: p.x1,
        y: top + LANE_LABEL + row * ROW + ROW / 2,
        series,
      });
    }
    const bottom = top + LANE_LABEL + Math.max(1, rowsEnd.length) * ROW;
    lanes.push({ name: inLane[0]!.laneName, series, labelY: top + 14, top, bottom });
    y = bottom + LANE_GAP;
  });

  const centre = (m: LaidOutMark) => ({ x: (m.x0 + m.x1) / 2, y: m.y });
  const markOf = (slug: string, role: LaidOutMark['role']) => marks.find((m) => m.slug === slug && m.role === role);
  const links: LaidOutLink[] = [];
  for (const m of marks) {
    if (m.role !== 'republication') continue;
    const original = markOf(m.slug, 'publication')!;
    const [a, b] = [centre(original), centre(m)];
    links.push({ kind: 'republication', label: m.label, x1: a.x, y1: a.y, x2: b.x, y2: b.y });
  }
  const titleOf = new Map(clips.map((c) => [c.slug, c.title]));
  for (const pair of options.shared ?? []) {
    const [a, b] = [markOf(pair.a, 'publication'), markOf(pair.b, 'publication')];
    if (!a || !b) continue;
    const label = `“${titleOf.get(pair.a)}” and “${titleOf.get(pair.b)}” share passages`;
    const [p, q] = [centre(a), centre(b)];
    links.push({ kind: 'shared', label, x1: p.x, y1: p.y, x2: q.x, y2: q.y });
  }

  const axisY = y;
  const format = x.tickFormat();
  const ticks = x.ticks(Math.max(2, Math.floor(width / 90))).map((t) => ({ x: x(t), label: format(t) }));
  return { width, height: axisY + AXIS, lanes, marks, links, ticks, axisY, undated };
}
