import type { Link, Parent, Root } from 'mdast';

/**
 * GFM turns a bare web or e-mail address in the text into a link. A clip body is the captured text, and a
 * plain-text capture has the address as words, not as a link: this keeps such addresses as text, so the page
 * shows them as captured and never links where the capture did not. Links written as Markdown (`[text](url)`,
 * `<url>`) are left alone for validation to judge.
 */
export function remarkBareAddressesAsText() {
  return (tree: Root, file?: { value?: unknown }) => {
    const source = typeof file?.value === 'string' ? file.value : null;
    const unwrap = (parent: Parent) => {
      parent.children = parent.children.flatMap((child) => {
        if (child.type === 'link' && isBareAddress(child, source)) {
          return [{ type: 'text', value: (child.children[0] as { value: string }).value, position: child.position }];
        }
        if ('children' in child) unwrap(child as Parent);
        return [child];
      }) as Parent['children'];
    };
    unwrap(tree);
  };
}

function isBareAddress(link: Link, source: string | null): boolean {
  const only = link.children.length === 1 ? link.children[0] : undefined;
  if (only?.type !== 'text') return false;
  const text = only.value;
  if (![text, `http://${text}`, `mailto:${text}`].includes(link.url)) return false;
  const start = link.position?.start.offset;
  // Written by hand as `[…](…)` or `<…>`: Markdown markup, not a bare address.
  return start === undefined || source === null || !/[[<]/.test(source.charAt(start));
}
