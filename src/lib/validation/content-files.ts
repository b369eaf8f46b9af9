import { lstatSync, readdirSync, readFileSync, type Stats } from 'node:fs';
import path from 'node:path';

/**
 * Safe reading of the archive's files. The archive keeps only real files: a symbolic link can point outside the
 * archive or loop, and a directory, device or pipe named like a clip cannot be read as one. Each problem names the
 * path and what to do, instead of a stack trace from deep inside a read.
 */
export interface FileProblem {
  path: string;
  message: string;
  fix: string;
}

export type FileRead = { ok: true; bytes: Buffer } | { ok: false; problem: FileProblem };

/** A name `clip:add` gives a file while it writes it (`.<name>.<pid>.tmp`); one left behind was interrupted. */
export const TEMPORARY_FILE = /^\..+\.\d+\.tmp$/;

function kindOf(stats: Stats): string {
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function notRegular(file: string, stats: Stats, what: string): FileProblem {
  const kind = kindOf(stats);
  return {
    path: file,
    message: `${kind}, not ${what}.`,
    fix:
      kind === 'a symbolic link'
        ? 'Replace the link with a copy of the file it points to (the archive keeps only real files).'
        : `Replace it with ${what}, or move it away.`,
  };
}

function errorProblem(file: string, error: unknown): FileProblem {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  const reason =
    code === 'EACCES' || code === 'EPERM'
      ? 'cannot be read (permission denied)'
      : code === 'ENOENT'
        ? 'does not exist'
        : code === 'ELOOP'
          ? 'is a loop of symbolic links'
          : `cannot be read (${code})`;
  return {
    path: file,
    message: `${reason}.`,
    fix: 'Make it a readable regular file (check its permissions), or remove it.',
  };
}

/**
 * Reads a regular file of at most `maxBytes` bytes. Refuses links, folders, devices and pipes, and a file over the
 * limit without reading it (a 50 MB capture must not exhaust memory). `what` names the file in messages.
 */
export function readRegularFile(file: string, maxBytes: number, what: string): FileRead {
  let stats: Stats;
  try {
    stats = lstatSync(file);
  } catch (error) {
    return { ok: false, problem: errorProblem(file, error) };
  }
  if (!stats.isFile()) return { ok: false, problem: notRegular(file, stats, what) };
  if (stats.size > maxBytes) {
    return {
      ok: false,
      problem: {
        path: file,
        message: `${formatBytes(stats.size)}, over the limit of ${formatBytes(maxBytes)} for ${what}.`,
        fix: 'Keep only the article: cut the page down to its text (see "Limits" in README.md).',
      },
    };
  }
  try {
    return { ok: true, bytes: readFileSync(file) };
  } catch (error) {
    return { ok: false, problem: errorProblem(file, error) };
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Every file under `dir` whose name ends in `extension`, sorted, walking subfolders (a large archive may sort clips
 * by year) without following links. Links, and pipes or devices named like a clip, are problems; so is a temporary
 * file an interrupted `clip:add` left behind.
 */
export function listContentFiles(dir: string, extension: string): { files: string[]; problems: FileProblem[] } {
  const files: string[] = [];
  const problems: FileProblem[] = [];
  const walk = (current: string) => {
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && current === dir) return;
      problems.push(errorProblem(current, error));
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(current, entry.name);
      if (TEMPORARY_FILE.test(entry.name)) {
        problems.push({
          path: full,
          message: 'a temporary file left by an interrupted npm run clip:add.',
          fix: 'Delete it, then run npm run clip:add again for that capture if its clip is missing.',
        });
      } else if (entry.isSymbolicLink()) {
        problems.push(notRegular(full, lstatSync(full), 'a file'));
      } else if (entry.isDirectory()) {
        walk(full);
      } else if (entry.name.endsWith(extension)) {
        if (entry.isFile()) files.push(full);
        else problems.push(notRegular(full, lstatSync(full), `a ${extension} file`));
      }
    }
  };
  walk(dir);
  return { files, problems };
}

/** Every `.md` file under a folder, sorted, so subfolders (e.g. by year) can organise a large archive. */
export function listClipFiles(dir: string): string[] {
  return listContentFiles(dir, '.md').files;
}
