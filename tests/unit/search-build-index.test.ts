import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchDocument } from '../../src/lib/search/build-index.ts';
import {
  chunkOf,
  dictionaryFile,
  IMPACT_SCALE,
  shardFile,
  shardOf,
  type DictionaryChunk,
  type IndexMeta,
} from '../../src/lib/search/index-format.ts';
import { decodePostings, segmentsAt } from '../../src/lib/search/postings.ts';

export function sampleDocuments(count: number): SearchDocument[] {
  return Array.from({ length: count }, (_, i) => ({
    slug: `clip-${i}`,
    title: `Clip number ${i}`,
    outlet: i % 2 ? { id: 'odd-news', name: 'Odd News' } : { id: 'even-post', name: 'Even Post' },
    year: 2000 + (i % 3),
    dateInWords: `${2000 + (i % 3)}`,
    lang: 'en',
    fields: [{ kind: 'person', text: `Person ${i}` }],
    paragraphs: [
      { n: 1, text: `The first paragraph of clip ${i} talks about word${i % 7}.` },
      { n: 2, text: 'The worst of the worst, said the agency.' },
    ],
  }));
}

const json = <T>(files: Map<string, string>, name: string) => JSON.parse(files.get(name)!) as T;

describe('search index builder', () => {
  it('writes meta, dictionary chunks, postings shards and text groups', async () => {
    const files = await buildSearchIndex(sampleDocuments(3));
    const meta = json<IndexMeta>(files, 'meta.json');
    expect(meta).toMatchObject({ docCount: 3, shardCount: 1, outlets: ['Even Post', 'Odd News'], languages: ['en'] });
    expect(meta.docOutlet).toEqual([0, 1, 0]);
    expect(meta.docYear).toEqual([2000, 2001, 2002]);
    expect(meta.docLanguage).toEqual([0, 0, 0]);
    const chunk = json<DictionaryChunk>(files, dictionaryFile(0));
    expect(chunk.terms).toContain('worst');
    expect(chunk.terms).not.toContain('the'); // stop words take a position but are not indexed
    expect(chunk.terms).toContain('paragraph'); // stemmed: "paragraph"
    expect(chunk.docFrequency[chunk.terms.indexOf('worst')]).toBe(3);
    expect([...files.keys()].sort()).toEqual(['d-0.json', 'meta.json', 'p-0.json', 't-0.json']);
  });

  it('records postings by segment with word positions (stop words counted) and a BM25F impact', async () => {
    const files = await buildSearchIndex(sampleDocuments(2));
    const shard = json<Record<string, number[]>>(files, 'p-0.json');
    const worst = decodePostings(shard['worst']!);
    expect([...worst.docs]).toEqual([0, 1]);
    // "The worst of the worst": positions 1 and 4 of paragraph 2.
    expect(segmentsAt(worst, 0)).toEqual([{ segment: 2, positions: [1, 4] }]);
    const person = decodePostings(shard['person']!);
    expect(segmentsAt(person, 1)).toEqual([{ segment: -1, positions: [0] }]);
    const clip = decodePostings(shard['clip']!);
    expect(segmentsAt(clip, 0).map((s) => s.segment)).toEqual([0, 1]);
    // Twice in the body outweighs once; once in the title (weight 3) outweighs once in a field (weight 2).
    const impact = (term: string) => decodePostings(shard[term]!).impacts[0]!;
    expect(impact('worst')).toBeGreaterThan(impact('agenc'));
    expect(impact('number')).toBeGreaterThan(impact('person'));
    expect(impact('worst')).toBeLessThan((2.2 * IMPACT_SCALE) / IMPACT_SCALE); // saturates below k1 + 1
  });

  it('indexes each clip in its language, and a clip without one word for word', async () => {
    const docs: SearchDocument[] = [
      { ...sampleDocuments(1)[0]!, slug: 'es', lang: 'es', paragraphs: [{ n: 1, text: 'Las deportaciones' }] },
      { ...sampleDocuments(1)[0]!, slug: 'none', lang: null, paragraphs: [{ n: 1, text: 'The deportations' }] },
    ];
    const files = await buildSearchIndex(docs);
    const meta = json<IndexMeta>(files, 'meta.json');
    expect(meta.languages).toEqual(['es', 'und']);
    expect(meta.docLanguage).toEqual([0, 1]);
    const terms = json<DictionaryChunk>(files, dictionaryFile(0)).terms;
    expect(terms).toEqual(expect.arrayContaining(['deport', 'the', 'deportations']));
    expect(terms).not.toContain('las');
  });

  it('shards postings by term hash and chunks the dictionary as the archive grows, deterministically', async () => {
    const docs = sampleDocuments(400);
    const options = { targetShardBytes: 2_000, targetGroupBytes: 2_000, targetChunkBytes: 200 };
    const files = await buildSearchIndex(docs, options);
    const again = await buildSearchIndex(structuredClone(docs), options);
    expect([...again]).toEqual([...files]);
    const meta = json<IndexMeta>(files, 'meta.json');
    expect(meta.shardCount).toBeGreaterThan(1);
    expect(meta.dictionary.length).toBeGreaterThan(1);
    expect(meta.groupSize).toBeLessThan(400);
    const shard = json<Record<string, number[]>>(files, shardFile(shardOf('worst', meta.shardCount)));
    expect(shard['worst']).toBeDefined();
    const chunk = json<DictionaryChunk>(files, dictionaryFile(chunkOf('worst', meta.dictionary)));
    expect(chunk.terms).toContain('worst');
    const changed = await buildSearchIndex(docs.slice(1), options);
    expect(json<IndexMeta>(changed, 'meta.json').version).not.toBe(meta.version);
  });

  it('writes a usable index for an empty archive', async () => {
    const meta = json<IndexMeta>(await buildSearchIndex([]), 'meta.json');
    expect(meta).toMatchObject({ docCount: 0, dictionary: [''] });
  });
});
