import type { ClipFrontmatter } from '../../schema/clip.ts';
import type { Clip } from './clip.ts';

/** Where a row of the ledger or the notes index sits: its clip, and that clip's place in archive order. */
export interface ClipPlace {
  slug: string;
  clipTitle: string;
  clipOrder: number;
}

/**
 * One row per item (a figure, a note) of clips given in archive order, numbered from 1 within its clip as the clip
 * page numbers them. The ledger and the notes index share it so both place and number their rows the same way.
 */
export function rowsOfClips<C extends Pick<Clip, 'slug'> & { data: Pick<ClipFrontmatter, 'title'> }, T, R>(
  clips: readonly C[],
  itemsOf: (clip: C) => readonly T[],
  row: (item: T, number: number, clip: C) => R,
): (ClipPlace & R)[] {
  return clips.flatMap((clip, clipOrder) =>
    itemsOf(clip).map((item, i) => ({
      slug: clip.slug,
      clipTitle: clip.data.title,
      clipOrder,
      ...row(item, i + 1, clip),
    })),
  );
}
