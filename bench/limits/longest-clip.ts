import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_BODY_BYTES } from '../../src/constants.ts';
import type { AddressSentences } from '../corpus/addresses.ts';
import { clipFile } from '../corpus/clip-file.ts';
import { corpusClip } from '../corpus/generate.ts';

export const LONGEST_SLUG = 'longest-clip-allowed';

/** The Markdown body of a clip file (after its frontmatter), as validation measures it. */
function bodyOf(file: string): string {
  return file.slice(file.indexOf('\n---\n', 4) + 5);
}

/**
 * Writes the longest clip the archive accepts into a content folder: whole State of the Union addresses, in reading
 * order, in paragraphs of about 90 words, until the body is within 2 KB of the body limit. The body is drafted as
 * clip:add drafts it, so it is the capture escaped for Markdown; the capture is the same text, one paragraph a line.
 */
export function writeLongestClip(contentDir: string, addresses: readonly AddressSentences[]) {
  const sentences = addresses.flatMap((a) => a.sentences);
  const paragraphs: string[] = [];
  let current: string[] = [];
  let bytes = 0;
  for (const sentence of sentences) {
    current.push(sentence);
    if (current.join(' ').split(' ').length >= 90) {
      paragraphs.push(current.join(' '));
      bytes += Buffer.byteLength(paragraphs.at(-1)!) + 2;
      current = [];
      if (bytes > MAX_BODY_BYTES) break;
    }
  }
  const template = corpusClip(addresses, 0);
  const title = `${template.year}–: the longest clip the archive accepts`;
  // Drop paragraphs from the end until the drafted body (with its Markdown escapes) fits under the limit.
  let count = paragraphs.length;
  while (count > 0) {
    const clip = { ...template, slug: LONGEST_SLUG, title, paragraphs: paragraphs.slice(0, count) };
    const capture = Buffer.from(`${clip.paragraphs.join('\n\n')}\n`);
    const file = clipFile(clip, capture);
    const bodyBytes = Buffer.byteLength(bodyOf(file));
    if (bodyBytes <= MAX_BODY_BYTES) {
      writeFileSync(path.join(contentDir, 'captures', `${LONGEST_SLUG}.txt`), capture);
      writeFileSync(path.join(contentDir, 'clips', `${LONGEST_SLUG}.md`), file);
      return { bodyBytes, captureBytes: capture.length, fileBytes: Buffer.byteLength(file), paragraphs: count };
    }
    count -= Math.ceil((bodyBytes - MAX_BODY_BYTES) / (bodyBytes / count)) + 1;
  }
  throw new Error('no paragraph fits under the body limit');
}
