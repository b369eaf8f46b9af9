import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface ParagraphAnchorOptions {
  /** Add a paragraph-number link at the start of each paragraph, shown in the text's margin. */
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
        // The number is drawn by CSS from data-n, so copying the text never copies the numbers.
        node.children.unshift({
          type: 'element',
          tagName: 'a',
          properties: {
            href: `#${id}`,
            className: ['paragraph-link'],
            dataN: String(count),
            ariaLabel: `Paragraph ${count}, copy link`,
          },
          children: [],
        });
      }
    });
  };
}
