import edtf, { type EdtfValue } from 'edtf';

/** A parsed EDTF date: the original string, its earliest and latest instants, and how to say it. */
export interface EdtfDate {
  edtf: string;
  /** Earliest instant the date allows (ms since epoch, UTC); null when the start is open. */
  earliest: number | null;
  /** Latest instant the date allows; null when the end is open. */
  latest: number | null;
  /** Year used to group clips (the earliest year, or the latest when the start is open). */
  year: number | null;
}

export type EdtfParseResult = { ok: true; date: EdtfDate } | { ok: false; error: string };

// The `edtf` library builds an Earley parser on every call (about 1 ms); a build asks for each clip's date several
// times (schema, archive, pages, citations) and many clips share a date, so results are kept. They are immutable.
const parsedDates = new Map<string, EdtfParseResult>();

/** Parses an EDTF string with the `edtf` library; the error is its first line, not the full grammar dump. */
export function parseEdtfDate(input: string): EdtfParseResult {
  let result = parsedDates.get(input);
  if (!result) {
    result = Object.freeze(parseUncached(input));
    if (result.ok) Object.freeze(result.date);
    parsedDates.set(input, result);
  }
  return result;
}

function parseUncached(input: string): EdtfParseResult {
  let value: EdtfValue;
  try {
    value = edtf(input);
  } catch (error) {
    const first = String((error as Error).message ?? error).split('\n')[0] ?? 'unreadable';
    return { ok: false, error: first.trim() };
  }
  const earliest = Number.isFinite(value.min) ? value.min : null;
  const latest = Number.isFinite(value.max) ? value.max : null;
  const anchor = earliest ?? latest;
  return {
    ok: true,
    date: {
      edtf: value.edtf,
      earliest,
      latest,
      year: anchor === null ? null : new Date(anchor).getUTCFullYear(),
    },
  };
}

/** Parses a date the schema has already accepted; throws if it has not. */
export function requireEdtfDate(input: string): EdtfDate {
  const result = parseEdtfDate(input);
  if (!result.ok) throw new Error(`Invalid EDTF date "${input}": ${result.error}`);
  return result.date;
}

const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayMonthYear = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

function hasFlag(flag: EdtfValue['approximate']): boolean {
  if (typeof flag === 'boolean') return flag;
  return Boolean(flag && flag.value > 0);
}

function describeSingle(value: EdtfValue): string {
  const when = new Date(value.min);
  const text =
    value.precision === 3
      ? dayMonthYear.format(when)
      : value.precision === 2
        ? monthYear.format(when)
        : value.type === 'Date' && value.precision === 1
          ? String(when.getUTCFullYear())
          : value.edtf;
  const qualifiers = [
    hasFlag(value.approximate) ? 'approximate' : '',
    hasFlag(value.uncertain) ? 'uncertain' : '',
  ].filter(Boolean);
  return qualifiers.length ? `${text}, ${qualifiers.join(' and ')}` : text;
}

function isPlainDay(value: EdtfValue | null | undefined | number): value is EdtfValue {
  return (
    typeof value === 'object' &&
    value !== null &&
    value.type === 'Date' &&
    value.precision === 3 &&
    !hasFlag(value.approximate) &&
    !hasFlag(value.uncertain)
  );
}

/** Says an EDTF date in words: "between 21 and 26 January 2020", "December 2018, approximate", "on or after 23 October 2020". */
export function describeEdtfDate(input: string): string {
  let words = describedDates.get(input);
  if (words === undefined) {
    words = describeUncached(input);
    describedDates.set(input, words);
  }
  return words;
}

const describedDates = new Map<string, string>();

function describeUncached(input: string): string {
  const value = edtf(input);
  if (value.type !== 'Interval') return describeSingle(value);
  const lower = value.lower;
  const upper = value.upper;
  const lowerKnown = typeof lower === 'object' && lower !== null;
  const upperKnown = typeof upper === 'object' && upper !== null;
  if (lowerKnown && !upperKnown) return `on or after ${describeSingle(lower)}`;
  if (!lowerKnown && upperKnown) return `on or before ${describeSingle(upper)}`;
  if (!lowerKnown || !upperKnown) return 'date unknown';
  if (isPlainDay(lower) && isPlainDay(upper)) {
    const a = new Date(lower.min);
    const b = new Date(upper.min);
    if (a.getUTCFullYear() === b.getUTCFullYear()) {
      if (a.getUTCMonth() === b.getUTCMonth()) {
        return `between ${a.getUTCDate()} and ${b.getUTCDate()} ${monthYear.format(b)}`;
      }
      return `between ${a.getUTCDate()} ${monthName.format(a)} and ${dayMonthYear.format(b)}`;
    }
  }
  return `between ${describeSingle(lower)} and ${describeSingle(upper)}`;
}
