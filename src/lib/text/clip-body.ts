import type { Element, Root as HastRoot } from 'hast';
import { toText } from 'hast-util-to-text';
import type { Root as MdastRoot } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { rehypeParagraphAnchors } from '../../plugins/rehype-paragraph-anchors.ts';
import { remarkBareAddressesAsText } from '../../plugins/remark-bare-addresses-as-text.ts';

/** One paragraph of a clip body, numbered as the page numbers it (`#p-N`). */
export interface BodyParagraph {
  n: number;
  text: string;
  /** True when the paragraph sits in a block quote (quoted from another source). */
  quoted: boolean;
}

export interface AnalysedBody {
  paragraphs: BodyParagraph[];
  /** The body's text as a reader sees it, whitespace collapsed. */
  text: string;
  /** 1-based body lines holding raw HTML, which clip bodies must not contain. */
  rawHtmlLines: { line: number; html: string }[];
  /** The Markdown syntax tree, as the site reads it (for the structural verbatim check). */
  mdast: MdastRoot;
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A passage as a pattern that also matches where the body breaks a line or keeps a no-break space (every match,
 * with the `g` flag).
 */
export function passagePattern(passage: string, flags = ''): RegExp {
  const words = collapseWhitespace(passage)
    .split(' ')
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(words.join('\\s+'), flags);
}

const parser = unified().use(remarkParse).use(remarkGfm);
const toHast = unified().use(remarkBareAddressesAsText).use(remarkRehype).use(rehypeParagraphAnchors);

/**
 * Reads a clip body the way the site renders it (same Markdown dialect, same paragraph numbering),
 * so validation, search and figure links agree with the page.
 */
export function analyseBody(markdown: string): AnalysedBody {
  const mdast = parser.parse(markdown) as MdastRoot;
  const rawHtmlLines: AnalysedBody['rawHtmlLines'] = [];
  visit(mdast, 'html', (node) => {
    rawHtmlLines.push({ line: node.position?.start.line ?? 0, html: node.value });
  });
  const hast = toHast.runSync(mdast, markdown) as HastRoot;
  const paragraphs: BodyParagraph[] = [];
  visit(hast, 'element', (node: Element, _index, parent) => {
    if (node.tagName !== 'p') return;
    const id = String(node.properties?.id ?? '');
    const quoted = parent?.type === 'element' && (parent as Element).tagName === 'blockquote';
    paragraphs.push({ n: Number(id.slice(2)), text: collapseWhitespace(toText(node)), quoted });
  });
  return { paragraphs, text: collapseWhitespace(toText(hast)), rawHtmlLines, mdast };
}

/** The number of the first paragraph containing `needle` verbatim, or null. */
export function findParagraph(paragraphs: BodyParagraph[], needle: string): number | null {
  const wanted = collapseWhitespace(needle);
  return paragraphs.find((p) => p.text.includes(wanted))?.n ?? null;
}
