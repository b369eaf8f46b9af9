/**
 * The structural half of the verbatim rule: a clip body may give its capture's text structure (paragraphs,
 * headings, block quotes, lists, line breaks, separators) but may not add what the capture lacks: links,
 * images, emphasis, code, footnotes, tables, strike-through or HTML. The text half (same words, same
 * characters) is `capture-comparison.ts`; both run on every clip.
 *
 * API: `findAddedStructure(markdown, allowance)` parses the body with the site's Markdown dialect and returns
 * every construct the capture does not allow, in body order, each with its 1-based body line, a name a keeper
 * understands and the Markdown source of the construct. `allowance` says what the capture has:
 *
 *   - a plain-text capture (.txt) has no markup: pass `PLAIN_TEXT_CAPTURE` (no links at all);
 *   - a capture that has links (HTML, WARC, WACZ) passes `{ links: [{ text, href }, …] }`, the links the
 *     captured page holds, with their visible text and absolute http(s) target. A body link is allowed when
 *     its text (whitespace collapsed) and its href both equal one of them; it may carry no title.
 *
 * A bare web or e-mail address in the text stays text (`remarkBareAddressesAsText`, also used by the site), so
 * it is never counted as a link.
 *
 * Nothing here reads files; the caller says which capture the body belongs to.
 */
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkBareAddressesAsText } from '../../plugins/remark-bare-addresses-as-text.ts';

/** A link the capture itself holds: its visible text and its target. */
export interface AllowedLink {
  text: string;
  href: string;
}

/** What a capture has beyond plain text, and so what its clip's body may reproduce. */
export interface CaptureAllowance {
  links: readonly AllowedLink[];
}

/** A plain-text capture: it has no links, images or formatting, so the body may add none. */
export const PLAIN_TEXT_CAPTURE: CaptureAllowance = Object.freeze({ links: Object.freeze([]) });

/** One construct of the body that its capture does not have. */
export interface AddedStructure {
  /** 1-based line of the body (not of the file) where the construct starts. */
  line: number;
  /** What it is, in a keeper's words: "a link", "an image", "emphasis (*…* or _…_)". */
  construct: string;
  /** The Markdown source of the construct, shortened. */
  source: string;
}

/** Structure a body may always give its text: it changes how the words are laid out, not what they are. */
const STRUCTURAL = new Set([
  'root',
  'paragraph',
  'heading',
  'blockquote',
  'list',
  'listItem',
  'text',
  'break',
  'thematicBreak',
]);

const CONSTRUCT_NAMES: Record<string, string> = {
  link: 'a link',
  linkReference: 'a link',
  definition: 'a link definition ([label]: url)',
  image: 'an image',
  imageReference: 'an image',
  emphasis: 'emphasis (*…* or _…_)',
  strong: 'strong emphasis (**…**)',
  delete: 'strike-through (~~…~~)',
  inlineCode: 'inline code (`…`)',
  code: 'a code block',
  footnoteReference: 'a footnote reference ([^…])',
  footnoteDefinition: 'a footnote',
  table: 'a table',
  html: 'raw HTML',
};

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkBareAddressesAsText);

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function linkAllowed(node: Extract<Nodes, { type: 'link' }>, allowance: CaptureAllowance): boolean {
  if (node.title) return false;
  if (!node.children.every((child) => child.type === 'text')) return false;
  const text = collapse(node.children.map((child) => (child.type === 'text' ? child.value : '')).join(''));
  return allowance.links.some((link) => link.href === node.url && collapse(link.text) === text);
}

/** Every construct of `markdown` that the capture described by `allowance` does not have, in body order. */
export function findAddedStructure(markdown: string, allowance: CaptureAllowance): AddedStructure[] {
  return findAddedStructureInTree(parser.runSync(parser.parse(markdown), markdown) as Root, markdown, allowance);
}

/** The same, on a tree already parsed by the site's reader (`analyseBody`), so a body is parsed once. */
export function findAddedStructureInTree(tree: Root, markdown: string, allowance: CaptureAllowance): AddedStructure[] {
  const found: AddedStructure[] = [];
  const visit = (node: Nodes) => {
    if (STRUCTURAL.has(node.type)) {
      if ('children' in node) for (const child of node.children) visit(child);
      return;
    }
    if (node.type === 'link' && linkAllowed(node, allowance)) return;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    found.push({
      line: node.position?.start.line ?? 0,
      construct: CONSTRUCT_NAMES[node.type] ?? node.type,
      source: shorten(markdown.slice(start, end)),
    });
  };
  visit(tree);
  return found;
}

function shorten(source: string): string {
  const flat = source.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}

/** How to remove a construct so that the text reads as captured. */
export function structureFix(construct: AddedStructure): string {
  if (construct.construct === 'raw HTML') return 'Remove the HTML, or escape a literal "<" in the text as "\\<".';
  return 'Keep only the captured words: remove the markup, or escape the characters (\\*, \\_, \\[, \\`, \\|) that the capture has as text.';
}
