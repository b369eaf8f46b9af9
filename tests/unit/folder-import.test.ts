import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFolder } from '../../src/lib/capture/folder-import.ts';
import { emptyPageArchive, PAGES } from '../helpers/page-archive.ts';

/** A folder of the page fixtures, with one site's page three times (three clips proposing the same new outlet). */
function inbox(): { folder: string; names: string[] } {
  const folder = mkdtempSync(path.join(tmpdir(), 'folder-import-'));
  for (const name of readdirSync(PAGES)) copyFileSync(path.join(PAGES, name), path.join(folder, name));
  for (const copy of ['opengraph-only-2.html', 'opengraph-only-3.html'])
    copyFileSync(path.join(PAGES, 'opengraph-only.html'), path.join(folder, copy));
  return { folder, names: readdirSync(folder).sort() };
}

/** Every file the import wrote, by name, with its content. */
function written(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const dir of ['clips', 'captures']) {
    for (const name of readdirSync(path.join(root, dir))) {
      files[`${dir}/${name}`] = readFileSync(path.join(root, dir, name), 'latin1');
    }
  }
  files['outlets.yaml'] = readFileSync(path.join(root, 'outlets.yaml'), 'utf8');
  return files;
}

describe('a folder import drafts pages in worker threads', () => {
  it('writes exactly what a one-page-at-a-time import writes, in the same order', { timeout: 180_000 }, async () => {
    const { folder, names } = inbox();
    const parallel = emptyPageArchive();
    const serial = emptyPageArchive();
    const inParallel = await importFolder(folder, names, {}, parallel, { threads: 2 });
    const oneByOne = await importFolder(folder, names, {}, serial, { threads: 1 });

    const summary = (r: (typeof inParallel.results)[number]) =>
      r.status === 'failed' ? `failed ${r.reason}` : `${r.status} ${r.slug}`;
    expect(inParallel.results.map(summary)).toEqual(oneByOne.results.map(summary));
    expect(written(parallel.paths.root)).toEqual(written(serial.paths.root));

    // The page with no article fails; the two copies of a page take no slug of their own: skipped, slug taken.
    expect(inParallel.results.filter((r) => r.status === 'failed').map(summary)).toEqual([
      expect.stringMatching(/^failed no-article\.html: no article found/),
    ]);
    expect(inParallel.results.filter((r) => r.status === 'skipped')).toHaveLength(2);
    // The outlet the three copies name is proposed once, not once per worker.
    const outlets = readFileSync(path.join(parallel.paths.root, 'outlets.yaml'), 'utf8');
    expect(outlets.match(/^- id: harbour-gazette$/gm)).toHaveLength(1);
    // Each clip was validated before it was written, and the result is what validate says of it.
    for (const r of inParallel.results) if (r.status === 'added') expect(r.issues).toBeDefined();
    expect(inParallel.stages.Readability).toBeGreaterThan(0);
  });
});
