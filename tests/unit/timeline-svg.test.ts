import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { requireEdtfDate } from '../../src/lib/text/edtf-date.ts';
import { layoutTimeline } from '../../src/lib/timeline/timeline-layout.ts';
import { timelineSvg } from '../../src/lib/timeline/timeline-svg.ts';

function clip(slug: string, title: string, edtf: string) {
  const { earliest, latest } = requireEdtfDate(edtf);
  const outlet = { id: 'o', name: 'An <Outlet>' };
  return { slug, title, dateInWords: edtf, edtf, earliest, latest, outlet, originalOutlet: null };
}

const svg = timelineSvg(
  layoutTimeline([clip('a', 'A <script>alert(1)</script> title', '2018-12~'), clip('b', 'B', '2020-01-21')], {
    hrefOf: (slug) => `/clips/${slug}/`,
  }),
  { idPrefix: 't', title: 'Timeline' },
);
const tree = fromHtml(svg, { fragment: true });

describe('timelineSvg', () => {
  it('is one SVG whose marks are links to their clips, each named by a title', () => {
    const links = selectAll('a', tree);
    expect(links.map((a) => a.properties.href)).toEqual(['/clips/a/', '/clips/b/']);
    expect(links.map((a) => toString(selectAll('title', a)[0]!))).toEqual([
      'A <script>alert(1)</script> title, 2018-12~',
      'B, 2020-01-21',
    ]);
  });
  it('escapes text from clips: no element comes from a title', () => {
    expect(selectAll('script', tree)).toHaveLength(0);
    expect(svg).not.toContain('<script>');
  });
  it('fades an approximate date with a gradient it defines, and draws a day as a dot', () => {
    const fill = selectAll('a.shape-approximate rect', tree)[0]!.properties.fill;
    expect(fill).toBe('url(#t-approximate-0)');
    expect(selectAll('linearGradient#t-approximate-0 stop', tree)).toHaveLength(4);
    expect(selectAll('a.shape-day circle', tree)).toHaveLength(1);
  });
  it('carries no inline style (colours come from classes)', () => {
    expect(svg).not.toMatch(/style=/);
  });
});
