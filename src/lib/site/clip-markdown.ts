import { unified } from '@astrojs/markdown-remark';
import { pathToFileURL } from 'node:url';
import { rehypeClipNotes } from '../../plugins/rehype-clip-notes.ts';
import { rehypeFigureRefs } from '../../plugins/rehype-figure-refs.ts';
import { rehypeParagraphAnchors } from '../../plugins/rehype-paragraph-anchors.ts';
import { rehypeRemoveActiveContent } from '../../plugins/rehype-remove-active-content.ts';
import { remarkBareAddressesAsText } from '../../plugins/remark-bare-addresses-as-text.ts';

/**
 * How a clip's Markdown body becomes HTML: Astro's unified processor with the archive's plugins. The site's
 * `markdown.processor` (astro.config.mjs) and the clip page use this one definition.
 */
export const clipMarkdownProcessor = unified({
  // Clips are verbatim: no smart quotes or ellipses the capture does not have.
  smartypants: false,
  gfm: true,
  remarkPlugins: [remarkBareAddressesAsText],
  rehypePlugins: [
    rehypeRemoveActiveContent,
    [rehypeParagraphAnchors, { selfLinks: true }],
    rehypeClipNotes,
    // After the notes, so a figure inside a noted passage is marked within the note's mark.
    rehypeFigureRefs,
  ],
});

type Renderer = Awaited<ReturnType<typeof clipMarkdownProcessor.createRenderer>>;
let renderer: Promise<Renderer> | undefined;

/**
 * A clip's body as HTML, rendered when its page is. The content store keeps only the Markdown: rendering every clip
 * while the store syncs held all the HTML in memory at once (and again in the bundle), which a large archive cannot
 * afford. `frontmatter` is the clip's validated data, which the note and figure plugins read.
 */
export async function renderClipMarkdown(
  markdown: string,
  frontmatter: Record<string, unknown>,
  filePath: string,
): Promise<string> {
  // The options Astro itself passes for a Markdown entry with this site's configuration (no syntax highlighting).
  renderer ??= clipMarkdownProcessor.createRenderer({ syntaxHighlight: false });
  const result = await (await renderer).render(markdown, { frontmatter, fileURL: pathToFileURL(filePath) });
  return result.code;
}
