import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importTarget, type ImportResult } from '../../src/lib/capture/capture-import.ts';
import { bodyBlocks } from '../../src/lib/validation/html-verbatim.ts';
import { splitFrontmatter } from '../../src/lib/validation/frontmatter.ts';
import type { ClipFrontmatter } from '../../src/schema/clip.ts';
import type { Outlet } from '../../src/schema/outlet.ts';

export const PAGES = path.resolve(import.meta.dirname, '../fixtures/pages');

/** The outlets the page tests start from: one matches a fixture's address, the others are proposed from the page. */
export const PAGE_OUTLETS: Outlet[] = [
  { id: 'valley-ledger', name: 'The Valley Ledger', url: 'https://valleyledger.example/' },
  { id: 'metro-tribune', name: 'Metro Tribune', url: null },
];

/** An empty archive in a temporary folder, with PAGE_OUTLETS in its outlets.yaml. */
export function emptyPageArchive() {
  const root = mkdtempSync(path.join(tmpdir(), 'page-archive-'));
  const paths = {
    root,
    clipsDir: path.join(root, 'clips'),
    capturesDir: path.join(root, 'captures'),
    outletsFile: path.join(root, 'outlets.yaml'),
  };
  mkdirSync(paths.clipsDir);
  mkdirSync(paths.capturesDir);
  const yaml = PAGE_OUTLETS.map((o) => `- id: ${o.id}\n  name: ${o.name}\n  url: ${o.url ?? 'null'}\n`).join('');
  writeFileSync(paths.outletsFile, yaml);
  return importTarget(
    paths,
    PAGE_OUTLETS.map((o) => ({ ...o })),
  );
}

/** A written clip read back: its frontmatter and the text of its body's blocks, as a reader sees them. */
export function readClip(result: ImportResult) {
  if (result.status !== 'added') throw new Error(`the import did not add a clip: ${result.reason}`);
  const source = readFileSync(result.clipFile, 'utf8');
  const split = splitFrontmatter(source);
  if (!split.ok) throw new Error(split.message);
  const blocks = bodyBlocks(split.body).map((b) => b.text);
  return { source, data: split.data as ClipFrontmatter, body: split.body, blocks };
}
