import { collapseHtmlWhitespace, visibleTextOf } from '../validation/html-capture-text.ts';

/** A part of the page around the article (navigation, share buttons, related stories, comments, ads). */
export interface ChromeSummary {
  kind: string;
  /** The start of its text, verbatim (whole words, at most about 80 characters). */
  excerpt: string;
  links: number;
}

const KINDS: [kind: string, selector: string][] = [
  ['navigation', 'nav, [role="navigation"], [class*="menu" i], [id*="menu" i]'],
  ['share buttons', '[class*="share" i], [class*="social" i], [id*="share" i]'],
  ['related stories', '[class*="related" i], [id*="related" i], [class*="recommend" i], [class*="more-stories" i]'],
  ['comments', '#comments, [class*="comment" i], [id*="comment" i], [id*="disqus" i]'],
  [
    'advertisement',
    '[class*="advert" i], [id*="advert" i], [class~="ad" i], [class*="ad-" i], [id*="gpt-ad" i], [class*="sponsor" i]',
  ],
  ['newsletter sign-up', '[class*="newsletter" i], [class*="subscribe" i], [id*="newsletter" i]'],
  ['site header', 'body > header, [role="banner"], #masthead, .site-header'],
  ['site footer', 'body > footer, [role="contentinfo"], #colophon, .site-footer'],
  ['sidebar', 'aside, [role="complementary"], .sidebar, #sidebar'],
];

/** The first words of a text, whole words only, up to about `max` characters. */
export function textExcerpt(text: string, max = 80): string {
  const collapsed = collapseHtmlWhitespace(text).trim();
  if (collapsed.length <= max) return collapsed;
  const cut = collapsed.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return space > 20 ? cut.slice(0, space) : cut;
}

/**
 * Finds the page's chrome, outermost parts only, in document order: what a reader would recognise as not the
 * article. Each is summarised (kind, first words, number of links) for the clip's `omitted` list.
 */
export function summarisePageChrome(document: Document): ChromeSummary[] {
  const found: { element: Element; kind: string }[] = [];
  for (const [kind, selector] of KINDS) {
    for (const element of document.querySelectorAll(selector)) {
      if (found.some((f) => f.element === element || f.element.contains(element))) continue;
      for (let i = found.length - 1; i >= 0; i--) if (element.contains(found[i]!.element)) found.splice(i, 1);
      found.push({ element, kind });
    }
  }
  const all = [...document.querySelectorAll('*')];
  return found
    .map(({ element, kind }) => ({
      order: all.indexOf(element),
      kind,
      excerpt: textExcerpt(visibleTextOf(element)),
      links: element.querySelectorAll('a[href]').length,
    }))
    .filter((c) => c.excerpt.length > 0)
    .sort((a, b) => a.order - b.order)
    .map(({ kind, excerpt, links }) => ({ kind, excerpt, links }));
}
