import { describe, expect, it } from 'vitest';
import { corpusPieces, cutAddress, PIECE_WORDS } from '../../src/lib/corpus-pieces.ts';

const sentence = (i: number) => `Sentence number ${i} of the address has exactly ten words.`;
const address = (sentences: number) => Array.from({ length: sentences }, (_, i) => sentence(i)).join(' ');
const words = (texts: string[]) => texts.join(' ').split(/\s+/).length;

describe('cutAddress', () => {
  it('cuts an address into pieces of whole sentences, losing nothing', () => {
    const text = address(100);
    const pieces = cutAddress(text);
    expect(pieces.flat().join(' ')).toBe(text);
    for (const piece of pieces.slice(0, -1)) expect(words(piece)).toBeGreaterThanOrEqual(PIECE_WORDS);
    for (const paragraph of pieces.flat()) expect(paragraph).toMatch(/\.$/);
  });
});

describe('corpusPieces', () => {
  const sources = [
    { year: 1962, name: 'John F Kennedy', party: 'Democratic', text: address(60) },
    { year: 1961, name: 'John F Kennedy', party: 'Democratic', text: address(60) },
    { year: 1961, name: 'Dwight D Eisenhower', party: 'Republican', text: address(60) },
  ];

  it('picks pieces round-robin across the addresses, oldest first, with devised titles and unique slugs', () => {
    const pieces = corpusPieces(sources, 4);
    expect(pieces.map((p) => p.slug)).toEqual([
      'sotu-1961-dwight-d-eisenhower-part-1',
      'sotu-1961-john-f-kennedy-part-1',
      'sotu-1962-john-f-kennedy-part-1',
      'sotu-1961-dwight-d-eisenhower-part-2',
    ]);
    expect(pieces[2]!.title).toBe(`State of the Union, 1962 (part 1 of ${pieces[2]!.parts})`);
    expect(pieces[0]!.title).toMatch(/^State of the Union, 1961, Dwight D Eisenhower \(part 1 of \d+\)$/);
  });

  it('is deterministic and refuses more clips than the texts hold', () => {
    expect(corpusPieces(sources, 5)).toEqual(corpusPieces(sources, 5));
    expect(() => corpusPieces(sources, 1000)).toThrow(/the corpus has \d+ pieces; ask for at most that many clips/);
  });
});
