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

// One collator for every query: `localeCompare` builds one per call, which showed in the time of common words.
const byLabel = new Intl.Collator();

/**
 * Applies the outlet and year filters to the matching documents, and counts each filter's options: each filter's
 * counts follow the other filter, so every option says what choosing it would give. A common word matches most of
 * the archive on every keystroke, so the years are numbered once and counting is a pass over typed arrays.
 */
export class FacetCounter {
  readonly #outlets: readonly string[];
  readonly #docOutlet: Int32Array;
  /** Per document: the slot of its year in `#years`, or -1 when the year is unknown. */
  readonly #docYearSlot: Int32Array;
  readonly #years: number[];

  constructor(meta: Pick<IndexMeta, 'outlets' | 'docOutlet' | 'docYear'>) {
    this.#outlets = meta.outlets;
    this.#docOutlet = Int32Array.from(meta.docOutlet, (o) => o ?? -1);
    this.#years = [...new Set(meta.docYear.filter((y) => y > 0))].sort((a, b) => b - a);
    const slotOf = new Map(this.#years.map((y, slot) => [y, slot]));
    this.#docYearSlot = Int32Array.from(meta.docYear, (y) => slotOf.get(y) ?? -1);
  }

  count(
    docs: ArrayLike<number>,
    { outlet, year }: { outlet: number | null; year: number | null },
  ): { kept: Int32Array; facets: Facets } {
    const outletTally = new Int32Array(this.#outlets.length);
    const yearTally = new Int32Array(this.#years.length);
    const wantedYear = year === null ? -2 : this.#years.indexOf(year);
    const kept = new Int32Array(docs.length);
    let keptCount = 0;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      const o = this.#docOutlet[doc] ?? -1;
      const y = this.#docYearSlot[doc] ?? -1;
      const outletOk = outlet === null || o === outlet;
      const yearOk = wantedYear === -2 || (y === wantedYear && y >= 0);
      if (yearOk && o >= 0) outletTally[o]!++;
      if (outletOk && y >= 0) yearTally[y]!++;
      if (outletOk && yearOk) kept[keptCount++] = doc;
    }
    const outlets: FacetValue[] = [];
    outletTally.forEach((count, value) => {
      if (count > 0) outlets.push({ value, label: this.#outlets[value] ?? '', count });
    });
    const years: FacetValue[] = [];
    yearTally.forEach((count, slot) => {
      const value = this.#years[slot]!;
      if (count > 0) years.push({ value, label: String(value), count });
    });
    return {
      kept: kept.subarray(0, keptCount),
      facets: { outlets: outlets.sort((a, b) => b.count - a.count || byLabel.compare(a.label, b.label)), years },
    };
  }
}
