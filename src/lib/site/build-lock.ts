import { closeSync, existsSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { processIsAlive } from '../capture/clip-file-writer.ts';

/**
 * The two guarantees of `npm run build`: only one build runs in a project at a time (Astro's content cache in
 * `.astro/` is shared, and two builds writing it at once crash), and the output folder is always a whole site,
 * the previous one or the new one. The build writes into a staging folder beside the output and swaps it in only
 * when it is complete.
 */

export interface BuildLock {
  release: () => void;
}

/**
 * Takes the project's build lock, a file holding the owner's PID. A lock whose owner is gone (a killed build) is
 * taken over. While a live build holds it, `onWait` is told once and the call waits, polling.
 */
export async function acquireBuildLock(
  lockFile: string,
  onWait: (holder: number) => void,
  pollMs = 250,
): Promise<BuildLock> {
  let told = false;
  for (;;) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return { release: () => releaseIfOwned(lockFile) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(readOrEmpty(lockFile));
    if (!Number.isInteger(holder) || holder <= 0 || !processIsAlive(holder)) {
      // A stale lock: remove it only if it is still the same one, then race for it again.
      if (readOrEmpty(lockFile) === String(holder) || holder <= 0) rmSync(lockFile, { force: true });
      continue;
    }
    if (!told) {
      onWait(holder);
      told = true;
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return '';
  }
}

function releaseIfOwned(lockFile: string): void {
  if (readOrEmpty(lockFile) === String(process.pid)) rmSync(lockFile, { force: true });
}

/** Where a build of `outDir` is staged, and where the previous site waits during the swap. */
export function stagingPaths(outDir: string, pid = process.pid) {
  return { staging: `${outDir}.staging-${pid}`, previous: `${outDir}.previous-${pid}` };
}

/**
 * Repairs what a killed build can leave beside `outDir`: staging folders of builds that are gone are removed, and
 * if the kill fell between the two renames of a swap (no output folder, the previous one set aside), it is put back.
 */
export function recoverInterruptedBuilds(outDir: string): string[] {
  const notes: string[] = [];
  const dir = path.dirname(outDir);
  const base = path.basename(outDir);
  if (!existsSync(dir)) return notes;
  for (const name of readdirSync(dir)) {
    const match = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(staging|previous)-(\\d+)$`).exec(name);
    if (!match || processIsAlive(Number(match[2]))) continue;
    const full = path.join(dir, name);
    if (match[1] === 'previous' && !existsSync(outDir)) {
      renameSync(full, outDir);
      notes.push(`restored ${base}/ from an interrupted swap`);
    } else {
      rmSync(full, { recursive: true, force: true });
      notes.push(`removed ${name}/, left by an interrupted build`);
    }
  }
  return notes;
}

/** Moves a complete staged site into place: the old site is set aside, the new one renamed in, the old removed. */
export function swapInBuild(staging: string, outDir: string, previous: string): void {
  const hadSite = existsSync(outDir);
  if (hadSite) renameSync(outDir, previous);
  renameSync(staging, outDir);
  if (hadSite) rmSync(previous, { recursive: true, force: true });
}
