import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { rehypeRemoveActiveContent } from '../../src/plugins/rehype-remove-active-content.ts';

async function render(markdown: string) {
  const processor = await createMarkdownProcessor({
    syntaxHighlight: false,
    rehypePlugins: [rehypeRemoveActiveContent],
  });
  return (await processor.render(markdown)).code;
}

describe('rehypeRemoveActiveContent', () => {
  it('drops script, style and iframe elements that raw HTML would bring in', async () => {
    const html = await render(
      'Text.\n\n<script>alert(1)</script>\n\n<style>body{}</style>\n\n<iframe src="https://example.com/"></iframe>\n\nMore.',
    );
    expect(html).not.toMatch(/<script|<style|<iframe/);
    expect(html).toContain('<p>Text.</p>');
    expect(html).toContain('<p>More.</p>');
  });

  it('strips event handlers and javascript: links but keeps ordinary links', async () => {
    const html = await render(
      '<p onclick="steal()">x</p>\n\n[bad](javascript:alert(1)) and [good](https://example.com/)',
    );
    expect(html).not.toContain('onclick');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<a href="https://example.com/">good</a>');
  });
});
