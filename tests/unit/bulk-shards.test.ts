import { describe, expect, it } from 'vitest';
import { jsonLines, shardByYear } from '../../src/lib/archive/bulk-shards.ts';

interface Item {
  id: number;
  year: number | null;
  text: string;
}
const items: Item[] = [
  { id: 1, year: 2020, text: 'a'.repeat(40) },
  { id: 2, year: 2019, text: 'b'.repeat(40) },
  { id: 3, year: 2020, text: 'c'.repeat(40) },
  { id: 4, year: null, text: 'd' },
  { id: 5, year: 2020, text: 'e'.repeat(40) },
];
const shard = (maxBytes: number) =>
  shardByYear(items, (i) => i.year, jsonLines, { prefix: 'clips', extension: 'jsonl', maxBytes });

describe('shardByYear', () => {
  it('puts each year in its own file, newest first and undated last, keeping the order within a year', () => {
    const shards = shard(10_000);
    expect(shards.map((s) => s.file)).toEqual(['clips-2020.jsonl', 'clips-2019.jsonl', 'clips-undated.jsonl']);
    expect(shards[0]!.items.map((i) => i.id)).toEqual([1, 3, 5]);
    expect(shards[0]!.bytes).toBe(Buffer.byteLength(jsonLines(shards[0]!.items)));
  });

  it('cuts a year that would pass the size limit into numbered parts, each under it, losing nothing', () => {
    const line = Buffer.byteLength(jsonLines([items[0]]));
    const shards = shard(2 * line);
    const year2020 = shards.filter((s) => s.year === 2020);
    expect(year2020.map((s) => s.file)).toEqual(['clips-2020-1.jsonl', 'clips-2020-2.jsonl']);
    expect(year2020.flatMap((s) => s.items.map((i) => i.id))).toEqual([1, 3, 5]);
    for (const s of shards) expect(s.bytes).toBeLessThanOrEqual(2 * line);
  });
});

describe('jsonLines', () => {
  it('writes one complete JSON record per line', () => {
    const text = jsonLines([{ a: 'x\ny' }, { b: 2 }]);
    expect(text.split('\n')).toEqual(['{"a":"x\\ny"}', '{"b":2}', '']);
    expect(
      text
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual([{ a: 'x\ny' }, { b: 2 }]);
  });
});
