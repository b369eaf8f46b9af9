import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface ParagraphAnchorOptions {
  /** Add a visible "link to this paragraph" anchor inside each paragraph (shown on hover and focus). */
  selfLinks?: boolean;
}

/**
 * Gives every paragraph of a clip body a stable id `p-N` (1-based, in body order, block-quoted paragraphs
 * included), so readers, citations and search results can link to one paragraph.
 */
export function rehypeParagraphAnchors(options: ParagraphAnchorOptions = {}) {
  return (tree: Root) => {
    let count = 0;
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'p') return;
      count += 1;
      const id = `p-${count}`;
      node.properties = { ...node.properties, id };
      if (options.selfLinks) {
        // Empty link text: the pilcrow comes from CSS, so copying a paragraph does not copy a stray sign.
        node.children.push({
          type: 'element',
          tagName: 'a',
          properties: { href: `#${id}`, className: ['paragraph-link'], ariaLabel: `Link to paragraph ${count}` },
          children: [],
        });
      }
    });
  };
}
