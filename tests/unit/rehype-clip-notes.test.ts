import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { rehypeClipNotes } from '../../src/plugins/rehype-clip-notes.ts';
import { rehypeParagraphAnchors } from '../../src/plugins/rehype-paragraph-anchors.ts';
import type { Note } from '../../src/schema/note.ts';

// The plugin order of astro.config.mjs; Astro hands the entry's frontmatter to the processor as here.
async function render(markdown: string, notes: Note[]) {
  const processor = await createMarkdownProcessor({
    smartypants: false,
    syntaxHighlight: false,
    rehypePlugins: [[rehypeParagraphAnchors, { selfLinks: true }], rehypeClipNotes],
  });
  return (await processor.render(markdown, { frontmatter: { notes } })).code;
}

const distortion: Note = {
  kind: 'distortion',
  passage: 'is preparing to intensify',
  note: 'The quoted source says it has already ramped up.',
  source: { name: 'Example Examiner', url: 'https://example.com/examiner' },
};

describe('rehypeClipNotes', () => {
  it('marks the passage, links it to its note and puts the note right after the paragraph', async () => {
    const html = await render('ICE is preparing to intensify efforts.\n\nNext paragraph.', [distortion]);
    expect(html).toBe(
      '<p id="p-1"><a href="#p-1" class="paragraph-link" data-n="1" aria-label="Paragraph 1, copy link"></a>' +
        'ICE <mark class="noted-passage">is preparing to intensify</mark>' +
        '<a href="#note-1" class="note-ref" data-note="1" aria-label="Archivist’s note 1"></a> efforts.</p>' +
        '<div class="clip-note" id="note-1" role="note"><span class="clip-note-head">Archivist’s note 1: ' +
        '<strong>Distortion</strong></span> <span class="clip-note-text">The quoted source says it has already ramped up.</span> ' +
        '<span class="clip-note-source">Source: <a href="https://example.com/examiner" rel="noopener noreferrer">Example Examiner</a></span></div>\n' +
        '<p id="p-2"><a href="#p-2" class="paragraph-link" data-n="2" aria-label="Paragraph 2, copy link"></a>Next paragraph.</p>',
    );
  });

  it('keeps paragraph numbers and the body text unchanged', async () => {
    const body = 'One.\n\n> Quoted two, truncated\n> here.\n\nThree.';
    const plain = await render(body, []);
    const noted = await render(body, [
      {
        kind: 'possible-truncation',
        passage: 'truncated here',
        note: 'The text may stop here.',
        source: { name: 'Research' },
      },
    ]);
    const ids = (html: string) => [...html.matchAll(/<p id="(p-\d+)"/g)].map((m) => m[1]);
    expect(ids(noted)).toEqual(ids(plain));
    const words = (html: string) =>
      html
        .replace(/<div class="clip-note"[\s\S]*?<\/div>/g, '')
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ');
    expect(words(noted)).toBe(words(plain));
    // A passage across a line break of the Markdown is still found and marked; the note stays inside the quote.
    expect(noted).toMatch(/<mark class="noted-passage">truncated\nhere<\/mark>/);
    expect(noted).toMatch(/<\/p>\s*<div class="clip-note" id="note-1" role="note">[\s\S]*<\/div>\s*<\/blockquote>/);
  });

  it('numbers several notes in frontmatter order and shows two notes of one paragraph in that order', async () => {
    const html = await render('Alpha beta gamma.', [
      { ...distortion, passage: 'gamma', kind: 'typo' },
      { ...distortion, passage: 'Alpha', kind: 'unsourced-claim' },
    ]);
    expect(html.indexOf('id="note-1"')).toBeLessThan(html.indexOf('id="note-2"'));
    expect(html).toContain('<mark class="noted-passage">Alpha</mark><a href="#note-2"');
    expect(html).toContain('<mark class="noted-passage">gamma</mark><a href="#note-1"');
    expect(html).toContain('<strong>Typo</strong>');
    expect(html).toContain('<strong>Unsourced claim</strong>');
  });

  it('never links a source that is not http(s), and treats note text as text', async () => {
    const html = await render('Some text.', [
      {
        ...distortion,
        passage: 'Some',
        note: '<script>alert(1)</script>',
        source: { name: 'x', url: 'javascript:alert(1)' },
      },
    ]);
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#x3C;script>');
  });

  it('leaves a clip without notes exactly as before', async () => {
    const processor = await createMarkdownProcessor({
      smartypants: false,
      syntaxHighlight: false,
      rehypePlugins: [[rehypeParagraphAnchors, { selfLinks: true }]],
    });
    const body = 'One.\n\nTwo.';
    expect(await render(body, [])).toBe((await processor.render(body)).code);
  });
});
