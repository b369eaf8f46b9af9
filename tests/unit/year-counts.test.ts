import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { requireEdtfDate } from '../../src/lib/text/edtf-date.ts';
import { countByMonth, countByYear, countChartSvg } from '../../src/lib/timeline/year-counts.ts';

const clips = ['2017-03-24/2017-03-31', '2018-12~', '2020-01-21/2020-01-31', '2020-01-21/2020-01-26', '../..'].map(
  (edtf) => requireEdtfDate(edtf),
);

describe('counts', () => {
  it('counts clips per year, empty years included, by the earliest possible day', () => {
    expect(countByYear(clips).map((b) => [b.key, b.count])).toEqual([
      ['2017', 1],
      ['2018', 1],
      ['2019', 0],
      ['2020', 2],
    ]);
  });
  it('counts clips per month', () => {
    const months = countByMonth(clips);
    expect(months[0]).toMatchObject({ key: '2017-03', label: 'Mar 2017', count: 1 });
    expect(months.at(-1)).toMatchObject({ key: '2020-01', count: 2 });
    expect(months).toHaveLength(35);
  });
});

describe('countChartSvg', () => {
  const svg = countChartSvg(
    countByYear(clips).map((b) => ({ ...b, href: `/timeline/${b.key}/` })),
    { title: 'Clips per year', noun: ['clip', 'clips'] },
  );
  const tree = fromHtml(svg, { fragment: true });
  it('draws one bar per year with its count, linking the years that have clips', () => {
    expect(selectAll('rect', tree)).toHaveLength(4);
    expect(selectAll('title', tree).map((t) => toString(t))).toEqual([
      '2017: 1 clip',
      '2018: 1 clip',
      '2019: 0 clips',
      '2020: 2 clips',
    ]);
    expect(selectAll('a', tree).map((a) => a.properties.href)).toEqual([
      '/timeline/2017/',
      '/timeline/2018/',
      '/timeline/2020/',
    ]);
  });
  it('makes the tallest bar the busiest year', () => {
    const heights = selectAll('rect', tree).map((r) => Number(r.properties.height));
    expect(Math.max(...heights)).toBe(heights[3]);
    expect(heights[2]).toBe(0);
  });
  it('draws a single year as a bar, not a block, in the middle of the chart', () => {
    const one = fromHtml(countChartSvg(countByYear(clips.slice(1, 2)), { title: 'One', noun: ['clip', 'clips'] }), {
      fragment: true,
    });
    const [bar] = selectAll('rect', one);
    const chartWidth = Number(selectAll('svg', one)[0]!.properties.width);
    const width = Number(bar!.properties.width);
    expect(width).toBeLessThanOrEqual(40);
    expect(Number(bar!.properties.x) + width / 2).toBeCloseTo(chartWidth / 2, 0);
  });
});
