import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveArchivePaths } from '../../src/lib/validation/archive-paths.ts';
import { validateArchive, validateArchiveInParallel } from '../../src/lib/validation/archive-validation.ts';
import { editFile } from '../helpers/fixture-archive.ts';

const content = resolveArchivePaths(path.resolve(import.meta.dirname, '../..'));

describe('validateArchiveInParallel', () => {
  it('gives the same clips, in the same order, as validating in-process, when worker threads share the work', async () => {
    const parallel = await validateArchiveInParallel(content, { threads: 2, threshold: 0 });
    const sequential = validateArchive(content);
    expect(parallel.threads).toBe(2);
    expect(parallel.issues).toEqual([]);
    expect(parallel.clips.map((c) => c.slug)).toEqual(sequential.clips.map((c) => c.slug));
    expect(parallel.clips).toEqual(sequential.clips);
  });

  it('reports the same problems as validating in-process', async () => {
    // The five real clips, one of them (in the worker's share) broken.
    const dir = mkdtempSync(path.join(tmpdir(), 'parallel-'));
    cpSync(path.dirname(content.clipsDir), dir, { recursive: true });
    const archive = resolveArchivePaths(dir, { CLIPS_DIR: dir });
    editFile(path.join(archive.clipsDir, 'sanctuary-cities-sacrifice-safety.md'), (t) =>
      t.replace('date: "2018-12-14/2018-12-31~"', 'date: "last week"'),
    );
    const parallel = await validateArchiveInParallel(archive, { threads: 2, threshold: 0 });
    expect(parallel.threads).toBe(2);
    expect(parallel.issues.map((i) => i.field)).toEqual(['date']);
    expect(parallel.issues).toEqual(validateArchive(archive).issues);
  });

  it('stays in-process for a small archive', async () => {
    expect((await validateArchiveInParallel(content)).threads).toBe(1);
  });
});
