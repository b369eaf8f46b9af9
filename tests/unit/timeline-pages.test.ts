import { describe, expect, it } from 'vitest';
import {
  DETAIL_LIMIT,
  drawsEveryClip,
  timelineYear,
  timelinePageNeighbours,
  timelineYearPages,
  timelineYearPath,
} from '../../src/lib/timeline/timeline-pages.ts';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe('timeline pages', () => {
  it('draws every clip up to the detail limit', () => {
    expect(drawsEveryClip(DETAIL_LIMIT)).toBe(true);
    expect(drawsEveryClip(DETAIL_LIMIT + 1)).toBe(false);
  });
  it('files a clip under the year of its earliest possible day, or its latest when open at the start', () => {
    expect(timelineYear({ earliest: day(2019, 12, 30), latest: day(2020, 1, 2) })).toBe(2019);
    expect(timelineYear({ earliest: null, latest: day(2020, 1, 2) })).toBe(2020);
    expect(timelineYear({ earliest: null, latest: null })).toBeNull();
  });
  it('gives each year a page in date order, split into parts of at most the limit', () => {
    const clips = Array.from({ length: DETAIL_LIMIT * 2 + 5 }, (_, i) => ({
      slug: `c${i}`,
      earliest: day(2020, 1, 1) + (DETAIL_LIMIT * 2 + 5 - i) * 3_600_000,
      latest: null,
    }));
    clips.push({ slug: 'old', earliest: day(1999, 5, 1), latest: null });
    const pages = timelineYearPages(clips);
    expect(pages.map((p) => [p.year, p.part, p.parts, p.clips.length])).toEqual([
      [1999, 1, 1, 1],
      [2020, 1, 3, DETAIL_LIMIT],
      [2020, 2, 3, DETAIL_LIMIT],
      [2020, 3, 3, 5],
    ]);
    const first = pages[1]!.clips;
    expect(first[0]!.earliest!).toBeLessThan(first[1]!.earliest!);
  });
  it('names year pages by path', () => {
    expect(timelineYearPath(2020)).toBe('timeline/2020/');
    expect(timelineYearPath(2020, 3)).toBe('timeline/2020/3/');
  });
  it("names the pages before and after a year page by their year (and part), and lists the year's parts", () => {
    const pages = [
      { year: 2017, part: 1, parts: 1 },
      { year: 2019, part: 1, parts: 2 },
      { year: 2019, part: 2, parts: 2 },
      { year: 2020, part: 1, parts: 1 },
    ];
    expect(timelinePageNeighbours(pages, 0)).toEqual({
      earlier: null,
      later: { year: 2019, part: 1, path: 'timeline/2019/', label: '2019, part 1' },
      parts: [],
    });
    const middle = timelinePageNeighbours(pages, 2);
    expect(middle.earlier?.label).toBe('2019, part 1');
    expect(middle.later).toEqual({ year: 2020, part: 1, path: 'timeline/2020/', label: '2020' });
    expect(middle.parts.map((p) => p.path)).toEqual(['timeline/2019/', 'timeline/2019/2/']);
    expect(timelinePageNeighbours(pages, 1).earlier?.label).toBe('2017');
    expect(timelinePageNeighbours(pages, 3).later).toBeNull();
  });
});
