import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchDocument } from '../../src/lib/search/build-index.ts';
import { decodePostings, segmentsAt } from '../../src/lib/search/engine.ts';
import { shardFile, shardOf, type IndexMeta, type IndexTerms } from '../../src/lib/search/index-format.ts';

export function sampleDocuments(count: number): SearchDocument[] {
  return Array.from({ length: count }, (_, i) => ({
    slug: `clip-${i}`,
    title: `Clip number ${i}`,
    outlet: i % 2 ? { id: 'odd-news', name: 'Odd News' } : { id: 'even-post', name: 'Even Post' },
    year: 2000 + (i % 3),
    dateInWords: `${2000 + (i % 3)}`,
    fields: [{ kind: 'person', text: `Person ${i}` }],
    paragraphs: [
      { n: 1, text: `The first paragraph of clip ${i} talks about word${i % 7}.` },
      { n: 2, text: 'The worst of the worst, said the agency.' },
    ],
  }));
}

describe('search index builder', () => {
  it('writes meta, terms, postings shards and text groups', () => {
    const files = buildSearchIndex(sampleDocuments(3));
    const meta = JSON.parse(files.get('meta.json')!) as IndexMeta;
    expect(meta).toMatchObject({ docCount: 3, shardCount: 1, outlets: ['Even Post', 'Odd News'] });
    expect(meta.docOutlet).toEqual([0, 1, 0]);
    expect(meta.docYear).toEqual([2000, 2001, 2002]);
    const terms = JSON.parse(files.get('terms.json')!) as IndexTerms;
    expect(terms.terms).toContain('worst');
    expect(terms.terms).not.toContain('the'); // common words take a position but are not indexed
    expect(terms.docFrequency[terms.terms.indexOf('worst')]).toBe(3);
    expect([...files.keys()].sort()).toEqual(['meta.json', 'p-0.json', 't-0.json', 'terms.json']);
  });

  it('records postings by segment with word positions (stopwords counted)', () => {
    const files = buildSearchIndex(sampleDocuments(2));
    const shard = JSON.parse(files.get('p-0.json')!) as Record<string, number[]>;
    const worst = decodePostings(shard['worst']!, 2);
    expect([...worst.docs]).toEqual([0, 1]);
    // "The worst of the worst": positions 1 and 4 of paragraph 2.
    expect(segmentsAt(worst, 0)).toEqual([{ segment: 2, positions: [1, 4] }]);
    const person = decodePostings(shard['person']!, 2);
    expect(segmentsAt(person, 1)).toEqual([{ segment: -1, positions: [0] }]);
    const clip = decodePostings(shard['clip']!, 2);
    expect(segmentsAt(clip, 0).map((s) => s.segment)).toEqual([0, 1]);
  });

  it('shards postings by term hash as the archive grows, and is byte-for-byte deterministic', () => {
    const docs = sampleDocuments(400);
    const files = buildSearchIndex(docs, { targetShardBytes: 2_000, targetGroupBytes: 2_000 });
    const again = buildSearchIndex(structuredClone(docs), { targetShardBytes: 2_000, targetGroupBytes: 2_000 });
    expect([...again]).toEqual([...files]);
    const meta = JSON.parse(files.get('meta.json')!) as IndexMeta;
    expect(meta.shardCount).toBeGreaterThan(1);
    expect(meta.groupSize).toBeLessThan(400);
    const shard = JSON.parse(files.get(shardFile(shardOf('worst', meta.shardCount)))!) as Record<string, number[]>;
    expect(shard['worst']).toBeDefined();
    const changed = buildSearchIndex(docs.slice(1), { targetShardBytes: 2_000, targetGroupBytes: 2_000 });
    expect(JSON.parse(changed.get('meta.json')!).version).not.toBe(meta.version);
  });
});
