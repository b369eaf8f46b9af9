import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import edtf, { type EdtfValue } from 'edtf';
import type { Clip } from '../archive/clip.ts';
import type { ClipFrontmatter } from '../../schema/clip.ts';
import { MONTHS, specifiedPrecision } from '../text/edtf-date.ts';
import { readCitationStyle } from './citation-styles.ts';

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
  /** When the archive added the clip: the day its copy was taken in, given as the access date of the archived page. */
  accessed?: { 'date-parts': [number[]] };
  note?: string;
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

/** The parts of a clip its citation is made from. */
export type CitableClip = Pick<Clip, 'slug' | 'url'> & {
  data: Pick<ClipFrontmatter, 'title' | 'date' | 'outlet' | 'originalOutlet' | 'originalDate' | 'accessioned'> & {
    author: Pick<NonNullable<ClipFrontmatter['author']>, 'name' | 'pseudonym'> | null;
    source: { url: string | null; copies?: readonly { url: string; outlet?: string | undefined }[] };
  };
  outlet: { name: string } | null;
  originalOutlet: { name: string } | null;
};

type OutletIds = Pick<ClipFrontmatter, 'outlet' | 'originalOutlet'>;

/** A text the clip's outlet took from another outlet: it is cited as the outlet's, with the original named. */
export function isRepublication(data: OutletIds): boolean {
  return Boolean(data.outlet && data.originalOutlet && data.outlet !== data.originalOutlet);
}

/**
 * The URL of the text the citation names: for a republication, the copy at the clip's outlet (the source URL is
 * the original's); otherwise the source URL.
 */
export function citedUrl(data: OutletIds & Pick<CitableClip['data'], 'source'>): string | null {
  if (!isRepublication(data)) return data.source.url;
  return data.source.copies?.find((copy) => copy.outlet === data.outlet)?.url ?? null;
}

/** The clip's CSL-JSON record; the archive's page is its `archive_location`. */
export function clipCslRecord(clip: CitableClip, archiveName: string): CslRecord {
  const { data } = clip;
  const parts = knownDateParts(data.date);
  const outletName = clip.outlet?.name ?? null;
  const originalOutletName = clip.originalOutlet?.name ?? null;
  const container = outletName ?? originalOutletName;
  const url = citedUrl(data);
  const record: CslRecord = {
    id: clip.slug,
    type: 'article-newspaper',
    title: data.title,
    archive: archiveName,
    archive_location: clip.url,
  };
  if (container) record['container-title'] = container;
  if (data.author) record.author = [cslName(data.author)];
  if (parts) record.issued = cslDate(data.date, parts);
  if (url) record.URL = url;
  if (data.accessioned) record.accessed = { 'date-parts': [data.accessioned.split('-').map(Number)] };
  if (originalOutletName && outletName && originalOutletName !== outletName) {
    // The republication is cited with its own date (none when unknown); the original keeps its own.
    record['original-publisher'] = originalOutletName;
    const originalDate = isRepublication(data) ? (data.originalDate ?? null) : null;
    const originalParts = originalDate ? knownDateParts(originalDate) : null;
    if (originalParts) record['original-date'] = cslDate(originalDate!, originalParts);
    const when = originalParts ? `, ${datePartsInWords(originalParts)}` : '';
    record.note = `Originally published by ${originalOutletName}${when}.`;
  }
  return record;
}

// An approximate or uncertain EDTF date (2018-12~) stays marked as such in the record.
function cslDate(edtfText: string, parts: number[]): NonNullable<CslRecord['issued']> {
  return /[~?%]/.test(edtfText) ? { 'date-parts': [parts], circa: true } : { 'date-parts': [parts] };
}

/** [2020, 9] -> "September 2020"; [2020, 9, 29] -> "29 September 2020". */
function datePartsInWords([year, month, day]: number[]): string {
  return [day, month ? MONTHS[month - 1] : undefined, year].filter((p) => p !== undefined).join(' ');
}

const STYLE_NAMES = { chicago: 'news-clip-archive-chicago', apa: 'news-clip-archive-apa' } as const;
const styles = plugins.config.get('@csl').styles;
if (!styles.has(STYLE_NAMES.chicago)) styles.add(STYLE_NAMES.chicago, readCitationStyle('chicago-newspaper.csl'));
if (!styles.has(STYLE_NAMES.apa)) styles.add(STYLE_NAMES.apa, readCitationStyle('apa-newspaper.csl'));

export type CitationStyle = 'chicago' | 'apa';

/** A formatted bibliography entry, as plain text or as HTML (citeproc escapes the record's text). */
export function formatCitation(record: CslRecord, style: CitationStyle, format: 'text' | 'html' = 'text'): string {
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

/** Each record's entries in every style, as HTML (run in a worker thread by a large build; see citations-ahead.ts). */
export function formatCitationsAhead(records: readonly CslRecord[]): Record<CitationStyle, string>[] {
  return records.map((record) => ({
    chicago: formatCitation(record, 'chicago', 'html'),
    apa: formatCitation(record, 'apa', 'html'),
  }));
}

export function toCslJson(record: CslRecord): string {
  return `${JSON.stringify([record], null, 2)}\n`;
}

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * BibTeX from citation-js's field mapping, corrected where it is not valid or loses the archive: the key is the
 * clip's slug; the month is a BibTeX month macro (citation-js writes "feb 3") with the day in biblatex's `day`;
 * `howpublished` and `note` name the archived page, and `urldate` (biblatex) its access date, the accession day.
 */
export function toBibTeX(record: CslRecord): string {
  const text = (plugins.output.format('bibtex', [record]) as string).trim();
  const type = /^@(\w+)\{/.exec(text)?.[1] ?? 'article';
  const fields = new Map<string, string>();
  for (const match of text.matchAll(/^\t(\w+) = \{(.*)\},$/gm)) fields.set(match[1]!, match[2]!);
  const issued = record.issued?.['date-parts'][0] ?? [];
  fields.delete('month');
  const accessed = record.accessed?.['date-parts'][0];
  const accessedIso = accessed?.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-');
  const notes = [
    record.note,
    `Archived by ${record.archive} at \\url{${record.archive_location}}${accessedIso ? `, added ${accessedIso}` : ''}.`,
  ].filter(Boolean);
  fields.set('note', notes.join(' '));
  fields.set('howpublished', `\\url{${record.archive_location}}`);
  if (!fields.has('url')) fields.set('url', record.archive_location);
  if (accessedIso) fields.set('urldate', accessedIso);
  const lines = [...fields].map(([name, value]) => `\t${name} = {${value}},`);
  if (issued[1]) lines.push(`\tmonth = ${BIBTEX_MONTHS[issued[1] - 1]},`);
  if (issued[2]) lines.push(`\tday = {${issued[2]}},`);
  return `@${type}{${record.id},\n${lines.join('\n')}\n}\n`;
}

/**
 * RIS from citation-js's field mapping. The lines are joined here because citation-js hard-wraps values at 70
 * characters, which splits long titles mid-word for readers (its own parser included) that do not join lines.
 */
export function toRis(record: CslRecord): string {
  const entries = plugins.output.format('ris', [record], { format: 'object' }) as Record<string, unknown>[];
  // One record in, one entry out.
  return entries
    .slice(0, 1)
    .map((entry) => {
      // The whole slug as ID (citation-js cuts it to 20 characters); the archived page as the full text (L2) and,
      // when the original's address is unknown, as the URL; its access date (Y2) is the accession day.
      const lines = [`TY  - ${String(entry.TY)}`, `ID  - ${record.id}`];
      for (const [tag, value] of Object.entries(entry)) {
        if (tag === 'TY' || tag === 'ID') continue;
        for (const item of ([] as unknown[]).concat(value)) lines.push(`${tag}  - ${String(item)}`);
      }
      if (!entry.UR) lines.push(`UR  - ${record.archive_location}`);
      lines.push(`L2  - ${record.archive_location}`, `DB  - ${record.archive}`);
      lines.push('ER  - ');
      return `${lines.join('\n')}\n`;
    })
    .join('');
}
