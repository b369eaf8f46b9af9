import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

const ACTIVE_ELEMENTS = new Set(['script', 'style', 'iframe', 'object', 'embed', 'form', 'link', 'meta', 'base']);

/**
 * Second line of defence behind validation (which rejects raw HTML in a clip body): no element that runs
 * code or loads anything, and no event-handler attribute, ever reaches a page from clip text.
 */
export function rehypeRemoveActiveContent() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'raw' && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      if (node.type !== 'element') return;
      if (ACTIVE_ELEMENTS.has(node.tagName) && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      for (const key of Object.keys(node.properties ?? {})) {
        if (/^on/i.test(key)) delete node.properties[key];
      }
      const href = node.properties?.href;
      if (typeof href === 'string' && /^\s*(javascript|data|vbscript):/i.test(href)) delete node.properties.href;
      return undefined;
    });
  };
}
