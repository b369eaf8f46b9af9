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
  const impossible = impossibleDay(input);
  if (impossible) return { ok: false, error: impossible };
  let value: EdtfValue;
  try {
    value = edtf(input);
  } catch (error) {
    const first = String((error as Error).message ?? error).split('\n')[0] ?? 'unreadable';
    return { ok: false, error: first.trim().replace(/:$/, '') };
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

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * The `edtf` library rolls a day past the end of its month over into the next month (2021-02-29 becomes
 * 1 March 2021); a date the calendar does not have is refused instead, with the reason.
 */
function impossibleDay(input: string): string | null {
  for (const match of input.matchAll(/(?<![\dX])(-?\d{4,})-(\d{2})-(\d{2})(?![\dX])/g)) {
    const [text, year, month, day] = match as unknown as [string, string, string, string];
    const m = Number(month);
    if (m < 1 || m > 12) continue;
    const lastDay = new Date(0);
    lastDay.setUTCFullYear(Number(year), m, 0);
    const days = lastDay.getUTCDate();
    if (Number(day) > days) {
      const leap = m === 2 ? ` (${year} is not a leap year)` : '';
      return `${text} is not a day of the calendar: ${MONTHS[m - 1]} ${year} has ${days} days${leap}`;
    }
  }
  return null;
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

/**
 * How much of a date is known: 1 year, 2 month, 3 day, 0 not even the year. Digits written as X
 * (`2020-XX-XX`) are unspecified, so the precision stops before the first of them.
 */
export function specifiedPrecision(value: EdtfValue): number {
  const precision = value.type === 'Date' ? (value.precision ?? 3) : value.type === 'Year' ? 1 : 0;
  const unspecified = unspecifiedDigits(value);
  if (unspecified & 0b1111) return 0;
  if (unspecified & 0b110000) return Math.min(precision, 1);
  if (unspecified & 0b11000000) return Math.min(precision, 2);
  return precision;
}

function unspecifiedDigits(value: EdtfValue): number {
  const mask = value.unspecified;
  return typeof mask === 'number' ? mask : (mask?.value ?? 0);
}

const UNSPECIFIED_PARTS = ['year partly', 'month and day', 'day'];

function describeSingle(value: EdtfValue, inRange = false): string {
  const when = new Date(value.min);
  const known = specifiedPrecision(value);
  const precision = value.type === 'Date' ? (value.precision ?? 3) : 0;
  let text =
    known === 3
      ? dayMonthYear.format(when)
      : known === 2
        ? monthYear.format(when)
        : known === 1 && value.type === 'Date'
          ? String(when.getUTCFullYear())
          : value.edtf;
  if (value.type === 'Date' && known < precision) {
    // "2020-1X": the month is partly given, so say the range it allows.
    const partly = known === 0 || (unspecifiedDigits(value) & 0b110000) === 0b100000;
    const unit = known === 0 ? 'year' : known === 1 && precision === 2 ? 'month' : UNSPECIFIED_PARTS[known];
    text = partly
      ? `between ${describeBound(value.min, known === 0 ? 1 : 2)} and ${describeBound(value.max, known === 0 ? 1 : 2)}; ${known === 0 ? 'year' : 'month'} partly unspecified`
      : inRange
        ? `${text} (${unit} unspecified)`
        : `in ${text}; ${unit} unspecified`;
  }
  // Inside a range, "about 23 October 2020" reads better than "23 October 2020, approximate".
  const about = inRange && hasFlag(value.approximate) && !hasFlag(value.uncertain);
  const qualifiers = [
    hasFlag(value.approximate) && !about ? 'approximate' : '',
    hasFlag(value.uncertain) ? 'uncertain' : '',
  ].filter(Boolean);
  const said = about ? `about ${text}` : text;
  return qualifiers.length ? `${said}, ${qualifiers.join(' and ')}` : said;
}

function describeBound(instant: number, precision: number): string {
  const when = new Date(instant);
  return precision === 1 ? String(when.getUTCFullYear()) : monthYear.format(when);
}

/** A fully given day, perhaps approximate ("2017-03-24~"), not uncertain. */
function isDay(value: EdtfValue | null | undefined | number): value is EdtfValue {
  return (
    typeof value === 'object' &&
    value !== null &&
    value.type === 'Date' &&
    value.precision === 3 &&
    specifiedPrecision(value) === 3 &&
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
  if (lowerKnown && !upperKnown) return `on or after ${describeSingle(lower, true)}`;
  if (!lowerKnown && upperKnown) return `on or before ${describeSingle(upper, true)}`;
  if (!lowerKnown || !upperKnown) return 'date unknown';
  if (isDay(lower) && isDay(upper)) {
    const a = new Date(lower.min);
    const b = new Date(upper.min);
    const [aboutA, aboutB] = [lower, upper].map((end) => (hasFlag(end.approximate) ? 'about ' : ''));
    if (a.getUTCFullYear() === b.getUTCFullYear()) {
      if (a.getUTCMonth() === b.getUTCMonth()) {
        // The research's own wording for two approximate ends: "about 24–31 March 2017".
        if (aboutA && aboutB) return `about ${a.getUTCDate()}–${b.getUTCDate()} ${monthYear.format(b)}`;
        return `between ${aboutA}${a.getUTCDate()} and ${aboutB}${b.getUTCDate()} ${monthYear.format(b)}`;
      }
      return `between ${aboutA}${a.getUTCDate()} ${monthName.format(a)} and ${aboutB}${dayMonthYear.format(b)}`;
    }
  }
  return `between ${describeSingle(lower, true)} and ${describeSingle(upper, true)}`;
}
