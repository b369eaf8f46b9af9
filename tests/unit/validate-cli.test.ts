import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixtureArchive, editFile } from '../helpers/fixture-archive.ts';

const CLI = path.resolve(import.meta.dirname, '../../src/cli/validate.ts');

function validate(contentDir: string) {
  return spawnSync(process.execPath, [CLI], { env: { ...process.env, CLIPS_DIR: contentDir }, encoding: 'utf8' });
}

describe('npm run validate', () => {
  it('exits 0 and counts the clips when the archive is sound', () => {
    const result = validate(copyFixtureArchive().root);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^1 clips valid \(\d+ ms\)\./);
  });

  it('exits 1 and prints file, field and fix for each problem', () => {
    const archive = copyFixtureArchive();
    editFile(archive.clipFile, (t) => t.replace('date: 2020-01-21/2020-01-26', 'date: last week'));
    const result = validate(archive.root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('clips/city-budget-fixture.md › date: "last week" is not a valid EDTF date');
    expect(result.stderr).toMatch(/Fix: Write e\.g\. 2020-01-21/);
  });
});
