import { describe, expect, it } from 'vitest';
import { requireEdtfDate } from '../../src/lib/text/edtf-date.ts';
import { layoutTimeline } from '../../src/lib/timeline/timeline-layout.ts';
import type { TimelineClip, TimelineOutlet } from '../../src/lib/timeline/timeline-marks.ts';

const WE = { id: 'we', name: 'Washington Examiner' };
const TP = { id: 'tp', name: 'Trending Politics' };
const ZH = { id: 'zh', name: 'ZeroHedge' };
const SAB = { id: 'sab', name: 'Speaking About News' };

function clip(slug: string, edtf: string, outlet: TimelineOutlet | null, originalOutlet: TimelineOutlet | null = null) {
  const { earliest, latest } = requireEdtfDate(edtf);
  return { slug, title: `Title of ${slug}`, dateInWords: edtf, edtf, earliest, latest, outlet, originalOutlet };
}

const CLIPS: TimelineClip[] = [
  clip('turns', '2020-01-21/2020-01-26', WE),
  clip('cranks', '2020-01-21/2020-01-31', TP),
  clip('targeted', '2020-09-29/2020-09-30', SAB, ZH),
  clip('old', '2017-03-24', TP),
  clip('open', '2020-10-23/..', SAB),
  clip('undated', '../..', TP),
];
const layout = layoutTimeline(CLIPS, {
  width: 700,
  hrefOf: (slug) => `/clips/${slug}/`,
  shared: [{ a: 'cranks', b: 'turns' }],
});

describe('layoutTimeline', () => {
  it('gives each outlet a lane, oldest first, and lists clips with no known date apart', () => {
    expect(layout.lanes.map((l) => l.name)).toEqual([
      'Trending Politics',
      'Washington Examiner',
      'ZeroHedge',
      'Speaking About News',
    ]);
    expect(layout.undated.map((c) => c.slug)).toEqual(['undated']);
  });
  it('places marks in time order from left to right, inside the chart', () => {
    const x = (slug: string) => layout.marks.find((m) => m.slug === slug && m.role === 'publication')!.x0;
    expect(x('old')).toBeLessThan(x('turns'));
    expect(x('turns')).toBeLessThan(x('targeted'));
    for (const m of layout.marks) {
      expect(m.x0).toBeGreaterThanOrEqual(0);
      expect(m.x1).toBeLessThanOrEqual(700);
    }
  });
  it('runs an open range to the right edge of the axis', () => {
    const open = layout.marks.find((m) => m.slug === 'open')!;
    expect(open.shape).toBe('open-end');
    expect(open.x1).toBeGreaterThan(650);
  });
  it('draws a republication in both rows, linked, and says so', () => {
    const marks = layout.marks.filter((m) => m.slug === 'targeted');
    expect(marks.map((m) => m.role).sort()).toEqual(['publication', 'republication']);
    const republished = marks.find((m) => m.role === 'republication')!;
    expect(republished.label).toContain('republished by Speaking About News');
    const link = layout.links.find((l) => l.kind === 'republication')!;
    expect([link.y1, link.y2].sort()).toEqual(marks.map((m) => m.y).sort());
  });
  it('links clips that share passages', () => {
    const link = layout.links.find((l) => l.kind === 'shared')!;
    expect(link.label).toBe('“Title of cranks” and “Title of turns” share passages');
  });
  it('every mark links to its clip, and no two marks of a lane overlap with their captions', () => {
    expect(layout.marks.every((m) => m.href === `/clips/${m.slug}/`)).toBe(true);
    const rows = new Map<number, { from: number; to: number }[]>();
    for (const m of layout.marks) {
      const width = m.caption.length * 6.2;
      const span =
        m.captionAnchor === 'start' ? { from: m.x0, to: m.captionX + width } : { from: m.captionX - width, to: m.x1 };
      for (const other of rows.get(m.y) ?? []) expect(span.from >= other.to || span.to <= other.from).toBe(true);
      rows.set(m.y, [...(rows.get(m.y) ?? []), span]);
    }
  });
  it('labels the axis with dates inside the chart', () => {
    expect(layout.ticks.length).toBeGreaterThan(2);
    expect(layout.ticks.map((t) => t.label)).toContain('2018');
    expect(layout.height).toBeGreaterThan(layout.axisY);
  });
});

describe('a republication dated apart from its original', () => {
  const original = requireEdtfDate('2017-03-24/2017-03-31');
  const copy = {
    ...clip('amnesty', '2017-03-24/..', { id: 'cr', name: 'Conservative Read' }, { id: 'iw', name: 'Infowars' }),
    original: { ...original, edtf: '2017-03-24/2017-03-31', dateInWords: 'between 24 and 31 March 2017' },
  };
  const laid = layoutTimeline([copy, clip('later', '2018-06-01', TP)], { width: 700, hrefOf: (s) => `/c/${s}/` });
  it("draws the original at its own date and the republication at the clip's, open-ended", () => {
    const [first, second] = ['publication', 'republication'].map((role) =>
      laid.marks.find((m) => m.slug === 'amnesty' && m.role === role),
    );
    expect(first!.shape).toBe('range');
    expect(first!.label).toContain('between 24 and 31 March 2017');
    expect(second!.shape).toBe('open-end');
    expect(second!.x1).toBeGreaterThan(first!.x1 + 100);
    expect(second!.label).toContain('republished by Conservative Read');
  });
});
