import { Readability } from '@mozilla/readability';
import { captureTextAndLinks, documentBase, visibleTextOf, type CaptureText } from '../validation/html-capture-text.ts';
import { articleToMarkdown, type ArticleBody } from './article-body.ts';
import { bylineName, summarisePageChrome, type ChromeSummary } from './page-chrome.ts';
import { readHtmlPage } from './html-document.ts';
import { timed } from './import-stages.ts';
import { readPageMetadata, type PageMetadata, type Stated } from './page-metadata.ts';
import { readSavedPageNotes, type SavedPageNotes } from './saved-page-notes.ts';

/** What the container of a page (a WARC record, or nothing for a saved page) says about it. */
export interface PageContext {
  /** The address the keeper gave (--url); it replaces what the page states. */
  url?: string | null;
  /** The address the page was fetched from (WARC-Target-URI). */
  fetchedFrom?: Stated | null;
  /** When it was captured (WARC-Date), as EDTF. */
  captured?: Stated | null;
  /** The charset the HTTP response declared. */
  headerCharset?: string | null;
}

/** Everything read from one HTML page: its metadata, the saving tool's notes, the article body and the chrome. */
export interface PageExtraction {
  metadata: PageMetadata;
  saved: SavedPageNotes;
  /** The page's address as the clip records it (source.url): given, else stated by the page, else fetched from. */
  address: Stated | null;
  /** The address relative links were resolved against. */
  base: string | null;
  body: ArticleBody;
  chrome: ChromeSummary[];
  capture: CaptureText;
  context: PageContext;
}

/** Fewer words than this, or mostly link text, is not an article (a home page, an index, an error page). */
const MIN_ARTICLE_WORDS = 40;

/**
 * Reads an HTML page: metadata and notes first, then the text a reader sees (what the body is checked against),
 * then the article, extracted with Mozilla Readability (it edits the DOM, so it runs last). Throws, with a
 * message for the keeper, when the page holds no article.
 */
export function extractPage(bytes: Uint8Array, context: PageContext = {}): PageExtraction {
  const page = timed('decode and parse', () => readHtmlPage(bytes, context.headerCharset));
  const { document } = page;
  const metadata = timed('metadata', () => readPageMetadata(document));
  const saved = timed('metadata', () => readSavedPageNotes(page.html));
  const given = context.url ? { value: context.url, evidence: 'given with --url' } : null;
  const address =
    [given, ...metadata.url, saved.url, context.fetchedFrom]
      .filter((s): s is Stated => s !== null && s !== undefined)
      .map((s) => ({ ...s, value: absoluteOrNull(s.value) }))
      .find((s): s is Stated => s.value !== null) ?? null;
  // Validation resolves links against the same address: the record's URL for a WARC, else source.url.
  const base = documentBase(document, context.fetchedFrom?.value ?? address?.value ?? null);
  const capture = timed('capture text', () => captureTextAndLinks(document, base));
  const chrome = timed('page chrome', () => summarisePageChrome(document));
  const byline = chrome.find((c) => c.kind === 'byline and date');
  const bylineAuthor = byline ? bylineName(visibleTextOf(byline.element)) : null;
  if (bylineAuthor && metadata.authors.length === 0) {
    metadata.authors.push({ value: [bylineAuthor], evidence: `the byline of the page ("${byline!.excerpt}")` });
  }
  // What is recognisably not the article goes before extraction, so the extractor cannot keep it.
  for (const piece of chrome) piece.element.remove();
  const article = timed('Readability', () =>
    new Readability(document, { serializer: (node: Node) => node, charThreshold: 200 }).parse(),
  );
  const content = article?.content as Element | null | undefined;
  const body = content ? timed('Markdown body', () => articleToMarkdown(content, base)) : null;
  const words = body ? body.blocks.join(' ').split(/\s+/).filter(Boolean).length : 0;
  if (!body || words < MIN_ARTICLE_WORDS) {
    throw new Error(
      `no article found in the page (${words} words of article text; at least ${MIN_ARTICLE_WORDS} are needed). Save the article's own page, not a home page, index or error page.`,
    );
  }
  const linkWords = (body.markdown.match(/\]\(/g) ?? []).length;
  if (linkWords > 0 && linkWords >= body.blocks.length * 0.8 && words < 200) {
    throw new Error(
      `no article found in the page: its main text is a list of ${linkWords} links (an index or home page). Save the article's own page.`,
    );
  }
  return { metadata, saved, address, base, body, chrome, capture, context };
}

function absoluteOrNull(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}
