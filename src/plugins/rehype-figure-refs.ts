import type { Element, ElementContent, Parent, Root, Text } from 'hast';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { figureRowAnchor, figureTextAnchor } from '../lib/archive/figures-ledger.ts';
import { collapseWhitespace, passagePattern } from '../lib/text/clip-body.ts';

/** The figures of the clip being rendered: Astro hands each entry's validated frontmatter to the Markdown plugins. */
function figuresOf(file: VFile): { quote: string }[] {
  const frontmatter = (file.data as { astro?: { frontmatter?: { figures?: unknown } } }).astro?.frontmatter;
  return Array.isArray(frontmatter?.figures) ? (frontmatter.figures as { quote: string }[]) : [];
}

/** One text node of a paragraph, where its text starts in the paragraph's text, and whether a link holds it. */
interface TextRun {
  node: Text;
  parent: Parent;
  start: number;
  inLink: boolean;
}

function textRuns(paragraph: Element): TextRun[] {
  const runs: TextRun[] = [];
  let offset = 0;
  const walk = (parent: Parent, inLink: boolean) => {
    for (const child of parent.children) {
      if (child.type === 'text') {
        runs.push({ node: child, parent, start: offset, inLink });
        offset += child.value.length;
      } else if (child.type === 'element') {
        walk(child, inLink || child.tagName === 'a');
      }
    }
  };
  walk(paragraph, false);
  return runs;
}

const text = (value: string): Text => ({ type: 'text', value });

/** Replaces the characters [from, to) of a run's text node by `wrap(characters)`, keeping the text around them. */
function replaceInRun(run: TextRun, from: number, to: number, wrap: (middle: string) => ElementContent[]): void {
  const value = run.node.value;
  const a = Math.max(0, from - run.start);
  const b = Math.min(value.length, to - run.start);
  const pieces: ElementContent[] = [
    ...(a > 0 ? [text(value.slice(0, a))] : []),
    ...wrap(value.slice(a, b)),
    ...(b < value.length ? [text(value.slice(b))] : []),
  ];
  const at = run.parent.children.indexOf(run.node);
  run.parent.children.splice(at, 1, ...(pieces as Parent['children']));
}

/**
 * Marks one figure's quote in its paragraph: the first occurrence that no link already holds becomes a link to the
 * figure's row (a quote broken by other markup is marked in each piece, the first piece linked). When every
 * occurrence lies inside another link (a figure quoted within another figure's quote), an empty anchor still lets
 * the row link to the place.
 */
function markFigure(paragraph: Element, quote: string, figure: number): void {
  const runs = textRuns(paragraph);
  const whole = runs.map((r) => r.node.value).join('');
  const matches = [...whole.matchAll(passagePattern(quote, 'g'))];
  const anchor = (): Element => ({
    type: 'element',
    tagName: 'span',
    properties: { id: figureTextAnchor(figure) },
    children: [],
  });
  if (matches.length === 0) {
    // The quote runs across markup that holds no text (a line break): the row still links to its paragraph.
    paragraph.children.unshift(anchor());
    return;
  }
  const span = (m: RegExpExecArray | RegExpMatchArray) => {
    const from = m.index ?? 0;
    const to = from + m[0].length;
    return { from, to, runs: runs.filter((r) => r.start < to && r.start + r.node.value.length > from) };
  };
  const free = matches.map(span).find((s) => s.runs.every((r) => !r.inLink));
  if (!free) {
    const { from, runs: [first] = [] } = span(matches[0]!);
    if (first) replaceInRun(first, from, from, () => [anchor()]);
    return;
  }
  // Last piece first, so splitting one text node never shifts the ones still to be split.
  free.runs.reverse().forEach((run, i, all) => {
    const first = i === all.length - 1;
    replaceInRun(run, free.from, free.to, (middle) => [
      first
        ? {
            type: 'element',
            tagName: 'a',
            properties: {
              href: `#${figureRowAnchor(figure)}`,
              id: figureTextAnchor(figure),
              className: ['figure-ref'],
              ariaLabel: `${collapseWhitespace(middle)} (figure ${figure}: its row in Figures quoted)`,
            },
            children: [text(middle)],
          }
        : { type: 'element', tagName: 'span', properties: { className: ['figure-ref'] }, children: [text(middle)] },
    ]);
  });
}

/**
 * Marks every figure the clip quotes (frontmatter `figures`) where its quote stands in the text, as a link to the
 * figure's row in the clip's table of figures; the row links back. Only markup is added: the text stays verbatim
 * and paragraph numbers stay as they are. The paragraph is the first holding the quote, as the ledger finds it.
 */
export function rehypeFigureRefs() {
  return (tree: Root, file: VFile) => {
    const figures = figuresOf(file);
    if (figures.length === 0) return;
    const paragraphs: { node: Element; text: string }[] = [];
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'p') paragraphs.push({ node, text: collapseWhitespace(toText(node)) });
    });
    figures.forEach((figure, i) => {
      const found = paragraphs.find((p) => p.text.includes(collapseWhitespace(figure.quote)));
      if (found) markFigure(found.node, figure.quote, i + 1);
    });
  };
}
