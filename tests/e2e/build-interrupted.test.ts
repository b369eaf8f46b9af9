import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixtureArchive } from '../helpers/fixture-archive.ts';
import { PROJECT_ROOT } from './harness.ts';

/** Every file of a folder with its SHA-256, so two states of dist/ can be compared exactly. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
  }
  return files;
}

interface BuildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  /** ms from the build's first output (after any wait for the lock) to its end. */
  ms: number;
}

/** `npm run build`'s script, in its own process group so that a kill reaches Astro too; killed after `killAfterMs`. */
function runBuild(env: NodeJS.ProcessEnv, killAfterMs?: number, signal: NodeJS.Signals = 'SIGKILL'): Promise<BuildRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['src/cli/build.ts'], { cwd: PROJECT_ROOT, env, detached: true });
    let output = '';
    let started = 0;
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (!started && !/Another build/.test(output)) {
        started = performance.now();
        if (killAfterMs !== undefined) setTimeout(() => process.kill(-child.pid!, signal), killAfterMs);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code, sig) => resolve({ code, signal: sig, output, ms: performance.now() - started }));
  });
}

describe('npm run build, interrupted', () => {
  it('leaves the previous site whole when killed at 25 %, 50 % and 75 % of its run', { timeout: 900_000 }, async () => {
    const archive = copyFixtureArchive();
    const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'interrupted-build-')), 'dist');
    const env: NodeJS.ProcessEnv = { ...process.env, CLIPS_DIR: archive.root, OUT_DIR: outDir };
    delete env['VITEST'];

    const first = await runBuild(env);
    expect(first.code, first.output).toBe(0);
    const before = snapshot(outDir);
    expect(Object.keys(before)).toContain('index.html');

    for (const fraction of [0.25, 0.5, 0.75]) {
      const killed = await runBuild(env, Math.round(first.ms * fraction));
      expect(killed.signal, `the build ended before the kill at ${fraction * 100} %:\n${killed.output}`).toBe(
        'SIGKILL',
      );
      expect(snapshot(outDir), `dist/ changed after a kill at ${fraction * 100} %`).toEqual(before);
    }

    const interrupted = await runBuild(env, Math.round(first.ms * 0.5), 'SIGINT');
    expect(interrupted.output).toMatch(/Build interrupted \(SIGINT\); .*dist\/ is unchanged/);
    expect(snapshot(outDir)).toEqual(before);

    // The next build clears what the killed ones left (their lock, their staging folders) and replaces the site.
    const next = await runBuild(env);
    expect(next.code, next.output).toBe(0);
    expect(readdirSync(path.dirname(outDir))).toEqual(['dist']);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
  });

  it('runs two builds started together one after the other, and both succeed', { timeout: 600_000 }, async () => {
    const archive = copyFixtureArchive();
    const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'two-builds-')), 'dist');
    const env: NodeJS.ProcessEnv = { ...process.env, CLIPS_DIR: archive.root, OUT_DIR: outDir };
    delete env['VITEST'];
    const [a, b] = await Promise.all([runBuild(env), runBuild(env)]);
    expect(a.code, a.output).toBe(0);
    expect(b.code, b.output).toBe(0);
    expect(`${a.output}\n${b.output}`).toMatch(/Another build \(process \d+\) is running in this project; waiting/);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
  });
});
