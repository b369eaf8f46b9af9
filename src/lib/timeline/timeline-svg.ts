import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { s } from 'hastscript';
import type { LaidOutLink, LaidOutMark, TimelineLayout } from './timeline-layout.ts';

// The SVG is built as a syntax tree and serialised by hast-util-to-html, so titles from clips are always escaped.
// Colours come from classes (series-N, shape-…, role-…) styled by the site's stylesheet: no inline styles, so the
// chart follows the colour scheme and the page's Content-Security-Policy.

const round = (n: number) => Math.round(n * 10) / 10;

function gradient(id: string, series: number, stops: [offset: number, opacity: number][]): Element {
  return s(
    'linearGradient',
    { id, class: `series-${series}` },
    stops.map(([offset, opacity]) => s('stop', { offset, stopOpacity: opacity })),
  );
}

const FADES = {
  approximate: [
    [0, 0],
    [0.45, 1],
    [0.55, 1],
    [1, 0],
  ],
  'open-end': [
    [0, 1],
    [0.6, 0.6],
    [1, 0],
  ],
  'open-start': [
    [0, 0],
    [0.4, 0.6],
    [1, 1],
  ],
} as const satisfies Record<string, [number, number][]>;
type Faded = keyof typeof FADES;

function isFaded(shape: LaidOutMark['shape']): shape is Faded {
  return shape in FADES;
}

function markShape(m: LaidOutMark, idPrefix: string): Element {
  const y = round(m.y);
  if (m.shape === 'day') return s('circle', { class: 'mark-shape', cx: round((m.x0 + m.x1) / 2), cy: y, r: 5 });
  const rect = {
    class: 'mark-shape',
    x: round(m.x0),
    y: round(y - 4),
    width: round(m.x1 - m.x0),
    height: 8,
    rx: 4,
  };
  if (isFaded(m.shape) && m.role === 'publication') {
    return s('rect', { ...rect, fill: `url(#${idPrefix}-${m.shape}-${m.series})` });
  }
  return s('rect', rect);
}

function mark(m: LaidOutMark, idPrefix: string): Element {
  return s(
    'a',
    { href: m.href, class: `mark series-${m.series} shape-${m.shape} role-${m.role}` },
    s('title', m.label),
    markShape(m, idPrefix),
    s(
      'text',
      { x: round(m.captionX), y: round(m.y + 4), textAnchor: m.captionAnchor, class: 'mark-caption' },
      m.caption,
    ),
  );
}

function link(l: LaidOutLink): Element {
  if (l.kind === 'republication') {
    return s(
      'line',
      { class: 'link link-republication', x1: round(l.x1), y1: round(l.y1), x2: round(l.x2), y2: round(l.y2) },
      s('title', l.label),
    );
  }
  // Shared passages: an arc bowing to the right of the two marks, so it does not hide the bars between them.
  const bow = Math.max(24, Math.abs(l.y2 - l.y1) / 2);
  const cx = Math.max(l.x1, l.x2) + bow;
  const cy = (l.y1 + l.y2) / 2;
  const d = `M${round(l.x1)} ${round(l.y1)}Q${round(cx)} ${round(cy)} ${round(l.x2)} ${round(l.y2)}`;
  return s('path', { class: 'link link-shared', d }, s('title', l.label));
}

/** Renders a laid-out timeline as an SVG string. `idPrefix` keeps gradient ids unique when a page has two charts. */
export function timelineSvg(layout: TimelineLayout, options: { idPrefix: string; title: string }): string {
  const { width, height, lanes, marks, links, ticks, axisY } = layout;
  const used = new Set(
    marks.filter((m) => isFaded(m.shape) && m.role === 'publication').map((m) => `${m.shape}:${m.series}`),
  );
  const defs = [...used].map((key) => {
    const [shape, series] = key.split(':') as [Faded, string];
    return gradient(`${options.idPrefix}-${shape}-${series}`, Number(series), [...FADES[shape]]);
  });
  const children: ElementContent[] = [
    s('defs', defs),
    s(
      'g',
      { class: 'timeline-grid' },
      ticks.map((t) => s('line', { x1: round(t.x), x2: round(t.x), y1: 0, y2: axisY })),
    ),
    s(
      'g',
      { class: 'timeline-lanes' },
      lanes.flatMap((lane) => [
        s('line', { class: 'lane-rule', x1: 0, x2: width, y1: lane.top, y2: lane.top }),
        s('text', { class: `lane-label series-${lane.series}`, x: 2, y: lane.labelY }, lane.name),
      ]),
    ),
    s('g', { class: 'timeline-links' }, links.map(link)),
    s(
      'g',
      { class: 'timeline-marks' },
      marks.map((m) => mark(m, options.idPrefix)),
    ),
    s('g', { class: 'timeline-axis' }, [
      s('line', { x1: 0, x2: width, y1: axisY, y2: axisY }),
      ...ticks.map((t) => s('text', { x: round(t.x), y: axisY + 17, textAnchor: 'middle' }, t.label)),
    ]),
  ];
  const svg = s(
    'svg',
    {
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      class: 'timeline-chart',
      role: 'group',
      ariaLabel: options.title,
    },
    children,
  );
  return toHtml(svg, { space: 'svg' });
}
