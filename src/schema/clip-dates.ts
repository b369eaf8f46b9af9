import type { z } from 'astro/zod';
import { parseEdtfDate, type EdtfDate } from '../lib/text/edtf-date.ts';

/** The date fields of a clip that the rules below compare. */
export interface ClipDates {
  date: string;
  originalDate?: string | undefined;
  originalOutlet?: string | null | undefined;
  originalDateKnown?: unknown;
  dateException?: string | undefined;
  source: { capture: { captured?: string | null | undefined } };
}

const YEAR_ONE = (() => {
  const d = new Date(0);
  d.setUTCFullYear(1, 0, 1);
  return d.getTime();
})();

const parsed = (value: string | null | undefined): EdtfDate | null => {
  if (!value) return null;
  const result = parseEdtfDate(value);
  return result.ok ? result.date : null;
};

const day = (instant: number) => new Date(instant).toISOString().slice(0, 10);

/**
 * Dates an archive of news cannot hold without a reason: a year before 1 (a typo such as -0500 for 0500, or
 * 2020 typed as -2020), a publication that begins after the capture was taken (or after today when the capture
 * has no date), and a republication earlier than its original. `dateException` is where a clip says why such a
 * date is right after all. Also: `originalDate` belongs to republications and says how it is known.
 */
export function checkClipDates(clip: ClipDates, ctx: z.RefinementCtx, now = Date.now()): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const date = parsed(clip.date);
  const original = parsed(clip.originalDate);
  const captured = parsed(clip.source.capture.captured);
  const excused = Boolean(clip.dateException);

  if (clip.originalDate !== undefined && !clip.originalOutlet) {
    issue(
      ['originalDate'],
      'originalDate is the date of the original text. Name the original in originalOutlet, or remove originalDate.',
    );
  }
  if (clip.originalDate !== undefined && clip.originalDateKnown === undefined) {
    issue(['originalDateKnown'], 'Say how the original’s date is known: originalDateKnown with basis and evidence.');
  }
  const checks: [string, EdtfDate | null][] = [
    ['date', date],
    ['originalDate', original],
  ];
  for (const [field, value] of checks) {
    // XXXX (year unspecified) is how a clip says the date is not known: it has no bounds to check.
    const raw = field === 'date' ? clip.date : clip.originalDate;
    if (!value || excused || /^X{4}/.test(raw ?? '')) continue;
    const earliest = value.earliest ?? value.latest;
    if (earliest !== null && earliest < YEAR_ONE) {
      issue(
        [field],
        `"${field === 'date' ? clip.date : clip.originalDate}" is a year before 1 (a negative year). Write the year with four digits, e.g. 0500 or 2020; if the date is right, say why in dateException.`,
      );
      continue;
    }
    // The capture shows the text existed by then; with no capture date, today is the limit.
    const limit = captured?.latest ?? captured?.earliest ?? now;
    const limitWords = captured ? `the capture (${clip.source.capture.captured})` : `today (${day(now)})`;
    if (value.earliest !== null && value.earliest > limit) {
      issue(
        [field],
        `"${field === 'date' ? clip.date : clip.originalDate}" begins after ${limitWords}: a text cannot be published after it was captured. Give the date the text was published; if this date is right, say why in dateException.`,
      );
    }
  }
  if (captured && !excused && captured.earliest !== null && captured.earliest > now) {
    issue(
      ['source', 'capture', 'captured'],
      `"${clip.source.capture.captured}" is in the future (today is ${day(now)}). Give the date the capture was taken.`,
    );
  }
  if (
    date &&
    original &&
    !excused &&
    date.latest !== null &&
    original.earliest !== null &&
    date.latest < original.earliest
  ) {
    issue(
      ['date'],
      `"${clip.date}" ends before the original was published ("${clip.originalDate}"). Give the republication’s own date (or a range from the original’s date, e.g. ${clip.originalDate?.split('/')[0]}/..), or say why in dateException.`,
    );
  }
}
