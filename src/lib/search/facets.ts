import type { IndexMeta } from './index-format.ts';

export interface FacetValue {
  value: number;
  label: string;
  count: number;
}

export interface Facets {
  outlets: FacetValue[];
  years: FacetValue[];
}

/**
 * Applies the outlet and year filters to the matching documents, and counts each filter's options: each filter's
 * counts follow the other filter, so every option says what choosing it would give.
 */
export function facetCounts(
  docs: readonly number[],
  meta: Pick<IndexMeta, 'outlets' | 'docOutlet' | 'docYear'>,
  { outlet, year }: { outlet: number | null; year: number | null },
): { kept: number[]; facets: Facets } {
  const outletTally = new Int32Array(meta.outlets.length);
  const yearTally = new Map<number, number>();
  const kept: number[] = [];
  for (const doc of docs) {
    const o = meta.docOutlet[doc] ?? -1;
    const y = meta.docYear[doc] ?? 0;
    const outletOk = outlet === null || o === outlet;
    const yearOk = year === null || y === year;
    if (yearOk && o >= 0) outletTally[o]!++;
    if (outletOk && y > 0) yearTally.set(y, (yearTally.get(y) ?? 0) + 1);
    if (outletOk && yearOk) kept.push(doc);
  }
  return {
    kept,
    facets: {
      outlets: [...outletTally]
        .flatMap((count, value) => (count > 0 ? [{ value, label: meta.outlets[value] ?? '', count }] : []))
        .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
      years: [...yearTally]
        .map(([value, count]) => ({ value, label: String(value), count }))
        .sort((a, b) => b.value - a.value),
    },
  };
}
