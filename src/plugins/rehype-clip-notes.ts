import type { Element, ElementContent, Parent, Root, Text } from 'hast';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { NOTE_KIND_LABEL, noteAnchor } from '../lib/archive/notes-index.ts';
import { collapseWhitespace, passagePattern } from '../lib/text/clip-body.ts';
import type { Note } from '../schema/note.ts';

/** The notes of the clip being rendered: Astro hands each entry's validated frontmatter to the Markdown plugins. */
function notesOf(file: VFile): Note[] {
  const frontmatter = (file.data as { astro?: { frontmatter?: { notes?: unknown } } }).astro?.frontmatter;
  return Array.isArray(frontmatter?.notes) ? (frontmatter.notes as Note[]) : [];
}

const text = (value: string): Text => ({ type: 'text', value });
const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/**
 * Marks the passage inside the paragraph and links it to its note. Only a passage lying within one run of text is
 * marked (clip bodies are plain text, so that is every passage); the note itself is shown either way.
 */
function markPassage(paragraph: Element, passage: string, number: number): void {
  const pattern = passagePattern(passage);
  let done = false;
  visit(paragraph, 'text', (node: Text, index, parent) => {
    if (done || index === undefined || !parent) return;
    const match = pattern.exec(node.value);
    if (!match) return;
    done = true;
    const before = node.value.slice(0, match.index);
    const after = node.value.slice(match.index + match[0].length);
    const marked = element('mark', { className: ['noted-passage'] }, [text(match[0])]);
    // Empty link text, the marker drawn by CSS: copying the sentence copies the text as captured, nothing more.
    const ref = element(
      'a',
      {
        href: `#${noteAnchor(number)}`,
        className: ['note-ref'],
        dataNote: String(number),
        ariaLabel: `Archivist’s note ${number}`,
      },
      [],
    );
    const pieces: ElementContent[] = [...(before ? [text(before)] : []), marked, ref, ...(after ? [text(after)] : [])];
    (parent as Parent).children.splice(index, 1, ...(pieces as Parent['children']));
  });
}

function noteBox(note: Note, number: number): Element {
  const url = note.source.url && /^https?:\/\//i.test(note.source.url) ? note.source.url : undefined;
  return element('div', { className: ['clip-note'], id: noteAnchor(number), role: 'note' }, [
    element('span', { className: ['clip-note-head'] }, [
      text(`Archivist’s note ${number}: `),
      element('strong', {}, [text(NOTE_KIND_LABEL[note.kind])]),
    ]),
    text(' '),
    element('span', { className: ['clip-note-text'] }, [text(note.note)]),
    text(' '),
    element('span', { className: ['clip-note-source'] }, [
      text('Source: '),
      url
        ? element('a', { href: url, rel: ['noopener', 'noreferrer'] }, [text(note.source.name)])
        : text(note.source.name),
    ]),
  ]);
}

/**
 * Shows each archivist's note beside its passage: the passage is marked and linked to the note, and the note
 * follows the paragraph, so a reader meets it where it applies. The body's own text is untouched, and the note
 * holds no paragraph element, so paragraph numbers (#p-N) stay as validation and search count them.
 */
export function rehypeClipNotes() {
  return (tree: Root, file: VFile) => {
    const notes = notesOf(file);
    if (notes.length === 0) return;
    const paragraphs: { node: Element; parent: Parent; text: string }[] = [];
    visit(tree, 'element', (node: Element, _index, parent) => {
      if (node.tagName === 'p' && parent) paragraphs.push({ node, parent, text: collapseWhitespace(toText(node)) });
    });
    const after = new Map<Element, Element[]>();
    notes.forEach((note, i) => {
      const found = paragraphs.find((p) => p.text.includes(collapseWhitespace(note.passage)));
      if (!found) return;
      markPassage(found.node, note.passage, i + 1);
      after.set(found.node, [...(after.get(found.node) ?? []), noteBox(note, i + 1)]);
    });
    for (const { node, parent } of paragraphs) {
      const boxes = after.get(node);
      if (!boxes) continue;
      const at = parent.children.indexOf(node);
      parent.children.splice(at + 1, 0, ...(boxes as Parent['children']));
    }
  };
}
