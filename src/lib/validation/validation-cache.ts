import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ClipFrontmatter } from '../../schema/clip.ts';
import type { BodyParagraph } from '../text/clip-body.ts';

/**
 * Remembers which clips validated, keyed by a hash of everything validation reads: the clip file, its capture, the
 * outlet ids, and the code and libraries that validate (this folder, the schemas, the body reader, the lock file).
 * A rebuild after one clip changes validates that clip only; the others are read back with what the pages need.
 */
export interface ValidationCache {
  dir: string;
  /** Hash of the validating code and libraries; a change to any of them misses every entry. */
  codeHash: string;
}

/** What a valid clip's entry keeps: its parsed frontmatter, its paragraphs, and where its body starts. */
export interface CachedClip {
  data: ClipFrontmatter;
  paragraphs: BodyParagraph[];
  bodyStart: number;
}

function hashFiles(dirs: string[], extra: string[]): string {
  const hash = createHash('sha256');
  const files = dirs.flatMap((dir) => readdirSync(dir).map((f) => path.join(dir, f)));
  for (const file of [...files, ...extra].sort()) {
    if (!existsSync(file) || !/\.(ts|json)$/.test(file)) continue;
    hash.update(file.slice(file.lastIndexOf(path.sep))).update(readFileSync(file));
  }
  return hash.digest('hex');
}

/** The cache for a project rooted at `root`: in node_modules/.cache (which a clean install removes) or BUILD_CACHE_DIR. */
export function openValidationCache(root: string, env: NodeJS.ProcessEnv = process.env): ValidationCache {
  const lib = path.resolve(import.meta.dirname, '..');
  const codeHash = hashFiles(
    [import.meta.dirname, path.join(lib, 'text'), path.resolve(lib, '../schema')],
    [path.join(root, 'package-lock.json')],
  );
  const dir = env.BUILD_CACHE_DIR
    ? path.resolve(root, env.BUILD_CACHE_DIR, 'validation')
    : path.join(root, 'node_modules', '.cache', 'news-clip-archive', 'validation');
  return { dir, codeHash };
}

/** The entry's key: the code, the outlet ids, the clip's name, its file and its capture. */
export function validationKey(
  cache: ValidationCache,
  outletIds: ReadonlySet<string>,
  file: string,
  source: string,
  capture: Uint8Array | null,
): string {
  return createHash('sha256')
    .update(cache.codeHash)
    .update(`\0${[...outletIds].sort().join(',')}\0${file}\0`)
    .update(source)
    .update(capture === null ? '\0none' : `\0${createHash('sha256').update(capture).digest('hex')}`)
    .digest('hex');
}

const entryFile = (cache: ValidationCache, key: string) => path.join(cache.dir, key.slice(0, 2), `${key}.json`);

export function readCachedClip(cache: ValidationCache, key: string): CachedClip | null {
  try {
    return JSON.parse(readFileSync(entryFile(cache, key), 'utf8')) as CachedClip;
  } catch {
    return null;
  }
}

/** Writes an entry through a temporary file, so an interrupted build leaves no half entry. */
export function writeCachedClip(cache: ValidationCache, key: string, clip: CachedClip): void {
  const file = entryFile(cache, key);
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temp, JSON.stringify(clip));
  renameSync(temp, file);
}
