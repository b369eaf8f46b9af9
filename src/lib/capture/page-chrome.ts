import { collapseHtmlWhitespace, visibleTextOf } from '../validation/html-capture-text.ts';

/** A part of the page around the article (navigation, share buttons, related stories, comments, ads). */
export interface ChromeSummary {
  kind: string;
  element: Element;
  /** The start of its text, verbatim (whole words, at most about 80 characters). */
  excerpt: string;
  links: number;
}

/** What marks a part of a page as chrome: its tag or role, or words in its class or id. */
const KINDS: [kind: string, test: (tag: string, role: string, names: string) => boolean][] = [
  [
    'byline and date',
    (_t, _r, n) =>
      /byline|dateline|entry-meta|story-meta|node__meta|article-meta|post-meta|pubdate|(^| )(authors?|autor)( |$)/.test(
        n,
      ),
  ],
  ['news ticker', (_t, r, n) => /ticker/.test(n) || r === 'live'],
  ['paywall notice', (_t, _r, n) => /paywall|subscribe-cta/.test(n)],
  ['navigation', (t, r, n) => t === 'NAV' || r === 'navigation' || /menu/.test(n)],
  ['share buttons', (_t, _r, n) => /share|social/.test(n)],
  ['related stories', (_t, _r, n) => /related|recommend|more-stories/.test(n)],
  ['comments', (_t, _r, n) => /comment|disqus/.test(n)],
  ['advertisement', (_t, _r, n) => /advert|(^| )ad( |$)|(^| )ad-|gpt-ad|sponsor/.test(n)],
  ['newsletter sign-up', (_t, _r, n) => /newsletter|subscribe/.test(n)],
  ['site header', (_t, r, n) => r === 'banner' || /(^| )(masthead|site-header)( |$)/.test(n)],
  ['site footer', (_t, r, n) => r === 'contentinfo' || /(^| )(colophon|site-footer)( |$)/.test(n)],
  ['sidebar', (t, r, n) => t === 'ASIDE' || r === 'complementary' || /(^| )sidebar( |$)/.test(n)],
];

/** The kind of chrome an element is, or null. A <header> or <footer> directly in <body> is the site's. */
function chromeKind(element: Element): string | null {
  const tag = element.tagName.toUpperCase();
  const role = element.getAttribute('role') ?? (element.hasAttribute('aria-live') ? 'live' : '');
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase().trim();
  for (const [kind, test] of KINDS) if (test(tag, role, names)) return kind;
  const parent = element.parentElement?.tagName.toUpperCase();
  if (tag === 'HEADER' && parent === 'BODY') return 'site header';
  if (tag === 'FOOTER' && parent === 'BODY') return 'site footer';
  return null;
}

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
  const root = document.body ?? document.documentElement;
  const paragraphs = [...root.querySelectorAll('p')];
  const articleText = paragraphs.reduce((n, p) => n + (p.textContent?.length ?? 0), 0);
  const found: ChromeSummary[] = [];
  // One walk in document order; an element found as chrome is not searched inside.
  const walk = (element: Element) => {
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      const tag = child.tagName.toUpperCase();
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || tag === 'SVG') continue;
      const kind = chromeKind(child);
      if (kind && !holdsTheArticle(child, paragraphs, articleText)) {
        const excerpt = textExcerpt(visibleTextOf(child));
        if (excerpt) found.push({ kind, element: child, excerpt, links: child.querySelectorAll('a[href]').length });
      } else {
        walk(child);
      }
    }
  };
  walk(root);
  return found;
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
