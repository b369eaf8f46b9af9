import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { remarkBareAddressesAsText } from '../../src/plugins/remark-bare-addresses-as-text.ts';

async function render(markdown: string) {
  const processor = await createMarkdownProcessor({
    syntaxHighlight: false,
    gfm: true,
    remarkPlugins: [remarkBareAddressesAsText],
  });
  return (await processor.render(markdown)).code;
}

describe('remarkBareAddressesAsText', () => {
  it('keeps bare web and e-mail addresses as the text they are in a plain-text capture', async () => {
    const html = await render('Read https://example.com/report, www.example.org and tips@example.com.');
    expect(html).toBe('<p>Read https://example.com/report, www.example.org and tips@example.com.</p>');
  });

  it('leaves links written as Markdown for validation to judge', async () => {
    const html = await render('[Herald](https://example.com/) and <https://example.org/>');
    expect(html).toContain('<a href="https://example.com/">Herald</a>');
    expect(html).toContain('<a href="https://example.org/">https://example.org/</a>');
  });
});
