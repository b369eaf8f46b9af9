import { collapseHtmlWhitespace, visibleTextOf } from '../validation/html-capture-text.ts';

/** A part of the page around the article (navigation, share buttons, related stories, comments, ads). */
export interface ChromeSummary {
  kind: string;
  element: Element;
  /** The start of its text, verbatim (whole words, at most about 80 characters). */
  excerpt: string;
  links: number;
}

const KINDS: [kind: string, selector: string][] = [
  [
    'byline and date',
    '[class*="byline" i], [class*="dateline" i], [class*="entry-meta" i], [class*="story-meta" i], [class*="node__meta" i], [class*="article-meta" i], [class*="post-meta" i], [class*="pubdate" i], [class~="authors" i], [class~="autor" i], [class~="author" i]',
  ],
  ['news ticker', '[class*="ticker" i], [aria-live]'],
  ['paywall notice', '[class*="paywall" i], [class*="subscribe-cta" i]'],
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
  const paragraphs = [...document.querySelectorAll('p')];
  const articleText = paragraphs.reduce((n, p) => n + (p.textContent?.length ?? 0), 0);
  return found
    .filter(({ element }) => !holdsTheArticle(element, paragraphs, articleText))
    .map(({ element, kind }) => ({
      order: all.indexOf(element),
      kind,
      element,
      excerpt: textExcerpt(visibleTextOf(element)),
      links: element.querySelectorAll('a[href]').length,
    }))
    .filter((c) => c.excerpt.length > 0)
    .sort((a, b) => a.order - b.order)
    .map(({ kind, element, excerpt, links }) => ({ kind, element, excerpt, links }));
}

/** A class like "single-post comments-open" on a wrapper must not take the article with it. */
function holdsTheArticle(element: Element, paragraphs: Element[], articleText: number): boolean {
  if (element.matches('body, html, main, article') || element.querySelector('article, main, h1')) return true;
  const inside = paragraphs.filter((p) => element.contains(p)).reduce((n, p) => n + (p.textContent?.length ?? 0), 0);
  return inside > articleText * 0.3;
}

/**
 * The author a byline names ("By Kevin Walsh | Staff writer" -> Kevin Walsh): the words after "By" (or its
 * equivalent), up to a comma, bar, dot or date. Null when nothing name-like is left.
 */
export function bylineName(text: string): string | null {
  const name = collapseHtmlWhitespace(text)
    .trim()
    .replace(/^(by|par|por|von|di|door|av|bylined?|بقلم)\s+/i, '')
    .split(/\s*(?:[,|·•]|\s[-–—]\s|\d)\s*/)[0]!
    .trim();
  return name.length >= 3 && name.split(' ').length <= 8 ? name : null;
}
