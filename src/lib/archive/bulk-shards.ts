/**
 * Bulk data in files a browser or a script can take whole: one file per year of publication (newest first, undated
 * last), split into equal parts when a year would pass the size limit. Pure; the routes write the files.
 */

/** Files stay under this size (hosts and browsers handle 10 MB well; 8 MB leaves room for uneven records). */
export const SHARD_MAX_BYTES = 8 * 1024 * 1024;

export interface BulkShard<T> {
  /** File name, e.g. `clips-2020.jsonl` or `clips-2020-2.jsonl` (the second part of 2020). */
  file: string;
  year: number | null;
  part: number;
  parts: number;
  items: T[];
  bytes: number;
}

/**
 * Groups items by year, keeping their order within a year, and cuts a year into the fewest equal parts whose
 * serialised size (`serialise(part).length` in UTF-8 bytes) stays under `maxBytes`.
 */
export function shardByYear<T>(
  items: readonly T[],
  yearOf: (item: T) => number | null,
  serialise: (items: T[]) => string,
  { prefix, extension, maxBytes = SHARD_MAX_BYTES }: { prefix: string; extension: string; maxBytes?: number },
): BulkShard<T>[] {
  const byYear = new Map<number | null, T[]>();
  for (const item of items) {
    const year = yearOf(item);
    const list = byYear.get(year) ?? [];
    list.push(item);
    byYear.set(year, list);
  }
  const years = [...byYear.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : b - a));
  const shards: BulkShard<T>[] = [];
  for (const year of years) {
    const group = byYear.get(year)!;
    const total = Buffer.byteLength(serialise(group));
    for (let parts = Math.max(1, Math.ceil(total / maxBytes)); ; parts++) {
      const size = Math.ceil(group.length / parts);
      const cut = Array.from({ length: parts }, (_, i) => group.slice(i * size, (i + 1) * size)).filter(
        (p) => p.length > 0,
      );
      const bytes = parts === 1 ? [total] : cut.map((p) => Buffer.byteLength(serialise(p)));
      if (bytes.some((b) => b > maxBytes) && size > 1) continue;
      const name = year === null ? 'undated' : String(year);
      cut.forEach((part, i) =>
        shards.push({
          file: `${prefix}-${name}${cut.length > 1 ? `-${i + 1}` : ''}.${extension}`,
          year,
          part: i + 1,
          parts: cut.length,
          items: part,
          bytes: bytes[i]!,
        }),
      );
      break;
    }
  }
  return shards;
}

/** JSON Lines: one JSON record per line, each line complete, so a reader can stream the file. */
export function jsonLines(records: readonly unknown[]): string {
  return records.map((r) => `${JSON.stringify(r)}\n`).join('');
}
