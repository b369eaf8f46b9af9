import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAddresses } from '../../bench/corpus/addresses.ts';
import { corpusClip } from '../../bench/corpus/generate.ts';
import { PROJECT_ROOT } from './harness.ts';

// `npm run clip:add -- <folder>` killed part-way, as a keeper's Ctrl-C, a service manager's SIGTERM or a crash
// (SIGKILL) would: each clip must have both files or neither, and no temporary file may stay behind.
const CAPTURES = 32;
const CLIP_ADD = path.join(PROJECT_ROOT, 'src/cli/clip-add.ts');
const VALIDATE = path.join(PROJECT_ROOT, 'src/cli/validate.ts');

/** A folder of plain-text captures: a headline line, then paragraphs of public-domain prose, each distinct. */
function writeInbox(): string {
  const inbox = mkdtempSync(path.join(tmpdir(), 'import-inbox-'));
  const addresses = loadAddresses();
  for (let n = 0; n < CAPTURES; n++) {
    const clip = corpusClip(addresses, n * 7);
    const headline = `Capture ${n + 1}: ${clip.paragraphs[0]!.split(' ').slice(0, 6).join(' ')}`;
    writeFileSync(
      path.join(inbox, `capture-${String(n + 1).padStart(2, '0')}.txt`),
      `${headline}\n\n${clip.paragraphs.join('\n\n')}\n`,
    );
  }
  return inbox;
}

function emptyArchive(): string {
  const archive = mkdtempSync(path.join(tmpdir(), 'import-archive-'));
  mkdirSync(path.join(archive, 'clips'));
  mkdirSync(path.join(archive, 'captures'));
  copyFileSync(path.join(PROJECT_ROOT, 'content/outlets.yaml'), path.join(archive, 'outlets.yaml'));
  return archive;
}

interface ImportRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  ms: number;
  /** From the first file written to the end. */
  importMs: number;
}

/**
 * Runs the folder import. `kill` sends a signal `afterMs` after the import writes its first file (before that the
 * command is only loading), so each kill lands at a known point of the import itself.
 */
function runImport(archive: string, inbox: string, kill?: { signal: NodeJS.Signals; afterMs: number }) {
  return new Promise<ImportRun>((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLIP_ADD, inbox], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, CLIPS_DIR: archive },
    });
    let output = '';
    let firstWrite = 0;
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const watch = setInterval(() => {
      if (firstWrite || readdirSync(path.join(archive, 'captures')).length === 0) return;
      firstWrite = performance.now();
      if (kill) setTimeout(() => child.kill(kill.signal), kill.afterMs);
    }, 10);
    child.on('exit', (code, signal) => {
      clearInterval(watch);
      const end = performance.now();
      resolve({ code, signal, output, ms: end - started, importMs: firstWrite ? end - firstWrite : 0 });
    });
  });
}

/** The archive as files: clip slugs, capture slugs, and temporary files. */
function archiveState(archive: string) {
  const names = (dir: string) => readdirSync(path.join(archive, dir));
  const temps = [...names('clips'), ...names('captures')].filter((n) => n.endsWith('.tmp'));
  const slugs = (dir: string, ext: RegExp) =>
    new Set(
      names(dir)
        .filter((n) => !n.startsWith('.') && ext.test(n))
        .map((n) => n.replace(ext, '')),
    );
  return { clips: slugs('clips', /\.md$/), captures: slugs('captures', /\.txt$/), temps };
}

function validate(archive: string): string {
  const result = spawnSync(process.execPath, [VALIDATE], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, CLIPS_DIR: archive },
    encoding: 'utf8',
  });
  return result.stdout + result.stderr;
}

const inbox = writeInbox();
let importMs = 0;

describe('npm run clip:add -- <folder>, interrupted', { timeout: 600_000 }, () => {
  it('imports the whole folder when left alone (and measures how long that takes)', async () => {
    const archive = emptyArchive();
    const run = await runImport(archive, inbox);
    importMs = run.importMs;
    console.log(
      `a folder of ${CAPTURES} captures: ${Math.round(run.ms)} ms, ${Math.round(importMs)} ms of them importing`,
    );
    expect(run.output).toContain(`${CAPTURES} captures: ${CAPTURES} added, 0 skipped, 0 failed.`);
    const state = archiveState(archive);
    expect(state.clips.size).toBe(CAPTURES);
    expect([...state.captures].sort()).toEqual([...state.clips].sort());
    expect(state.temps).toEqual([]);
  });

  it.each(['SIGINT', 'SIGTERM'] as const)(
    '%s at a quarter, half and three quarters of the run stops between clips, prints the summary and leaves whole clips only',
    async (signal) => {
      let interrupted = 0;
      for (const fraction of [0.25, 0.5, 0.75]) {
        const archive = emptyArchive();
        const run = await runImport(archive, inbox, { signal, afterMs: fraction * importMs });
        const state = archiveState(archive);
        expect([...state.captures].sort(), run.output).toEqual([...state.clips].sort());
        expect(state.temps).toEqual([]);
        const report = validate(archive);
        expect(report).not.toMatch(/capture without a clip|temporary file/);
        if (run.code === 130) {
          interrupted += 1;
          expect(run.output).toMatch(new RegExp(`Interrupted \\(${signal}\\) after \\d+ of ${CAPTURES} captures`));
          expect(run.output).toMatch(
            new RegExp(`${CAPTURES} captures: ${state.clips.size} added, 0 skipped, 0 failed\\.`),
          );
          expect(state.clips.size).toBeLessThan(CAPTURES);
        }
        expect(run.output).not.toMatch(/\n\s+at [\w.<>]+ \(/); // no stack trace
      }
      // On a slow machine a kill can come after the end; most must come during the run.
      expect(interrupted).toBeGreaterThanOrEqual(2);
    },
  );

  it('SIGKILL at five points: validate names what a kill left, and the next import completes it', async () => {
    let killed = 0;
    let leftovers = 0;
    for (const fraction of [0.1, 0.3, 0.5, 0.7, 0.9]) {
      const archive = emptyArchive();
      const run = await runImport(archive, inbox, { signal: 'SIGKILL', afterMs: fraction * importMs });
      if (run.signal === 'SIGKILL') killed += 1;
      const state = archiveState(archive);
      // A clip without its capture never happens: the capture is put in place first.
      expect([...state.clips].filter((slug) => !state.captures.has(slug))).toEqual([]);
      const orphans = [...state.captures].filter((slug) => !state.clips.has(slug));
      leftovers += orphans.length + state.temps.length;
      const report = validate(archive);
      for (const slug of orphans) expect(report).toContain(`captures/${slug}.txt`);
      for (const temp of state.temps) expect(report).toContain(temp);

      const rerun = await runImport(archive, inbox);
      expect(rerun.output).not.toMatch(/\n\s+at [\w.<>]+ \(/);
      const after = archiveState(archive);
      expect(after.temps).toEqual([]);
      expect(after.clips.size).toBe(CAPTURES);
      expect([...after.captures].sort()).toEqual([...after.clips].sort());
      expect(validate(archive)).not.toMatch(/capture without a clip|temporary file/);
    }
    console.log(
      `SIGKILL: ${killed} of 5 runs killed mid-import, ${leftovers} leftovers (temporary files, captures without clips)`,
    );
    expect(killed).toBeGreaterThanOrEqual(3);
  });

  it('a kill between the two renames (capture in place, clip still temporary) is reported, then completed', async () => {
    const archive = emptyArchive();
    await runImport(archive, inbox);
    // Exactly what SIGKILL leaves in that window: the clip under its temporary name, from a process that is gone.
    const gone = spawnSync(process.execPath, ['-e', 'process.pid']).pid!;
    const slug = [...archiveState(archive).clips].sort()[3]!;
    const temp = `.${slug}.md.${gone}.tmp`;
    renameSync(path.join(archive, 'clips', `${slug}.md`), path.join(archive, 'clips', temp));
    const report = validate(archive);
    expect(report).toMatch(new RegExp(`captures/${slug}\\.txt.*a capture without a clip`));
    expect(report).toMatch(new RegExp(`clips/\\.${slug}\\.md\\.${gone}\\.tmp.*temporary file left by an interrupted`));
    const rerun = await runImport(archive, inbox);
    expect(rerun.output).toContain(`Removed`);
    const after = archiveState(archive);
    expect(after.temps).toEqual([]);
    expect(after.clips.has(slug)).toBe(true);
    expect(validate(archive)).not.toMatch(/capture without a clip|temporary file/);
  });
});
