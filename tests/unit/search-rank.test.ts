import { describe, expect, it } from 'vitest';
import { decodePostings } from '../../src/lib/search/postings.ts';
import {
  orderByRelevance,
  phraseScores,
  proximity,
  scoreDocuments,
  wordScores,
  type RankItem,
} from '../../src/lib/search/rank.ts';

const DOCS = 4;
/** Postings of a word found in paragraph 1 of each document at the given positions, impact 1. */
function word(positions: Record<number, number[]>): ReturnType<typeof decodePostings> {
  const flat: number[] = [];
  let previous = 0;
  for (const [doc, list] of Object.entries(positions).map(([d, l]) => [Number(d), l] as const)) {
    flat.push(doc - previous, 100, 1, 1, list.length, ...list.map((p, i) => p - (list[i - 1] ?? 0)));
    previous = doc;
  }
  return decodePostings(flat);
}

function item(postings: ReturnType<typeof decodePostings>, position: number, idf = 1): RankItem {
  const scores = wordScores(
    [{ postings, factor: idf, byLanguage: Float64Array.of(1) }],
    [0, 0, 0, 0],
    new Float64Array(DOCS),
  );
  return { ...scores, idf, position, required: false, postings: [postings] };
}

const rank = (items: RankItem[]) => {
  const scored = scoreDocuments(items, new Float64Array(DOCS), new Uint8Array(DOCS));
  const { top, rest } = orderByRelevance(scored.docs, scored, items, 10);
  return [...top, ...rest()];
};

describe('search ranking', () => {
  it('ranks documents with every word above documents with more of one word', () => {
    // doc 0 repeats "sanctuary" often; doc 1 has both words once.
    const sanctuary = item(word({ 0: [1, 5, 9, 13], 1: [3] }), 0);
    const op = item(word({ 1: [20] }), 1);
    expect(rank([sanctuary, op])).toEqual([1, 0]);
  });

  it('ranks words standing together, in the query’s order, above words far apart', () => {
    const sanctuary = item(word({ 0: [1], 1: [1], 2: [5] }), 0);
    const op = item(word({ 0: [40], 1: [2], 2: [4] }), 1);
    expect(rank([sanctuary, op])).toEqual([1, 2, 0]);
    expect(proximity([sanctuary, op], 1)).toBe(1);
    expect(proximity([sanctuary, op], 2)).toBeCloseTo(1 / 3);
    expect(proximity([sanctuary, op], 0)).toBe(0);
  });

  it('keeps only documents with every required item (a quoted phrase)', () => {
    const loose = item(word({ 0: [1], 1: [1], 2: [1] }), 0);
    const phrase: RankItem = {
      ...phraseScores({ docs: [2], occurrences: [1] }, 2),
      idf: 2,
      position: 1,
      required: true,
      postings: [],
    };
    expect(rank([loose, phrase])).toEqual([2]);
  });

  it('weights a long query’s matches by how informative the matched words are', () => {
    const items = Array.from({ length: 8 }, (_, i) => item(word({ 0: [i * 10], 1: [i * 10] }), i * 2, 1));
    const rare = item(word({ 1: [100] }), 20, 5);
    const common = item(word({ 0: [100] }), 22, 0.5);
    expect(rank([...items, rare, common])[0]).toBe(1);
  });
});
