import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface DistFacts {
  files: number;
  bytes: number;
  htmlPages: number;
  largestPage: { file: string; bytes: number };
  largestFile: { file: string; bytes: number };
  hashes: Map<string, string>;
}

/** Every file of a built site: count, size, the largest HTML page and the largest file, and each file's SHA-256. */
export function inspectDist(dir: string): DistFacts {
  const hashes = new Map<string, string>();
  let bytes = 0;
  let htmlPages = 0;
  let largestPage = { file: '', bytes: 0 };
  let largestFile = { file: '', bytes: 0 };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const content = readFileSync(full);
    const rel = path.relative(dir, full);
    bytes += content.length;
    hashes.set(rel, createHash('sha256').update(content).digest('hex'));
    if (content.length > largestFile.bytes) largestFile = { file: rel, bytes: content.length };
    if (rel.endsWith('.html')) {
      htmlPages++;
      if (content.length > largestPage.bytes) largestPage = { file: rel, bytes: content.length };
    }
  }
  return { files: hashes.size, bytes, htmlPages, largestPage, largestFile, hashes };
}

/** Files that differ between two builds (missing on one side, or different bytes). */
export function differingFiles(a: Map<string, string>, b: Map<string, string>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((n) => a.get(n) !== b.get(n)).sort();
}
