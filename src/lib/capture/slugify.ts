import { SLUG_PATTERN } from '../../schema/slug.ts';

/** Longest slug the drafting suggests; long headlines are cut at a word boundary. */
export const MAX_SLUG_LENGTH = 60;

/**
 * Turns a headline or file name into a slug: lowercase ASCII words joined by single hyphens.
 * Accents are dropped (é -> e) and apostrophes vanish inside words ("That’s" -> "thats").
 */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/(\w)['’‘](\w)/g, '$1$2')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  // A single word longer than the limit is cut rather than lost.
  if (!slug && words[0]) slug = words[0].slice(0, maxLength);
  return slug;
}

export function isValidSlug(slug: string): boolean {
  return SLUG_PATTERN.test(slug);
}
