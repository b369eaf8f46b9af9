import type { SharedLink } from './timeline-layout.ts';
import type { TimelineClip } from './timeline-marks.ts';

/**
 * The shared-passage links a timeline page draws. When many clips of one page share text (a wire story republished
 * by dozens of outlets), every pair is a link and the links grow with the square of the clips: 44 clips of one year
 * gave 730 links and a 560 KB page. Past one link per clip, each clip keeps only its link to the nearest earlier clip
 * (in `order`) it shares text with, so the chart still shows which texts are connected, in linear size; each clip's
 * page lists every passage it shares.
 */
export function sharedLinksToDraw(pairs: readonly SharedLink[], order: readonly string[]): SharedLink[] {
  if (pairs.length <= order.length) return [...pairs];
  const position = new Map(order.map((slug, i) => [slug, i]));
  const nearestEarlier = new Map<string, { link: SharedLink; at: number }>();
  for (const link of pairs) {
    const [pa, pb] = [position.get(link.a), position.get(link.b)];
    if (pa === undefined || pb === undefined) continue;
    const [later, earlierAt] = pa > pb ? [link.a, pb] : [link.b, pa];
    const kept = nearestEarlier.get(later);
    if (!kept || earlierAt > kept.at) nearestEarlier.set(later, { link, at: earlierAt });
  }
  return order.flatMap((slug) => {
    const kept = nearestEarlier.get(slug);
    return kept ? [kept.link] : [];
  });
}

/** How many clips a table row names before it says "and N others" (the clip page lists them all). */
export const SHARED_NAMES_PER_ROW = 5;

/** A page's clips in date order (earliest first, then by slug), as the chart's links and the table read them. */
export function inDateOrder<T extends Pick<TimelineClip, 'slug' | 'earliest' | 'latest'>>(clips: readonly T[]): T[] {
  return [...clips].sort(
    (a, b) =>
      (a.earliest ?? a.latest ?? Infinity) - (b.earliest ?? b.latest ?? Infinity) || a.slug.localeCompare(b.slug),
  );
}
