import { jsonLines, shardByYear, type BulkShard } from '../lib/archive/bulk-shards.ts';
import { ledgerCsv, type LedgerRow } from '../lib/archive/figures-ledger.ts';
import { noteAnchor } from '../lib/archive/notes-index.ts';
import { clipUrl, paragraphPath } from '../lib/site/site-urls.ts';
import type { Clip } from '../lib/archive/clip.ts';
import { loadArchive } from './archive.ts';

/** One file of bulk data and how to write it. */
export interface BulkFile {
  kind: 'clips' | 'figures';
  shard: BulkShard<Clip> | BulkShard<LedgerRow>;
  contentType: string;
  render: () => string;
}

let planning: Promise<BulkFile[]> | undefined;

/**
 * The archive's bulk data: every clip's metadata as JSON Lines and the figures ledger as CSV, each in files by year
 * of publication (under 8 MB each), so that no download grows with the archive.
 */
export function loadBulkData(): Promise<BulkFile[]> {
  planning ??= plan();
  return planning;
}

async function plan(): Promise<BulkFile[]> {
  const { clips, figures, bySlug, sharedPassages, notesBySlug } = await loadArchive();
  const base = import.meta.env.BASE_URL;
  const site = import.meta.env.SITE;
  const clipRecord = (clip: Clip) => ({
    slug: clip.slug,
    url: clip.url,
    ...clip.data,
    // The archivist's notes, each with the paragraph of its passage and its address on the clip page.
    notes: (notesBySlug.get(clip.slug) ?? []).map((row) => ({
      number: row.number,
      kind: row.kind,
      passage: row.passage,
      paragraph: row.paragraph,
      note: row.note,
      source: row.source,
      url: `${clipUrl(base, clip.slug, site)}#${noteAnchor(row.number)}`,
    })),
    dateInWords: clip.dateInWords,
    paragraphs: clip.paragraphs.length,
    sharedPassages: sharedPassages.get(clip.slug) ?? [],
  });
  const clipLines = (items: Clip[]) => jsonLines(items.map(clipRecord));
  const link = (slug: string, paragraph: number | null) =>
    paragraph ? new URL(paragraphPath(base, slug, paragraph), site).href : clipUrl(base, slug, site);
  const figureCsv = (rows: LedgerRow[]) => ledgerCsv(rows, link);
  const clipShards = shardByYear(clips, (c) => c.date.year, clipLines, { prefix: 'clips', extension: 'jsonl' });
  const figureShards = shardByYear(figures, (row) => bySlug.get(row.slug)!.date.year, figureCsv, {
    prefix: 'figures',
    extension: 'csv',
  });
  return [
    ...clipShards.map((shard) => ({
      kind: 'clips' as const,
      shard,
      contentType: 'application/jsonl; charset=utf-8',
      render: () => clipLines(shard.items),
    })),
    ...figureShards.map((shard) => ({
      kind: 'figures' as const,
      shard,
      contentType: 'text/csv; charset=utf-8',
      render: () => figureCsv(shard.items),
    })),
  ];
}

/** The machine-readable index of the bulk data (data/index.json). */
export function bulkIndex(files: BulkFile[], base: string) {
  const entry = ({ shard }: BulkFile) => ({
    file: shard.file,
    url: `${base.replace(/\/?$/, '/')}data/${shard.file}`,
    year: shard.year,
    part: shard.part,
    parts: shard.parts,
    records: shard.items.length,
    bytes: shard.bytes,
  });
  return {
    clips: {
      format: 'JSON Lines: one clip per line, its frontmatter and what the archive derives (no body), newest first',
      files: files.filter((f) => f.kind === 'clips').map(entry),
    },
    figures: {
      format: 'CSV with a header row in every file: one quoted figure per row, in archive order',
      files: files.filter((f) => f.kind === 'figures').map(entry),
    },
  };
}
