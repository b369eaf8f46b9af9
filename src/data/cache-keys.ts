import { createHash } from 'node:crypto';
import type { Clip } from '../lib/archive/clip.ts';
import { citationStylesDigest } from '../lib/citation/citation-styles.ts';
import type { Archive } from './archive.ts';

/**
 * Cache keys for Astro's incremental build: a page is rendered again only when its key changes, so each key must
 * hash everything its page shows. Code is not part of the key: Astro hashes each page's module graph itself, and
 * the site's configuration and lock file.
 */
export function cacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

/** What a list shows of a clip (ClipEntry). */
export function listEntry(clip: Clip) {
  return [
    clip.slug,
    clip.data.title,
    clip.data.titleKind,
    clip.outlet,
    clip.originalOutlet,
    clip.dateInWords,
    clip.date.year,
    clip.excerpt,
  ];
}

const stylesDigest = citationStylesDigest();

/**
 * Everything a clip page shows: the clip, its neighbours, its shared passages, figures and people quoted, and its
 * citations (the record and the CSL styles that format it).
 */
export function clipPageKey(archive: Archive, clip: Clip): string {
  const neighbour = (c: Clip | undefined) => (c ? [c.slug, c.data.title] : null);
  const shared = (archive.sharedPassages.get(clip.slug) ?? []).map((p) => [
    p,
    archive.bySlug.get(p.otherSlug)?.data.title,
  ]);
  return cacheKey(
    clip.data,
    archive.entryBySlug.get(clip.slug)?.body,
    clip.outlet,
    clip.originalOutlet,
    clip.basedOn,
    clip.data.cites.map((c) => (c.outlet ? archive.outletsById.get(c.outlet) : null)),
    neighbour(archive.clips[clip.index - 1]),
    neighbour(archive.clips[clip.index + 1]),
    shared,
    archive.figuresBySlug.get(clip.slug),
    clip.quotedPeople,
    stylesDigest,
  );
}
