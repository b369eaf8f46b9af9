import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import edtf, { type EdtfValue } from 'edtf';
import { buildHandOver } from '../site/build-hand-over.ts';
import { specifiedPrecision } from '../text/edtf-date.ts';
import { APA_NEWSPAPER_CSL } from './apa-newspaper-csl.ts';
import { CHICAGO_NEWSPAPER_CSL } from './chicago-newspaper-csl.ts';

// The formatters are called directly on the CSL-JSON record: `new Cite(...)` would re-parse and normalise a record
// that is already CSL-JSON, which doubled the cost of every citation at thousands of clips.

/** The part of CSL-JSON the archive writes: one record per clip, the source of every citation format. */
export interface CslRecord {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title'?: string;
  author?: { family?: string; given?: string; literal?: string }[];
  issued?: { 'date-parts': [number[]]; circa?: boolean };
  'original-date'?: { 'date-parts': [number[]]; circa?: boolean };
  'original-publisher'?: string;
  URL?: string;
  archive: string;
  archive_location: string;
  note?: string;
}

export interface CitationInput {
  slug: string;
  title: string;
  /** Outlet the text was captured from; when unknown, the outlet that first published it. */
  outletName: string | null;
  originalOutletName: string | null;
  author: { name: string; pseudonym: boolean } | null;
  /** EDTF date of the text as the named outlet published it. */
  date: string;
  /** For a republication: EDTF date of the original, when known. */
  originalDate: string | null;
  /** URL of the text as the named outlet published it, when known. */
  url: string | null;
  /** Absolute URL of the clip's page in the archive. */
  pageUrl: string;
  archiveName: string;
}

function dateParts(value: EdtfValue): number[] {
  const when = new Date(value.min);
  const parts = [when.getUTCFullYear(), when.getUTCMonth() + 1, when.getUTCDate()];
  // Unspecified digits (2020-XX-XX) are cited at the precision that is known: 2020.
  return parts.slice(0, specifiedPrecision(value));
}

/**
 * The part of an EDTF date that is certain, as [year, month?, day?]: a range keeps what its two ends share
 * ("2020-01-21/2020-01-31" gives [2020, 1]); an open range, a season or a set gives null. Never a made-up day.
 */
export function knownDateParts(input: string): number[] | null {
  // EDTF parsing (an Earley parser) is slow; each clip's date is asked for by several pages and files.
  if (!knownPartsCache.has(input)) knownPartsCache.set(input, computeKnownDateParts(input));
  const parts = knownPartsCache.get(input)!;
  return parts && [...parts];
}

const knownPartsCache = new Map<string, number[] | null>();

function computeKnownDateParts(input: string): number[] | null {
  const value = edtf(input);
  if (value.type === 'Interval') {
    const { lower, upper } = value;
    if (typeof lower !== 'object' || lower === null || typeof upper !== 'object' || upper === null) return null;
    const a = dateParts(lower);
    const b = dateParts(upper);
    const shared: number[] = [];
    for (let i = 0; i < Math.min(a.length, b.length) && a[i] === b[i]; i += 1) shared.push(a[i]!);
    return shared.length ? shared : null;
  }
  const parts = dateParts(value);
  return parts.length ? parts : null;
}

/** "2020", "2020-01" or "2020-01-21": the known part of a date as ISO 8601 text (for meta tags and JSON-LD). */
export function knownIsoDate(input: string): string | null {
  const parts = knownDateParts(input);
  return parts ? parts.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0'))).join('-') : null;
}

/** A person's name split for CSL ("Jane Doe" -> Doe, Jane); pseudonyms and single names stay literal. */
function cslName(author: { name: string; pseudonym: boolean }): NonNullable<CslRecord['author']>[number] {
  const words = author.name.trim().split(/\s+/);
  if (author.pseudonym || words.length < 2) return { literal: author.name };
  return { family: words.at(-1)!, given: words.slice(0, -1).join(' ') };
}

/** What a clip's frontmatter contributes to its citation. */
export interface CitableClip {
  title: string;
  outlet: string | null;
  originalOutlet: string | null;
  author: { name: string; pseudonym: boolean } | null;
  date: string;
  originalDate?: string | undefined;
  source: { url: string | null; copies?: readonly { url: string; outlet?: string | undefined }[] };
}

/** A text the clip's outlet took from another outlet: it is cited as the outlet's, with the original named. */
export function isRepublication(clip: Pick<CitableClip, 'outlet' | 'originalOutlet'>): boolean {
  return Boolean(clip.outlet && clip.originalOutlet && clip.outlet !== clip.originalOutlet);
}

/**
 * The URL of the text the citation names: for a republication, the copy at the clip's outlet (the source URL is
 * the original's); otherwise the source URL.
 */
export function citedUrl(clip: Pick<CitableClip, 'outlet' | 'originalOutlet' | 'source'>): string | null {
  if (!isRepublication(clip)) return clip.source.url;
  return clip.source.copies?.find((copy) => copy.outlet === clip.outlet)?.url ?? null;
}

/** The citation input of a clip: its frontmatter, its outlets' names, its page in the archive. */
export function clipCitationInput(
  slug: string,
  clip: CitableClip,
  outletName: (id: string) => string | undefined,
  pageUrl: string,
  archiveName: string,
): CitationInput {
  return {
    slug,
    title: clip.title,
    outletName: (clip.outlet && outletName(clip.outlet)) ?? null,
    originalOutletName: (clip.originalOutlet && outletName(clip.originalOutlet)) ?? null,
    author: clip.author,
    date: clip.date,
    originalDate: isRepublication(clip) ? (clip.originalDate ?? null) : null,
    url: citedUrl(clip),
    pageUrl,
    archiveName,
  };
}

export function clipCslRecord(input: CitationInput): CslRecord {
  const parts = knownDateParts(input.date);
  const container = input.outletName ?? input.originalOutletName;
  const record: CslRecord = {
    id: input.slug,
    type: 'article-newspaper',
    title: input.title,
    archive: input.archiveName,
    archive_location: input.pageUrl,
  };
  if (container) record['container-title'] = container;
  if (input.author) record.author = [cslName(input.author)];
  if (parts) record.issued = cslDate(input.date, parts);
  if (input.url) record.URL = input.url;
  if (input.originalOutletName && input.outletName && input.originalOutletName !== input.outletName) {
    // The republication is cited with its own date (none when unknown); the original keeps its own.
    record['original-publisher'] = input.originalOutletName;
    const originalParts = input.originalDate ? knownDateParts(input.originalDate) : null;
    if (originalParts) record['original-date'] = cslDate(input.originalDate!, originalParts);
    const when = originalParts ? `, ${datePartsInWords(originalParts)}` : '';
    record.note = `Originally published by ${input.originalOutletName}${when}.`;
  }
  return record;
}

// An approximate or uncertain EDTF date (2018-12~) stays marked as such in the record.
function cslDate(edtfText: string, parts: number[]): NonNullable<CslRecord['issued']> {
  return /[~?%]/.test(edtfText) ? { 'date-parts': [parts], circa: true } : { 'date-parts': [parts] };
}

const MONTH_NAMES = [
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

/** [2020, 9] -> "September 2020"; [2020, 9, 29] -> "29 September 2020". */
function datePartsInWords([year, month, day]: number[]): string {
  return [day, month ? MONTH_NAMES[month - 1] : undefined, year].filter((p) => p !== undefined).join(' ');
}

const STYLE_NAMES = { chicago: 'news-clip-archive-chicago', apa: 'news-clip-archive-apa' } as const;
const styles = plugins.config.get('@csl').styles;
if (!styles.has(STYLE_NAMES.chicago)) styles.add(STYLE_NAMES.chicago, CHICAGO_NEWSPAPER_CSL);
if (!styles.has(STYLE_NAMES.apa)) styles.add(STYLE_NAMES.apa, APA_NEWSPAPER_CSL);

export type CitationStyle = 'chicago' | 'apa';

/** A formatted bibliography entry, as plain text or as HTML (citeproc escapes the record's text). */
export function formatCitation(record: CslRecord, style: CitationStyle, format: 'text' | 'html' = 'text'): string {
  return handedOver().formatted.get(citationKey(record, style, format)) ?? formatUncached(record, style, format);
}

function formatUncached(record: CslRecord, style: CitationStyle, format: 'text' | 'html'): string {
  const output = plugins.output.format('bibliography', [record], {
    format,
    template: STYLE_NAMES[style],
    lang: 'en-US',
  }) as string;
  if (format === 'text') return output.trim();
  // Keep only the entry's content: the page supplies its own block around it.
  const entry = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(output);
  return (entry?.[1] ?? output).trim();
}

// citeproc is the costliest step of a clip page (about 1 ms a style). A large build formats every clip's citations
// ahead, in a worker thread, while Astro is busy with other work, and hands them over here. The key is the whole
// record, so a page whose record differs in any way formats its own.

interface CitationHandOver {
  formatted: Map<string, string>;
  pending: Promise<unknown>[];
}

function handedOver(): CitationHandOver {
  return buildHandOver<CitationHandOver>('formatted-citations', () => ({ formatted: new Map(), pending: [] }));
}

export type FormattedCitation = [key: string, text: string];

function citationKey(record: CslRecord, style: CitationStyle, format: 'text' | 'html'): string {
  return `${style}\u0000${format}\u0000${JSON.stringify(record)}`;
}

/** Formats records in every style, as hand-over entries (run in a worker thread by the build). */
export function formatCitationsAhead(
  records: readonly CslRecord[],
  styleList: readonly CitationStyle[] = ['chicago', 'apa'],
  format: 'text' | 'html' = 'html',
): FormattedCitation[] {
  return records.flatMap((record) =>
    styleList.map((style): FormattedCitation => [
      citationKey(record, style, format),
      formatUncached(record, style, format),
    ]),
  );
}

/** Registers citations being formatted ahead; `formatCitation` uses them once `citationsHandedOver()` resolves. */
export function handOverCitations(entries: Promise<FormattedCitation[]>): void {
  const registry = handedOver();
  registry.pending.push(
    entries.then(
      (list) => {
        for (const [key, text] of list) registry.formatted.set(key, text);
      },
      // A failed worker only costs time: every page can format its own citations.
      () => undefined,
    ),
  );
}

/** Resolves when the citations handed over so far are ready. */
export async function citationsHandedOver(): Promise<void> {
  await Promise.all(handedOver().pending);
}

export function toCslJson(record: CslRecord): string {
  return `${JSON.stringify([record], null, 2)}\n`;
}

export function toBibTeX(record: CslRecord): string {
  return `${(plugins.output.format('bibtex', [record]) as string).trim()}\n`;
}

/**
 * RIS from citation-js's field mapping. The lines are joined here because citation-js hard-wraps values at 70
 * characters, which splits long titles mid-word for readers (its own parser included) that do not join lines.
 */
export function toRis(record: CslRecord): string {
  const entries = plugins.output.format('ris', [record], { format: 'object' }) as Record<string, unknown>[];
  return entries
    .map((entry) => {
      const lines = [`TY  - ${String(entry.TY)}`];
      for (const [tag, value] of Object.entries(entry)) {
        if (tag === 'TY') continue;
        for (const item of ([] as unknown[]).concat(value)) lines.push(`${tag}  - ${String(item)}`);
      }
      lines.push('ER  - ');
      return `${lines.join('\n')}\n`;
    })
    .join('');
}
