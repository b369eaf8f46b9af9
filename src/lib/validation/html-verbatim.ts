import type { Root, RootContent, PhrasingContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { remarkBareAddressesAsText } from '../../plugins/remark-bare-addresses-as-text.ts';
import { unified } from 'unified';
import { collapseHtmlWhitespace, type CaptureText } from './html-capture-text.ts';

/** One block of a body (paragraph, heading, list item text) as the verbatim check reads it. */
export interface BodyBlock {
  kind: 'paragraph' | 'heading';
  /** 1-based line of the body where the block starts. */
  line: number;
  text: string;
  links: { text: string; url: string }[];
}

export type HtmlVerbatimProblem =
  { kind: 'text-not-in-capture'; block: BodyBlock; matchedUpTo: string } | { kind: 'out-of-order'; block: BodyBlock };

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkBareAddressesAsText);

/** A body parsed as the site reads it (bare addresses stay text), for the checks to share. */
export function parseBody(markdown: string): Root {
  return parser.runSync(parser.parse(markdown), markdown) as Root;
}

function phrasingText(nodes: PhrasingContent[], links: BodyBlock['links']): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') text += node.value;
    else if (node.type === 'break') text += ' ';
    else if (node.type === 'link') {
      const inner = phrasingText(node.children, links);
      links.push({ text: collapseHtmlWhitespace(inner).trim(), url: node.url });
      text += inner;
    } else if ('children' in node) text += phrasingText(node.children as PhrasingContent[], links);
  }
  return text;
}

/** The body's blocks in order, each with its text and links, as a reader sees them. */
export function bodyBlocks(markdown: string | Root): BodyBlock[] {
  const tree = typeof markdown === 'string' ? parseBody(markdown) : markdown;
  const blocks: BodyBlock[] = [];
  const visit = (node: RootContent | Root) => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const links: BodyBlock['links'] = [];
      const text = collapseHtmlWhitespace(phrasingText(node.children, links)).trim();
      if (text) blocks.push({ kind: node.type, line: node.position?.start.line ?? 0, text, links });
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  visit(tree);
  return blocks;
}

/** The longest start of `text` (whole words) found in the capture after `from`, to show where a block departs. */
function matchedPrefix(capture: string, text: string, from: number): string {
  const words = text.split(' ');
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (capture.indexOf(words.slice(0, mid).join(' '), from) >= 0) low = mid;
    else high = mid - 1;
  }
  return words.slice(0, low).join(' ');
}

/**
 * The text half of the verbatim rule for a body made from a web page: every block's text (paragraph, heading,
 * list item) occurs in the page's visible text, in the same order. Returns every problem, in body order. The
 * structural half (no link the page lacks, no image, no emphasis) is `body-structure.ts`, given the page's links.
 */
export function checkHtmlVerbatim(markdown: string | Root, capture: CaptureText): HtmlVerbatimProblem[] {
  const blocks = bodyBlocks(markdown);
  const problems: HtmlVerbatimProblem[] = [];
  let cursor = 0;
  for (const block of blocks) {
    const at = capture.text.indexOf(block.text, cursor);
    if (at >= 0) {
      cursor = at + block.text.length;
    } else if (capture.text.includes(block.text)) {
      problems.push({ kind: 'out-of-order', block });
    } else {
      problems.push({
        kind: 'text-not-in-capture',
        block,
        matchedUpTo: matchedPrefix(capture.text, block.text, cursor),
      });
    }
  }
  return problems;
}

/** A problem in words, naming the block by its line and its first words. */
export function describeHtmlVerbatimProblem(
  problem: HtmlVerbatimProblem,
  firstBodyLine = 1,
): { message: string; fix: string } {
  const { block } = problem;
  const name = `the ${block.kind} at line ${block.line + firstBodyLine - 1} ("${block.text.slice(0, 60)}${block.text.length > 60 ? '…' : ''}")`;
  if (problem.kind === 'out-of-order') {
    return {
      message: `${name} is in the capture, but not in this order.`,
      fix: 'Keep the paragraphs in the order the page has them.',
    };
  }
  const rest = block.text.slice(problem.matchedUpTo.length).trim();
  return {
    message: problem.matchedUpTo
      ? `${name} is not in the capture as written: it matches up to "…${problem.matchedUpTo.slice(-40)}", then has "${rest.slice(0, 60)}".`
      : `${name} is not in the capture.`,
    fix: 'Restore the text exactly as the captured page has it; leave out what is not article text instead of changing it.',
  };
}
