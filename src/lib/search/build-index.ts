import { createHash } from 'node:crypto';
import {
  groupFile,
  INDEX_FORMAT,
  META_FILE,
  shardFile,
  shardOf,
  TERMS_FILE,
  type IndexMeta,
  type IndexTerms,
  type PostingsShard,
  type SegmentKind,
  type StoredDoc,
  type TextGroup,
} from './index-format.ts';
import { isStopword, tokenize } from './tokenize.ts';

/** What the index needs to know about one clip (see clip-document.ts for how a clip becomes one). */
export interface SearchDocument {
  slug: string;
  title: string;
  outlet: { id: string; name: string } | null;
  year: number | null;
  dateInWords: string;
  fields: { kind: SegmentKind; text: string }[];
  paragraphs: { n: number; text: string }[];
}

export interface BuildOptions {
  /** Aim for postings shards of about this many bytes of JSON. */
  targetShardBytes?: number;
  /** Aim for text groups of about this many bytes of JSON. */
  targetGroupBytes?: number;
}

/**
 * Builds the index files from documents given newest first. Output is deterministic: the same documents give
 * byte-identical files, whatever the machine.
 */
export function buildSearchIndex(documents: SearchDocument[], options: BuildOptions = {}): Map<string, string> {
  const targetShardBytes = options.targetShardBytes ?? 48_000;
  const targetGroupBytes = options.targetGroupBytes ?? 24_000;

  // term -> per-document postings, built in document order so doc ids ascend.
  const postings = new Map<string, number[]>();
  const lastDoc = new Map<string, number>();
  const docFrequency = new Map<string, number>();

  documents.forEach((doc, docId) => {
    const segments: [number, string][] = [[0, doc.title]];
    doc.fields.forEach((field, i) => segments.push([-(i + 1), field.text]));
    for (const p of doc.paragraphs) segments.push([p.n, p.text]);

    // term -> [segment, positions[]][] for this document
    const inDoc = new Map<string, [number, number[]][]>();
    for (const [segment, text] of segments) {
      tokenize(text).forEach((token, position) => {
        if (isStopword(token.term)) return;
        let segs = inDoc.get(token.term);
        if (!segs) inDoc.set(token.term, (segs = []));
        const last = segs[segs.length - 1];
        if (last && last[0] === segment) last[1].push(position);
        else segs.push([segment, [position]]);
      });
    }
    for (const [term, segs] of inDoc) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      const delta = docId - (lastDoc.get(term) ?? 0);
      lastDoc.set(term, docId);
      docFrequency.set(term, (docFrequency.get(term) ?? 0) + 1);
      list.push(delta, segs.length);
      for (const [segment, positions] of segs) {
        list.push(segment, positions.length);
        let previous = 0;
        for (const p of positions) {
          list.push(p - previous);
          previous = p;
        }
      }
    }
  });

  const terms = [...postings.keys()].sort();
  let postingsChars = 0;
  for (const term of terms) postingsChars += term.length + 4 + JSON.stringify(postings.get(term)).length;
  const shardCount = Math.max(1, 2 ** Math.ceil(Math.log2(Math.max(1, postingsChars / targetShardBytes))));
  const shards: PostingsShard[] = Array.from({ length: shardCount }, () => ({}));
  for (const term of terms) shards[shardOf(term, shardCount)]![term] = postings.get(term)!;

  const stored: StoredDoc[] = documents.map((doc) => ({
    slug: doc.slug,
    title: doc.title,
    outlet: doc.outlet?.name ?? null,
    dateInWords: doc.dateInWords,
    fields: doc.fields.map((f) => [f.kind, f.text]),
    paragraphs: doc.paragraphs.map((p) => [p.n, p.text]),
  }));
  const totalTextChars = stored.reduce((sum, d) => sum + JSON.stringify(d).length, 0);
  const averageDocChars = documents.length ? totalTextChars / documents.length : 1;
  const groupSize = Math.max(1, Math.min(64, Math.round(targetGroupBytes / averageDocChars)));

  const outletIds = [...new Set(documents.flatMap((d) => (d.outlet ? [d.outlet.id] : [])))].sort();
  const outletIndex = new Map(outletIds.map((id, i) => [id, i]));
  const outletNames = new Map(documents.flatMap((d) => (d.outlet ? [[d.outlet.id, d.outlet.name] as const] : [])));

  const files = new Map<string, string>();
  const termsFile: IndexTerms = { terms, docFrequency: terms.map((t) => docFrequency.get(t)!) };
  files.set(TERMS_FILE, JSON.stringify(termsFile));
  shards.forEach((shard, i) => files.set(shardFile(i), JSON.stringify(shard)));
  for (let g = 0; g * groupSize < stored.length; g++) {
    const group: TextGroup = { docs: stored.slice(g * groupSize, (g + 1) * groupSize) };
    files.set(groupFile(g), JSON.stringify(group));
  }

  const hash = createHash('sha256');
  for (const [name, body] of files) hash.update(name).update('\0').update(body).update('\0');
  const meta: IndexMeta = {
    format: INDEX_FORMAT,
    version: hash.digest('hex').slice(0, 16),
    docCount: documents.length,
    shardCount,
    groupSize,
    outlets: outletIds.map((id) => outletNames.get(id)!),
    docOutlet: documents.map((d) => (d.outlet ? outletIndex.get(d.outlet.id)! : -1)),
    docYear: documents.map((d) => d.year ?? 0),
  };
  files.set(META_FILE, JSON.stringify(meta));
  return files;
}
