import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixtureArchive, editFile } from '../helpers/fixture-archive.ts';
import { PROJECT_ROOT } from './harness.ts';

function build(contentDir: string, outDir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, CLIPS_DIR: contentDir, OUT_DIR: outDir };
  delete env['VITEST']; // the build must validate as it does outside the test runner
  return spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: PROJECT_ROOT,
    env,
    encoding: 'utf8',
  });
}

describe('astro build', () => {
  it('stops on a clip whose body carries a <script>, names file and field, and writes no site', () => {
    const archive = copyFixtureArchive();
    editFile(archive.clipFile, (t) => t.replace('she said.', 'she said.\n\n<script>alert(1)</script>'));
    const outDir = path.join(archive.root, 'out');
    const result = build(archive.root, outDir);
    const output = result.stdout + result.stderr;
    expect(result.status, output).not.toBe(0);
    expect(output).toMatch(/clips\/city-budget-fixture\.md › body: line \d+: raw HTML, "<script>/);
    expect(existsSync(outDir)).toBe(false);
  });

  it('builds the fixture archive when it is sound', () => {
    const archive = copyFixtureArchive();
    const outDir = path.join(archive.root, 'out');
    const result = build(archive.root, outDir);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(existsSync(path.join(outDir, 'clips/city-budget-fixture/index.html'))).toBe(true);
  });
});
