import { createHash } from 'node:crypto';
import { analyzerKey, loadAnalyzers } from './analyzer.ts';
import {
  BM25_B,
  BM25_K1,
  dictionaryFile,
  groupFile,
  IMPACT_SCALE,
  INDEX_FORMAT,
  META_FILE,
  shardFile,
  shardOf,
  type DictionaryChunk,
  type IndexMeta,
  type PostingsShard,
  type SegmentKind,
  type StoredDoc,
  type TextGroup,
} from './index-format.ts';
import { forEachWord } from './tokenize.ts';

export interface SearchDocument {
  slug: string;
  title: string;
  outlet: { id: string; name: string } | null;
  year: number | null;
  dateInWords: string;
  /** BCP 47 tag of the clip's language; without one the clip is indexed word for word, without stemming. */
  lang?: string | null | undefined;
  fields: { kind: SegmentKind; text: string }[];
  paragraphs: { n: number; text: string }[];
}

export interface BuildOptions {
  /** Aim for postings shards of about this many bytes of JSON. */
  targetShardBytes?: number;
  /** Aim for text groups of about this many bytes of JSON (a clip per file by default). */
  targetGroupBytes?: number;
  /** Aim for dictionary chunks of about this many bytes of JSON. */
  targetChunkBytes?: number;
}

/** Field weights of BM25F: a word in the title counts three times, in metadata (people, outlet, figures) twice. */
const TITLE_WEIGHT = 3;
const FIELD_WEIGHT = 2;
const BODY_WEIGHT = 1;
const weightOf = (segment: number): number => (segment === 0 ? TITLE_WEIGHT : segment < 0 ? FIELD_WEIGHT : BODY_WEIGHT);

/**
 * Builds the index files from documents given newest first. Output is deterministic: the same documents give
 * byte-identical files, whatever the machine.
 */
export async function buildSearchIndex(
  documents: SearchDocument[],
  options: BuildOptions = {},
): Promise<Map<string, string>> {
  const targetShardBytes = options.targetShardBytes ?? 32_000;
  const targetGroupBytes = options.targetGroupBytes ?? 4_000;
  const targetChunkBytes = options.targetChunkBytes ?? 12_000;
  const keys = documents.map((doc) => analyzerKey(doc.lang));
  const analyzers = new Map((await loadAnalyzers(keys)).map((a) => [a.key, a]));

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

  /** Per document: how many words it has indexed (for BM25's length normalisation). */
  const docLength: number[] = [];

  documents.forEach((doc, docId) => {
    const analyzer = analyzers.get(keys[docId]!)!;
    const segments: [number, string][] = [[0, doc.title]];
    doc.fields.forEach((field, i) => segments.push([-(i + 1), field.text]));
    for (const p of doc.paragraphs) segments.push([p.n, p.text]);

    const docTerms: number[] = [];
    const docSegments: [segment: number, positions: number[]][][] = [];
    let length = 0;
    for (const [segment, text] of segments) {
      let position = -1;
      forEachWord(text, (word) => {
        position++;
        const term = analyzer.indexTerm(word);
        if (term === null) return;
        length++;
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
      });
    }
    docLength.push(length);
    docTerms.forEach((id, slot) => {
      const segs = docSegments[slot]!;
      const list = lists[id]!;
      // The impact slot holds the weighted term frequency until every document's length is known.
      const weighted = segs.reduce((sum, [segment, positions]) => sum + weightOf(segment) * positions.length, 0);
      list.push(docId - lastDoc[id]!, weighted, segs.length);
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

  const averageLength = docLength.reduce((a, b) => a + b, 0) / Math.max(1, docLength.length) || 1;
  for (const list of lists) setImpacts(list, docLength, averageLength);

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
    lang: doc.lang ?? null,
    fields: doc.fields.map((f) => [f.kind, f.text]),
    paragraphs: doc.paragraphs.map((p) => [p.n, p.text]),
  }));
  const totalTextChars = stored.reduce((sum, d) => sum + JSON.stringify(d).length, 0);
  const averageDocChars = documents.length ? totalTextChars / documents.length : 1;
  const groupSize = Math.max(1, Math.min(64, Math.floor(targetGroupBytes / averageDocChars)));

  const outletIds = [...new Set(documents.flatMap((d) => (d.outlet ? [d.outlet.id] : [])))].sort();
  const outletIndex = new Map(outletIds.map((id, i) => [id, i]));
  const outletNames = new Map(documents.flatMap((d) => (d.outlet ? [[d.outlet.id, d.outlet.name] as const] : [])));

  const files = new Map<string, string>();
  const chunks = chunkDictionary(sortedTerms, docFrequency, targetChunkBytes);
  chunks.forEach((chunk, i) => files.set(dictionaryFile(i), JSON.stringify(chunk)));
  shards.forEach((shard, i) => files.set(shardFile(i), JSON.stringify(shard)));
  for (let g = 0; g * groupSize < stored.length; g++) {
    const group: TextGroup = { docs: stored.slice(g * groupSize, (g + 1) * groupSize) };
    files.set(groupFile(g), JSON.stringify(group));
  }

  const hash = createHash('sha256');
  for (const [name, body] of files) hash.update(name).update('\0').update(body).update('\0');
  const languages = [...analyzers.keys()].sort();
  const meta: IndexMeta = {
    format: INDEX_FORMAT,
    version: hash.digest('hex').slice(0, 16),
    docCount: documents.length,
    shardCount,
    groupSize,
    languages,
    dictionary: chunks.map((chunk) => chunk.terms[0] ?? ''),
    outlets: outletIds.map((id) => outletNames.get(id)!),
    docOutlet: documents.map((d) => (d.outlet ? outletIndex.get(d.outlet.id)! : -1)),
    docYear: documents.map((d) => d.year ?? 0),
    docLanguage: keys.map((key) => languages.indexOf(key)),
  };
  files.set(META_FILE, JSON.stringify(meta));
  return files;
}

/** Replaces each document's weighted term frequency in a term's flat postings by its scaled BM25F impact. */
function setImpacts(list: number[], docLength: number[], averageLength: number): void {
  let doc = 0;
  for (let i = 0; i < list.length;) {
    doc += list[i]!;
    const weighted = list[i + 1]!;
    const norm = BM25_K1 * (1 - BM25_B + (BM25_B * docLength[doc]!) / averageLength);
    list[i + 1] = Math.max(1, Math.round((IMPACT_SCALE * weighted * (BM25_K1 + 1)) / (weighted + norm)));
    const segmentCount = list[i + 2]!;
    i += 3;
    for (let s = 0; s < segmentCount; s++) i += 2 + list[i + 1]!;
  }
}

/** Cuts the sorted term list into chunks of about `targetBytes` of JSON each. */
function chunkDictionary(sorted: string[], docFrequency: Map<string, number>, targetBytes: number): DictionaryChunk[] {
  const chunks: DictionaryChunk[] = [];
  let current: DictionaryChunk = { terms: [], docFrequency: [] };
  let bytes = 0;
  for (const term of sorted) {
    if (bytes >= targetBytes) {
      chunks.push(current);
      current = { terms: [], docFrequency: [] };
      bytes = 0;
    }
    const df = docFrequency.get(term)!;
    current.terms.push(term);
    current.docFrequency.push(df);
    bytes += term.length + 4 + String(df).length;
  }
  if (current.terms.length > 0 || chunks.length === 0) chunks.push(current);
  return chunks;
}
