import type { SearchDocument } from '../../src/lib/search/build-index.ts';
import { describeEdtfDate } from '../../src/lib/text/edtf-date.ts';
import { loadAddresses } from '../corpus/addresses.ts';
import { CORPUS_DESKS, corpusClips } from '../corpus/generate.ts';

/** A benchmark clip: the search document plus its body as one string (for the engines that index whole bodies). */
export interface BenchClip {
  doc: SearchDocument;
  body: string;
}

const deskName = new Map(CORPUS_DESKS.map((d) => [d.id, d.name]));

/**
 * The first `count` clips of the benchmark corpus (`bench/corpus/`, the same clips `npm run corpus` writes) as
 * search documents, newest first, as the archive orders them.
 */
export function makeCorpus(count: number): BenchClip[] {
  const clips: BenchClip[] = [];
  for (const clip of corpusClips(loadAddresses(), count)) {
    clips.push({
      doc: {
        slug: clip.slug,
        title: clip.title,
        outlet: { id: clip.outlet, name: deskName.get(clip.outlet)! },
        year: clip.year,
        dateInWords: describeEdtfDate(clip.date),
        lang: 'en',
        fields: [],
        paragraphs: clip.paragraphs.map((text, i) => ({ n: i + 1, text })),
      },
      body: clip.paragraphs.join('\n\n'),
    });
  }
  return clips.sort((a, b) => (b.doc.year ?? 0) - (a.doc.year ?? 0) || (a.doc.slug < b.doc.slug ? -1 : 1));
}
