/** Elements whose content a reader never sees as text on the page. */
export const HIDDEN_ELEMENTS: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'SELECT',
  'TEXTAREA',
  'HEAD',
  'TITLE',
]);

/** Elements that start a new line of text when rendered: their edges separate words. */
export const BLOCK_ELEMENTS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'IMG',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'BUTTON',
  'OPTION',
  'CAPTION',
  'PICTURE',
]);

/** A link of the capture: its text as a reader sees it and its target as written and as resolved. */
export interface CaptureLink {
  text: string;
  href: string;
  resolved: string | null;
}

/** An image of the capture, as its `<img>` gives it. */
export interface CaptureImage {
  src: string;
  alt: string;
}

export interface CaptureText {
  /** The page's visible text, in document order, whitespace collapsed to single spaces. */
  text: string;
  links: CaptureLink[];
  images: CaptureImage[];
}

/** Collapses HTML whitespace (and no-break spaces, which a clip may write as plain spaces) to single spaces. */
export function collapseHtmlWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ');
}

export function resolveHref(href: string, base: string | null): string | null {
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

/** Walks an element's visible text into `sink`, reporting each link (with its own text) to `onLink`. */
function walkVisibleText(node: Node, sink: string[], onLink: ((element: Element, text: string) => void) | null) {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      sink.push(child.nodeValue ?? '');
    } else if (child.nodeType === 1) {
      const element = child as Element;
      const tag = element.tagName.toUpperCase();
      if (HIDDEN_ELEMENTS.has(tag)) continue;
      const block = BLOCK_ELEMENTS.has(tag);
      if (block) sink.push(' ');
      if (onLink && tag === 'A' && element.hasAttribute('href')) {
        const own: string[] = [];
        walkVisibleText(element, own, onLink);
        onLink(element, collapseHtmlWhitespace(own.join('')).trim());
        sink.push(...own);
      } else {
        walkVisibleText(element, sink, onLink);
      }
      if (block) sink.push(' ');
    }
  }
}

/** An element's text as a reader sees it, whitespace collapsed. */
export function visibleTextOf(element: Element): string {
  const parts: string[] = [];
  walkVisibleText(element, parts, null);
  return collapseHtmlWhitespace(parts.join('')).trim();
}

/**
 * The text a reader sees on a captured page, as one string, and every link in it. Scripts, styles, templates
 * and other non-text content are skipped; block edges separate words. This is what a body made from an HTML
 * capture is checked against, on import and on every build.
 */
export function captureTextAndLinks(document: Document, baseUrl: string | null): CaptureText {
  const parts: string[] = [];
  const links: CaptureLink[] = [];
  const images: CaptureImage[] = [];
  const root = (document.body ?? document.documentElement) as Element | null;
  if (root) {
    walkVisibleText(root, parts, (element, text) => {
      const href = element.getAttribute('href') ?? '';
      links.push({ text, href, resolved: resolveHref(href, baseUrl) });
    });
    for (const img of root.querySelectorAll('img')) {
      images.push({
        src: img.getAttribute('src') ?? img.getAttribute('data-src') ?? '',
        alt: img.getAttribute('alt') ?? '',
      });
    }
  }
  return { text: collapseHtmlWhitespace(parts.join('')).trim(), links, images };
}

/** The base address a page's relative links resolve against: its `<base href>`, else the page's own URL. */
export function documentBase(document: Document, pageUrl: string | null): string | null {
  const base = document.querySelector('base[href]')?.getAttribute('href');
  if (base) return resolveHref(base, pageUrl) ?? pageUrl;
  return pageUrl;
}
