import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { s } from 'hastscript';
import { scaleBand, scaleLinear } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';

/** One bar of a count chart: a year or a month, how many clips it holds, and where its bar links to. */
export interface CountBin {
  key: string;
  label: string;
  count: number;
  href?: string | undefined;
}

/** The instant a clip is counted at: its earliest possible moment, or its latest when the start is open. */
function anchor(clip: { earliest: number | null; latest: number | null }): number | null {
  return clip.earliest ?? clip.latest;
}

function bins(
  clips: { earliest: number | null; latest: number | null }[],
  interval: typeof utcYear | typeof utcMonth,
  key: (d: Date) => string,
  label: (d: Date) => string,
): CountBin[] {
  const counts = new Map<string, number>();
  let min = Infinity;
  let max = -Infinity;
  for (const clip of clips) {
    const t = anchor(clip);
    if (t === null) continue;
    const k = key(new Date(t));
    counts.set(k, (counts.get(k) ?? 0) + 1);
    min = Math.min(min, t);
    max = Math.max(max, t);
  }
  if (min === Infinity) return [];
  // Every interval between the first and last, empty ones included, so gaps in the archive show as gaps.
  return interval
    .range(interval.floor(new Date(min)), interval.offset(interval.floor(new Date(max)), 1))
    .map((d) => ({ key: key(d), label: label(d), count: counts.get(key(d)) ?? 0 }));
}

const monthLabel = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** Clips per year, from the first year to the last, with empty years. */
export function countByYear(clips: { earliest: number | null; latest: number | null }[]): CountBin[] {
  const year = (d: Date) => String(d.getUTCFullYear());
  return bins(clips, utcYear, year, year);
}

/** Clips per month, from the first month to the last, with empty months. */
export function countByMonth(clips: { earliest: number | null; latest: number | null }[]): CountBin[] {
  const key = (d: Date) => d.toISOString().slice(0, 7);
  return bins(clips, utcMonth, key, (d) => monthLabel.format(d));
}

export interface CountChartOptions {
  width?: number;
  height?: number;
  /** The chart's accessible name. */
  title: string;
  /** Word for what is counted, singular and plural ("clip", "clips"). */
  noun: [string, string];
}

/**
 * A small bar chart of counts as an SVG string (d3-scale places the bars). Each bar has a tooltip with its count;
 * bars with an href are links. Labels are drawn every few bars, as many as fit.
 */
export function countChartSvg(data: CountBin[], options: CountChartOptions): string {
  // Bars stay at most 40 units wide, so a single year is a bar, not a block; the chart is drawn at its own size.
  const width = Math.min(options.width ?? 600, Math.max(160, data.length * 40));
  const height = options.height ?? 120;
  const axis = 18;
  const x = scaleBand<string>()
    .domain(data.map((b) => b.key))
    .range([0, width])
    .paddingInner(data.length > 60 ? 0 : 0.15);
  const top = Math.max(1, ...data.map((b) => b.count));
  const y = scaleLinear()
    .domain([0, top])
    .range([height - axis, 4]);
  const every = Math.max(1, Math.ceil((data.length * 48) / width));
  // A band wider than a bar (few bins on the smallest chart) holds its bar in the middle.
  const barWidth = Math.max(1, Math.min(40, Math.round(x.bandwidth() * 10) / 10));
  const barX = (key: string) => Math.round((x(key)! + (x.bandwidth() - barWidth) / 2) * 10) / 10;
  const bars = data.map((bin, i): Element => {
    const barHeight = bin.count === 0 ? 0 : Math.max(2, height - axis - y(bin.count));
    const rect = s('rect', {
      class: bin.count === 0 ? 'count-bar empty' : 'count-bar',
      x: barX(bin.key),
      y: Math.round((height - axis - barHeight) * 10) / 10,
      width: barWidth,
      height: Math.round(barHeight * 10) / 10,
    });
    const tip = s('title', `${bin.label}: ${bin.count} ${bin.count === 1 ? options.noun[0] : options.noun[1]}`);
    const showLabel = i % every === 0;
    const label = showLabel
      ? s('text', { x: Math.round(x(bin.key)! + x.bandwidth() / 2), y: height - 4, textAnchor: 'middle' }, bin.label)
      : null;
    const group = bin.href && bin.count > 0 ? s('a', { href: bin.href }, [tip, rect]) : s('g', [tip, rect]);
    return s('g', [group, label ?? []].flat());
  });
  const svg = s(
    'svg',
    { viewBox: `0 0 ${width} ${height}`, width, height, class: 'count-chart', role: 'group', ariaLabel: options.title },
    [s('line', { class: 'count-axis', x1: 0, x2: width, y1: height - axis, y2: height - axis }), ...bars],
  );
  return toHtml(svg, { space: 'svg' });
}
