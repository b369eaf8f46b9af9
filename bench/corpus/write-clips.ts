import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadAddresses } from './addresses.ts';
import { clipFile } from './clip-file.ts';
import { corpusClip } from './generate.ts';

/** Which clips one writer writes: n = first, first + step, … below count. */
export interface WriteShare {
  dir: string;
  first: number;
  step: number;
  count: number;
}

/** Writes a share of the corpus into `dir` (clips/<year>/<slug>.md and captures/<slug>.txt). */
export function writeCorpusShare({ dir, first, step, count }: WriteShare): void {
  const addresses = loadAddresses();
  for (let n = first; n < count; n += step) {
    const clip = corpusClip(addresses, n);
    // The "capture" is the clip as plain text, one paragraph a line, as a text capture arrives.
    const capture = Buffer.from(`${clip.paragraphs.join('\n\n')}\n`);
    // Clips sit in one folder per year, as a large archive would keep them.
    const yearDir = path.join(dir, 'clips', String(clip.year));
    if (!existsSync(yearDir)) mkdirSync(yearDir, { recursive: true });
    writeFileSync(path.join(dir, 'captures', `${clip.slug}.txt`), capture);
    writeFileSync(path.join(yearDir, `${clip.slug}.md`), clipFile(clip, capture));
  }
}
