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
import { isStopword, terms } from './tokenize.ts';

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

  // Terms get integer ids so the hot loop (millions of words at 10,000 clips) does one map lookup per word.
  const idOf = new Map<string, number>();
  const termOf: string[] = [];
  /** Per term id: its flat postings (documents in ascending order), last document, document frequency. */
  const lists: number[][] = [];
  const lastDoc: number[] = [];
  const frequency: number[] = [];
  /** Per term id: 1 + the last document it was seen in, and its slot in that document's list. */
  const seenIn: number[] = [];
  const slotOf: number[] = [];

  documents.forEach((doc, docId) => {
    const segments: [number, string][] = [[0, doc.title]];
    doc.fields.forEach((field, i) => segments.push([-(i + 1), field.text]));
    for (const p of doc.paragraphs) segments.push([p.n, p.text]);

    const docTerms: number[] = [];
    const docSegments: [segment: number, positions: number[]][][] = [];
    for (const [segment, text] of segments) {
      const words = terms(text);
      for (let position = 0; position < words.length; position++) {
        const term = words[position]!;
        if (isStopword(term)) continue;
        let id = idOf.get(term);
        if (id === undefined) {
          id = termOf.length;
          idOf.set(term, id);
          termOf.push(term);
          lists.push([]);
          lastDoc.push(0);
          frequency.push(0);
          seenIn.push(0);
          slotOf.push(0);
        }
        if (seenIn[id] !== docId + 1) {
          seenIn[id] = docId + 1;
          slotOf[id] = docTerms.length;
          docTerms.push(id);
          docSegments.push([]);
        }
        const segs = docSegments[slotOf[id]!]!;
        const last = segs[segs.length - 1];
        if (last && last[0] === segment) last[1].push(position);
        else segs.push([segment, [position]]);
      }
    }
    docTerms.forEach((id, slot) => {
      const segs = docSegments[slot]!;
      const list = lists[id]!;
      list.push(docId - lastDoc[id]!, segs.length);
      lastDoc[id] = docId;
      frequency[id]!++;
      for (const [segment, positions] of segs) {
        list.push(segment, positions.length);
        let previous = 0;
        for (const p of positions) {
          list.push(p - previous);
          previous = p;
        }
      }
    });
  });

  const sortedTerms = [...termOf].sort();
  const postings = new Map(termOf.map((term, id) => [term, lists[id]!]));
  const docFrequency = new Map(termOf.map((term, id) => [term, frequency[id]!]));
  let postingsChars = 0;
  for (const term of sortedTerms) {
    postingsChars += term.length + 6;
    for (const n of postings.get(term)!) postingsChars += n < 10 && n >= 0 ? 2 : String(n).length + 1;
  }
  const shardCount = Math.max(1, 2 ** Math.ceil(Math.log2(Math.max(1, postingsChars / targetShardBytes))));
  const shards: PostingsShard[] = Array.from({ length: shardCount }, () => ({}));
  for (const term of sortedTerms) shards[shardOf(term, shardCount)]![term] = postings.get(term)!;

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
  const termsFile: IndexTerms = { terms: sortedTerms, docFrequency: sortedTerms.map((t) => docFrequency.get(t)!) };
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
