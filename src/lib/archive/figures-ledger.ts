import { figureAmount } from './figure-amount.ts';
import { stringify } from 'csv-stringify/sync';
import type { ClipFrontmatter } from '../../schema/clip.ts';
import type { FigureCheckStatus } from '../../schema/figure.ts';
import { findParagraph } from '../text/clip-body.ts';
import { rowsOfClips } from './clip-rows.ts';
import { describeEdtfDate, requireEdtfDate } from '../text/edtf-date.ts';
import type { Clip } from './clip.ts';

/** The archivist's check of a figure, as the schema names it, or none yet. */
export type LedgerCheck = FigureCheckStatus | 'unchecked';

/** How pages name each check status. */
export const LEDGER_CHECK_LABEL: Record<LedgerCheck, string> = {
  confirmed: 'Confirmed',
  matches: 'Matches its source',
  consistent: 'Consistent',
  plausible: 'Plausible',
  unverified: 'Unverified',
  unsupported: 'Unsupported',
  differs: 'Differs',
  misattributed: 'Misattributed',
  unchecked: 'Not checked',
};

/** What each check status means, strongest first, for the About page. */
export const LEDGER_CHECK_MEANING: Record<LedgerCheck, string> = {
  confirmed: 'an outside source gives the same figure or date.',
  matches:
    'the figure agrees with the source the text draws on (for example, the report it summarises); that source itself was not checked further.',
  consistent: 'it agrees with what is known, though no source gives exactly this figure.',
  plausible: 'it is likely, but could not be verified precisely.',
  unverified: 'no source could confirm or refute it.',
  unsupported: 'no source is given, and what was found does not support it.',
  differs: 'the source gives a different figure, or says something different about it; the note says how.',
  misattributed: 'the words are credited to someone with no reliable record of saying them.',
  unchecked: 'no check has been made.',
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
  /** Null when the quote names no single number (a date cue such as "Jan. 17", a frequency such as "daily"). */
  value: number | null;
  unit: string | null;
  /** For a date cue, the EDTF date or period it points to. */
  refersTo: string | null;
  /** The value as pages show it: "158,581 arrests", "17 January 2020", or "—". */
  valueInWords: string;
  counts: string;
  attributedTo: string;
  check: LedgerCheck;
  checkNote: string | null;
  checkSource: string | null;
}

/** The id of a figure's row in its clip's table of figures quoted (1-based, frontmatter order). */
export function figureRowAnchor(figure: number): string {
  return `figure-${figure}`;
}

/** The id of the place in the clip's text where a figure is quoted. */
export function figureTextAnchor(figure: number): string {
  return `figure-ref-${figure}`;
}

/** The parts of a clip the ledger reads. */
export type LedgerClip = Pick<Clip, 'slug' | 'paragraphs'> & { data: Pick<ClipFrontmatter, 'title' | 'figures'> };

function valueInWords(figure: LedgerClip['data']['figures'][number]): string {
  if (figure.value !== null) return figureAmount(figure.value, figure.unit ?? '');
  return figure.refersTo ? describeEdtfDate(figure.refersTo) : '—';
}

/** Builds the ledger from clips given in archive order. */
export function buildFiguresLedger(clips: readonly LedgerClip[]): LedgerRow[] {
  return rowsOfClips(
    clips,
    (clip) => clip.data.figures,
    (figure, number, clip) => ({
      figure: number,
      paragraph: findParagraph(clip.paragraphs, figure.quote),
      quote: figure.quote,
      value: figure.value,
      unit: figure.unit,
      refersTo: figure.refersTo ?? null,
      valueInWords: valueInWords(figure),
      counts: figure.counts,
      attributedTo: figure.attributedTo,
      check: figure.check?.status ?? 'unchecked',
      checkNote: figure.check?.note ?? null,
      checkSource: figure.check?.source ?? null,
    }),
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

/** Figures that need a reader's attention first: the weakest evidence first, the confirmed last. */
const CHECK_ORDER: Record<LedgerCheck, number> = {
  misattributed: 0,
  differs: 1,
  unsupported: 2,
  unverified: 3,
  unchecked: 4,
  plausible: 5,
  consistent: 6,
  matches: 7,
  confirmed: 8,
};

/** Numbers in order, then date cues by the date they point to, then quotes with neither. */
function compareValues(a: LedgerRow, b: LedgerRow): number {
  const rank = (r: LedgerRow) => (r.value !== null ? 0 : r.refersTo !== null ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (a.value !== null && b.value !== null) return a.value - b.value || (a.unit ?? '').localeCompare(b.unit ?? '');
  if (a.refersTo !== null && b.refersTo !== null) {
    const start = (edtf: string) => requireEdtfDate(edtf).earliest ?? Number.NEGATIVE_INFINITY;
    return start(a.refersTo) - start(b.refersTo);
  }
  return 0;
}

const byClip = (a: LedgerRow, b: LedgerRow) => a.clipOrder - b.clipOrder || a.figure - b.figure;

/** A sorted copy; every order ends on clip and figure so each build lists rows alike. */
export function sortLedger(rows: readonly LedgerRow[], sort: LedgerSort): LedgerRow[] {
  const compare =
    sort === 'value'
      ? (a: LedgerRow, b: LedgerRow) => compareValues(a, b) || byClip(a, b)
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
      row.value ?? '',
      row.unit ?? '',
      row.refersTo ?? '',
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
        'refers_to',
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
