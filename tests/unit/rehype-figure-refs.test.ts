import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { rehypeClipNotes } from '../../src/plugins/rehype-clip-notes.ts';
import { rehypeFigureRefs } from '../../src/plugins/rehype-figure-refs.ts';
import { rehypeParagraphAnchors } from '../../src/plugins/rehype-paragraph-anchors.ts';
import type { Note } from '../../src/schema/note.ts';

// The plugin order of astro.config.mjs; Astro hands the entry's frontmatter to the processor as here.
async function render(markdown: string, figures: { quote: string }[], notes: Note[] = []) {
  const processor = await createMarkdownProcessor({
    smartypants: false,
    syntaxHighlight: false,
    rehypePlugins: [[rehypeParagraphAnchors, { selfLinks: true }], rehypeClipNotes, rehypeFigureRefs],
  });
  return (await processor.render(markdown, { frontmatter: { figures, notes } })).code;
}

/** What a reader copies: the text without any markup. */
const words = (html: string) =>
  html
    .replace(/<div class="clip-note"[\s\S]*?<\/div>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ');

describe('rehypeFigureRefs', () => {
  it('links each quoted figure, where the text quotes it, to its row in the figures table', async () => {
    const html = await render('ICE made 158,581 arrests.\n\nIn 2017, 142 people.', [
      { quote: '158,581' },
      { quote: '142' },
    ]);
    expect(html).toBe(
      '<p id="p-1"><a href="#p-1" class="paragraph-link" data-n="1" aria-label="Paragraph 1, copy link"></a>ICE made ' +
        '<a href="#figure-1" id="figure-ref-1" class="figure-ref" aria-label="158,581 (figure 1: its row in Figures quoted)">' +
        '158,581</a> arrests.</p>\n' +
        '<p id="p-2"><a href="#p-2" class="paragraph-link" data-n="2" aria-label="Paragraph 2, copy link"></a>In 2017, ' +
        '<a href="#figure-2" id="figure-ref-2" class="figure-ref" aria-label="142 (figure 2: its row in Figures quoted)">' +
        '142</a> people.</p>',
    );
  });

  it('adds only markup: the text, its line breaks and the paragraph numbers stay as captured', async () => {
    const body = 'First, with two\nsenior officials.\n\n> Quoted: more than 1,000 requests.\n\nLast.';
    const plain = await render(body, []);
    const marked = await render(body, [{ quote: 'two senior officials' }, { quote: 'more than 1,000 requests' }]);
    expect(words(marked)).toBe(words(plain));
    expect(marked.match(/<p id="p-\d+"/g)).toEqual(plain.match(/<p id="p-\d+"/g));
    // A quote across a line break of the Markdown is found, and the break is kept inside the mark.
    expect(marked).toContain('>two\nsenior officials</a>');
    expect(marked).toMatch(/<blockquote>\s*<p id="p-2">.*<a href="#figure-2"[^>]*>more than 1,000 requests<\/a>/);
  });

  it('marks the first occurrence in the first paragraph holding the quote, as the ledger counts paragraphs', async () => {
    const html = await render('No figure here.\n\nTwo and two make four; two again.\n\nTwo.', [{ quote: 'two' }]);
    expect(html.match(/class="figure-ref"/g)).toHaveLength(1);
    expect(html).toContain(
      '<p id="p-2"><a href="#p-2" class="paragraph-link" data-n="2" aria-label="Paragraph 2, copy link"></a>Two and <a href="#figure-1"',
    );
  });

  it('marks a figure inside an archivist’s noted passage within the note’s mark', async () => {
    const html = await render(
      'Officials said 29 people were held.',
      [{ quote: '29 people' }],
      [{ kind: 'distortion', passage: 'said 29 people were', note: 'A note.', source: { name: 'Research' } }],
    );
    expect(html).toContain(
      '<mark class="noted-passage">said <a href="#figure-1" id="figure-ref-1" class="figure-ref" ' +
        'aria-label="29 people (figure 1: its row in Figures quoted)">29 people</a> were</mark>',
    );
  });

  it('marks a quote cut by other markup in each piece and links the first; never nests a link', async () => {
    const html = await render('Say *nearly 10* percent of them.', [{ quote: 'nearly 10 percent' }, { quote: '10' }]);
    expect(html).toContain(
      'Say <em><a href="#figure-1" id="figure-ref-1" class="figure-ref" aria-label="nearly 10 (figure 1: its row in Figures quoted)">' +
        'nearly <span id="figure-ref-2"></span>10</a></em><span class="figure-ref"> percent</span> of them.',
    );
    // "10" lies only inside figure 1's link: it gets an anchor the row can link to, not a link inside a link.
    expect(html).not.toMatch(/<a [^>]*>[^<]*<a /);
  });

  it('leaves the body alone when the clip quotes no figure, and skips a quote the text does not hold', async () => {
    const body = 'Some text.';
    expect(await render(body, [])).toBe(await render(body, [{ quote: 'not in the text' }]));
  });
});
