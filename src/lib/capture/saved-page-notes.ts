import type { Stated } from './page-metadata.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** What a browser or SingleFile wrote into a saved page about where and when it was saved. */
export interface SavedPageNotes {
  tool: 'SingleFile' | 'browser' | null;
  url: Stated | null;
  saved: Stated | null;
}

/**
 * Reads the comments saving tools leave at the top of a page: SingleFile's `url:` and `saved date:` lines, and the
 * `<!-- saved from url=(NNNN)… -->` mark that browsers write on "Save Page As".
 */
export function readSavedPageNotes(html: string): SavedPageNotes {
  const head = html.slice(0, 4096);
  const singleFile = /<!--\s*Page saved with SingleFile([\s\S]*?)-->/i.exec(head);
  if (singleFile) {
    const block = singleFile[1]!;
    const url = /^\s*url:\s*(\S+)/m.exec(block)?.[1] ?? null;
    const savedLine = /^\s*saved date:\s*(.+)$/m.exec(block)?.[1]?.trim() ?? null;
    const day = savedLine ? dayOfDateString(savedLine) : null;
    return {
      tool: 'SingleFile',
      url: url ? { value: url, evidence: 'the `url:` line of the SingleFile comment at the top of the capture' } : null,
      saved: day
        ? { value: day, evidence: `the \`saved date:\` line of the SingleFile comment ("${savedLine}")` }
        : null,
    };
  }
  const mark = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(head);
  if (mark) {
    return {
      tool: 'browser',
      url: { value: mark[1]!, evidence: 'the `<!-- saved from url=… -->` mark the browser wrote when saving the page' },
      saved: null,
    };
  }
  return { tool: null, url: null, saved: null };
}

/** "Wed Nov 25 2026 10:02:11 GMT+0100 (…)" -> 2026-11-25, the day as written (in the saver's own time zone). */
function dayOfDateString(value: string): string | null {
  const match = /\b([A-Z][a-z]{2})[a-z]* (\d{1,2}),? (\d{4})\b/.exec(value) ?? null;
  if (!match) return null;
  const month = MONTHS.indexOf(match[1]!.toLowerCase());
  if (month < 0) return null;
  return `${match[3]}-${String(month + 1).padStart(2, '0')}-${match[2]!.padStart(2, '0')}`;
}

/**
 * An EDTF date at the precision a stated date string gives: "2019-03-14T17:42:00-05:00" -> 2019-03-14 (the day
 * as written, in the publisher's time zone), "2019-03" -> 2019-03, "2019/11/03" (citation_* style) ->
 * 2019-11-03. Returns null for anything else.
 */
export function statedDateToEdtf(value: string): string | null {
  const match = /^(\d{4})(?:[-/](\d{2})(?:[-/](\d{2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (!match) return null;
  return [match[1], match[2], match[3]].filter(Boolean).join('-');
}

/** A stated language as a canonical BCP 47 tag (`en_US` -> `en-US`), or null when it is not one. */
export function statedLanguageTag(value: string): string | null {
  try {
    return Intl.getCanonicalLocales(value.trim().replace(/_/g, '-'))[0] ?? null;
  } catch {
    return null;
  }
}
