import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ArchivePaths } from '../../src/lib/validation/archive-paths.ts';

export const FIXTURE_ARCHIVE = path.resolve(import.meta.dirname, '../fixtures/archive');
export const FIXTURE_SLUG = 'city-budget-fixture';

/** A fresh copy of the fixture archive in a temporary folder, so a test can break it without touching others. */
export function copyFixtureArchive(): ArchivePaths & { clipFile: string; captureFile: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'clip-archive-'));
  cpSync(FIXTURE_ARCHIVE, dir, { recursive: true });
  return {
    root: dir,
    clipsDir: path.join(dir, 'clips'),
    capturesDir: path.join(dir, 'captures'),
    outletsFile: path.join(dir, 'outlets.yaml'),
    clipFile: path.join(dir, 'clips', `${FIXTURE_SLUG}.md`),
    captureFile: path.join(dir, 'captures', `${FIXTURE_SLUG}.txt`),
  };
}

export function editFile(file: string, edit: (text: string) => string): void {
  const before = readFileSync(file, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`The edit to ${file} changed nothing: the test's pattern no longer matches.`);
  writeFileSync(file, after);
}
