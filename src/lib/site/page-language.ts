/**
 * The `lang` attribute for a part of a page written in `language` (a BCP 47 tag), on a page in `pageLanguage`:
 * the tag when the two differ (case-insensitively, as BCP 47 compares tags), nothing when they agree or the part's
 * language is unknown, so screen readers and hyphenation switch language only where the text does.
 */
export function langAttribute(language: string | undefined, pageLanguage: string): string | undefined {
  if (!language) return undefined;
  return language.toLowerCase() === pageLanguage.toLowerCase() ? undefined : language;
}
