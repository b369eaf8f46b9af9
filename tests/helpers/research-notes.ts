import { readFileSync } from 'node:fs';
import type { RootContent, Root, TableCell } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** One row of a figure table of the research notes: the exact substring and the research's check, verbatim. */
export interface ResearchFigure {
  /** The capture file the table belongs to, e.g. "000_ce73f1ba6eff3d52.txt". */
  file: string;
  quote: string;
  /** Rows marked "(widget)" quote page chrome (a related-posts widget), not the article. */
  widget: boolean;
  attributedTo: string;
  check: string;
}

export interface ResearchNotes {
  /** The whole text, for checking that a transcription quotes it. */
  text: string;
  /** The summary table, one record per capture file, keyed by column heading. */
  summary: Map<string, Record<string, string>>;
  figures: ResearchFigure[];
}

function textOf(node: RootContent | TableCell): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(textOf).join('');
  return '';
}

function firstCode(node: RootContent | TableCell): string | null {
  if (node.type === 'inlineCode') return node.value;
  if ('children' in node) {
    for (const child of node.children as RootContent[]) {
      const code = firstCode(child);
      if (code !== null) return code;
    }
  }
  return null;
}

/** Reads the research notes' machine-readable parts (the summary and figure tables) with a real Markdown parser. */
export function readResearchNotes(file: string): ResearchNotes {
  const text = readFileSync(file, 'utf8');
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text) as Root;
  const summary = new Map<string, Record<string, string>>();
  const figures: ResearchFigure[] = [];
  let section = '';
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) section = textOf(node).trim();
    if (node.type !== 'table') continue;
    const [head, ...rows] = node.children;
    const columns = head!.children.map((cell) => textOf(cell).trim());
    if (columns[0] === 'File') {
      for (const row of rows) {
        const cells = row.children.map((cell) => textOf(cell).trim());
        summary.set(cells[0]!, Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? ''])));
      }
    }
    if (columns[0] === 'Exact substring') {
      for (const row of rows) {
        const [substring, , attributedTo, check] = row.children;
        figures.push({
          file: section,
          quote: firstCode(substring!) ?? '',
          widget: textOf(substring!).trim().startsWith('(widget)'),
          attributedTo: textOf(attributedTo!).trim(),
          check: textOf(check!).trim(),
        });
      }
    }
  }
  return { text, summary, figures };
}
