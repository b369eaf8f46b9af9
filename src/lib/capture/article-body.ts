import type { BlockContent, Blockquote, Heading, List, ListItem, Paragraph, PhrasingContent, Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import {
  BLOCK_ELEMENTS,
  collapseHtmlWhitespace,
  HIDDEN_ELEMENTS,
  resolveHref,
} from '../validation/html-capture-text.ts';

/** An image of the article, left out of the body and declared: its alt text (or caption) and its source. */
export interface ArticleImage {
  alt: string;
  caption: string;
  src: string;
}

export interface ArticleBody {
  markdown: string;
  images: ArticleImage[];
  /** Links kept as text only, because their target is not an http(s) address (javascript:, mailto:, a bare #). */
  unlinked: { text: string; href: string }[];
  /** Text of each block (paragraph, heading, list item), in order. */
  blocks: string[];
}

/** Elements whose content is never article text: what a reader never sees, and form controls. */
const SKIPPED = new Set([...HIDDEN_ELEMENTS, 'BUTTON', 'INPUT', 'FORM']);

interface Context {
  base: string | null;
  images: ArticleImage[];
  unlinked: ArticleBody['unlinked'];
}

/** Phrasing content of an element, whitespace collapsed as a browser renders it; images are set aside. */
function phrasing(element: Element, context: Context): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const pushText = (value: string) => {
    const last = out[out.length - 1];
    if (last?.type === 'text') last.value += value;
    else out.push({ type: 'text', value });
  };
  const walk = (node: Node, into: (n: PhrasingContent) => void, text: (v: string) => void) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        text(collapseHtmlWhitespace(child.nodeValue ?? ''));
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIPPED.has(tag)) continue;
      if (tag === 'IMG') {
        collectImage(el, context, '');
        text(' ');
      } else if (tag === 'BR') {
        into({ type: 'break' });
      } else if (tag === 'A' && el.hasAttribute('href')) {
        const href = el.getAttribute('href') ?? '';
        const resolved = resolveHref(href, context.base);
        const inner: PhrasingContent[] = [];
        walk(
          el,
          (n) => inner.push(n),
          (v) => {
            const last = inner[inner.length - 1];
            if (last?.type === 'text') last.value += v;
            else inner.push({ type: 'text', value: v });
          },
        );
        const label = inner.map((n) => (n.type === 'text' ? n.value : ' ')).join('');
        if (resolved && /^https?:/.test(resolved) && label.trim() && !href.startsWith('#')) {
          into({ type: 'link', url: /^https?:/i.test(href) ? href : resolved, children: inner });
        } else {
          if (label.trim()) context.unlinked.push({ text: collapseHtmlWhitespace(label).trim(), href });
          for (const n of inner)
            if (n.type === 'text') text(n.value);
            else into(n);
        }
      } else {
        if (BLOCK_ELEMENTS.has(tag)) text(' ');
        walk(el, into, text);
        if (BLOCK_ELEMENTS.has(tag)) text(' ');
      }
    }
  };
  walk(element, (n) => out.push(n), pushText);
  return tidyPhrasing(out);
}

/** Collapses runs of spaces across inline boundaries and trims the ends, as rendering does. */
function tidyPhrasing(nodes: PhrasingContent[]): PhrasingContent[] {
  let previousSpace = true;
  const fix = (list: PhrasingContent[]) => {
    for (const node of list) {
      if (node.type === 'text') {
        let value = node.value.replace(/ +/g, ' ');
        if (previousSpace) value = value.replace(/^ /, '');
        if (value) previousSpace = value.endsWith(' ');
        node.value = value;
      } else if (node.type === 'break') {
        previousSpace = true;
      } else if (node.type === 'link') {
        fix(node.children);
      }
    }
  };
  fix(nodes);
  const trimEnd = (list: PhrasingContent[]) => {
    for (let i = list.length - 1; i >= 0; i--) {
      const node = list[i]!;
      if (node.type === 'text') {
        node.value = node.value.replace(/ $/, '');
        if (node.value) return true;
        list.splice(i, 1);
      } else if (node.type === 'break') {
        list.splice(i, 1);
      } else if (node.type === 'link') {
        if (trimEnd(node.children)) return true;
      } else return true;
    }
    return false;
  };
  trimEnd(nodes);
  return nodes.filter((n) => n.type !== 'text' || n.value.length > 0);
}

function collectImage(img: Element, context: Context, caption: string) {
  const src = img.getAttribute('src') ?? img.getAttribute('data-src') ?? '';
  if (!src && !img.getAttribute('alt')) return;
  const shownSrc = src.startsWith('data:') ? `${src.slice(0, src.indexOf(',') + 1)}…` : src;
  context.images.push({ alt: collapseHtmlWhitespace(img.getAttribute('alt') ?? '').trim(), caption, src: shownSrc });
}

function hasBlockChild(element: Element): boolean {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    const tag = child.tagName.toUpperCase();
    if (BLOCK_ELEMENTS.has(tag) && tag !== 'BR' && tag !== 'IMG') return true;
  }
  return false;
}

function hasText(nodes: PhrasingContent[]): boolean {
  return nodes.some((n) => (n.type === 'text' ? n.value.trim().length > 0 : n.type === 'link'));
}

/** The blocks of an element: paragraphs, headings, block quotes and lists; figures become declared images. */
function blocks(element: Element, context: Context): BlockContent[] {
  const out: BlockContent[] = [];
  let inline: Element[] = [];
  const flushInline = (parent: Element) => {
    if (inline.length === 0) return;
    const holder = parent.ownerDocument.createElement('span');
    for (const node of inline) holder.appendChild(node.cloneNode(true));
    inline = [];
    const children = phrasing(holder, context);
    if (hasText(children)) out.push({ type: 'paragraph', children } as Paragraph);
  };
  for (let child = element.firstChild; child; child = child.nextSibling) {
    const tag = child.nodeType === 1 ? (child as Element).tagName.toUpperCase() : '';
    if (child.nodeType === 1 && SKIPPED.has(tag)) continue;
    if (child.nodeType !== 1 || !BLOCK_ELEMENTS.has(tag) || tag === 'BR' || tag === 'IMG') {
      if (child.nodeType === 1 || child.nodeType === 3) inline.push(child as Element);
      continue;
    }
    flushInline(element);
    const el = child as Element;
    if (/^H[1-6]$/.test(tag)) {
      const children = phrasing(el, context);
      const depth = Math.max(2, Number(tag[1])) as Heading['depth'];
      if (hasText(children)) out.push({ type: 'heading', depth, children });
    } else if (tag === 'BLOCKQUOTE') {
      const inner = blocks(el, context);
      if (inner.length) out.push({ type: 'blockquote', children: inner } as Blockquote);
    } else if (tag === 'UL' || tag === 'OL') {
      const items: ListItem[] = [];
      for (let li = el.firstElementChild; li; li = li.nextElementSibling) {
        const inner = blocks(li, context);
        if (inner.length) items.push({ type: 'listItem', spread: false, children: inner });
      }
      const start = Number(el.getAttribute('start') ?? 1);
      if (items.length) {
        out.push({
          type: 'list',
          ordered: tag === 'OL',
          start: tag === 'OL' ? start : null,
          spread: false,
          children: items,
        } as List);
      }
    } else if (tag === 'FIGURE' || tag === 'PICTURE') {
      const caption = collapseHtmlWhitespace(el.querySelector('figcaption')?.textContent ?? '').trim();
      const img = el.querySelector('img');
      if (img) collectImage(img, context, caption);
      else if (caption || el.textContent?.trim()) out.push(...blocks(el, context));
    } else if (tag === 'P' || tag === 'PRE' || !hasBlockChild(el)) {
      const children = phrasing(el, context);
      if (hasText(children)) out.push({ type: 'paragraph', children });
    } else {
      out.push(...blocks(el, context));
    }
  }
  flushInline(element);
  return out;
}

function blockText(node: BlockContent | PhrasingContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'break') return ' ';
  if ('children' in node) return (node.children as (BlockContent | PhrasingContent)[]).map(blockText).join('');
  return '';
}

/**
 * Turns an extracted article (a DOM element) into a Markdown body that keeps the page's paragraphs, headings,
 * block quotes, lists and links (with their original href, resolved when relative), and its characters.
 * Emphasis and other inline styling are dropped (the verbatim check allows structure and links only).
 */
export function articleToMarkdown(article: Element, base: string | null): ArticleBody {
  const context: Context = { base, images: [], unlinked: [] };
  const children = blocks(article, context);
  const root: Root = { type: 'root', children };
  const markdown = toMarkdown(root, { extensions: [gfmToMarkdown()], bullet: '-', listItemIndent: 'one' });
  const texts: string[] = [];
  const collect = (nodes: BlockContent[]) => {
    for (const node of nodes) {
      if (node.type === 'paragraph' || node.type === 'heading')
        texts.push(collapseHtmlWhitespace(blockText(node)).trim());
      else if ('children' in node) collect(node.children as BlockContent[]);
    }
  };
  collect(children);
  return { markdown, images: context.images, unlinked: context.unlinked, blocks: texts };
}
