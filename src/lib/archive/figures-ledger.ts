import { stringify } from 'csv-stringify/sync';
import type { ClipFrontmatter } from '../../schema/clip.ts';
import type { FigureCheckStatus } from '../../schema/figure.ts';
import { findParagraph } from '../text/clip-body.ts';
import type { Clip } from './clip.ts';

/** The archivist's check of a figure, as the schema names it, or none yet. */
export type LedgerCheck = FigureCheckStatus | 'unchecked';

/** How pages name each check status. */
export const LEDGER_CHECK_LABEL: Record<LedgerCheck, string> = {
  confirmed: 'Confirmed',
  differs: 'Differs',
  unverified: 'Unverified',
  unchecked: 'Not checked',
};

/** One quoted figure, with the clip and paragraph it comes from and the archivist's check. */
export interface LedgerRow {
  slug: string;
  clipTitle: string;
  /** The clip's place in the archive's order (newest first), so "by clip" follows the home page. */
  clipOrder: number;
  /** The figure's place in the clip's frontmatter list (1-based). */
  figure: number;
  /** The paragraph holding the quote, or null if it cannot be found (validation prevents that). */
  paragraph: number | null;
  quote: string;
  value: number;
  unit: string;
  counts: string;
  attributedTo: string;
  check: LedgerCheck;
  checkNote: string | null;
  checkSource: string | null;
}

/** The parts of a clip the ledger reads. */
export type LedgerClip = Pick<Clip, 'slug' | 'paragraphs'> & { data: Pick<ClipFrontmatter, 'title' | 'figures'> };

/** Builds the ledger from clips given in archive order. */
export function buildFiguresLedger(clips: readonly LedgerClip[]): LedgerRow[] {
  return clips.flatMap((clip, clipOrder) =>
    clip.data.figures.map((figure, i) => ({
      slug: clip.slug,
      clipTitle: clip.data.title,
      clipOrder,
      figure: i + 1,
      paragraph: findParagraph(clip.paragraphs, figure.quote),
      quote: figure.quote,
      value: figure.value,
      unit: figure.unit,
      counts: figure.counts,
      attributedTo: figure.attributedTo,
      check: figure.check?.status ?? 'unchecked',
      checkNote: figure.check?.note ?? null,
      checkSource: figure.check?.source ?? null,
    })),
  );
}

export const LEDGER_SORTS = ['clip', 'value', 'check'] as const;
export type LedgerSort = (typeof LEDGER_SORTS)[number];
/** Where each order of the ledger lives under /figures/: every order is a static list, so sorting needs no JavaScript. */
export const LEDGER_SORT_PATH: Record<LedgerSort, string> = { clip: '', value: 'by-value/', check: 'by-check/' };
export const LEDGER_SORT_LABEL: Record<LedgerSort, string> = {
  clip: 'by clip',
  value: 'by value',
  check: 'by check status',
};

/** Figures that need a reader's attention first: those found to differ, then the unverified, the unchecked, the confirmed. */
const CHECK_ORDER: Record<LedgerCheck, number> = { differs: 0, unverified: 1, unchecked: 2, confirmed: 3 };

const byClip = (a: LedgerRow, b: LedgerRow) => a.clipOrder - b.clipOrder || a.figure - b.figure;

/** A sorted copy; every order ends on clip and figure so each build lists rows alike. */
export function sortLedger(rows: readonly LedgerRow[], sort: LedgerSort): LedgerRow[] {
  const compare =
    sort === 'value'
      ? (a: LedgerRow, b: LedgerRow) => a.value - b.value || a.unit.localeCompare(b.unit) || byClip(a, b)
      : sort === 'check'
        ? (a: LedgerRow, b: LedgerRow) => CHECK_ORDER[a.check] - CHECK_ORDER[b.check] || byClip(a, b)
        : byClip;
  return [...rows].sort(compare);
}

/** The ledger as CSV (RFC 4180, via csv-stringify), with a header row and absolute links to each paragraph. */
export function ledgerCsv(
  rows: readonly LedgerRow[],
  paragraphUrl: (slug: string, paragraph: number | null) => string,
) {
  return stringify(
    rows.map((row) => [
      row.slug,
      row.clipTitle,
      row.paragraph ?? '',
      row.quote,
      row.value,
      row.unit,
      row.counts,
      row.attributedTo,
      row.check,
      row.checkNote ?? '',
      row.checkSource ?? '',
      paragraphUrl(row.slug, row.paragraph),
    ]),
    {
      header: true,
      columns: [
        'clip',
        'clip_title',
        'paragraph',
        'quote',
        'value',
        'unit',
        'counts',
        'attributed_to',
        'check',
        'check_note',
        'check_source',
        'link',
      ],
    },
  );
}
