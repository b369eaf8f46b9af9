import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { rehypeParagraphAnchors } from '../../src/plugins/rehype-paragraph-anchors.ts';

// The same processor settings as astro.config.mjs, so the test sees what the site renders.
async function render(markdown: string, selfLinks = false) {
  const processor = await createMarkdownProcessor({
    smartypants: false,
    syntaxHighlight: false,
    rehypePlugins: [[rehypeParagraphAnchors, { selfLinks }]],
  });
  return (await processor.render(markdown)).code;
}

describe('rehypeParagraphAnchors', () => {
  it('numbers paragraphs in body order, block-quoted ones included, and leaves headings alone', async () => {
    const html = await render('First.\n\n## A subhead\n\nSecond.\n\n> Quoted one.\n>\n> Quoted two.\n\nLast.');
    expect(html).toBe(
      '<p id="p-1">First.</p>\n<h2 id="a-subhead">A subhead</h2>\n<p id="p-2">Second.</p>\n<blockquote>\n<p id="p-3">Quoted one.</p>\n<p id="p-4">Quoted two.</p>\n</blockquote>\n<p id="p-5">Last.</p>',
    );
  });

  it('starts each paragraph with an empty, labelled link to it carrying its number, when asked', async () => {
    const html = await render('One.\n\nTwo.', true);
    expect(html).toContain(
      '<p id="p-2"><a href="#p-2" class="paragraph-link" data-n="2" aria-label="Paragraph 2, copy link"></a>Two.</p>',
    );
  });

  it('keeps straight quotes and three dots as written (no smart punctuation)', async () => {
    const html = await render(`He said "that's it"... and 'left'.`);
    expect(html).toContain(`He said "that's it"... and 'left'.`);
  });
});
