import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The archive's two CSL styles, kept as `.csl` files in `styles/` so they can be read, diffed and checked with any
 * CSL tool:
 * - `chicago-newspaper.csl`: the Chicago Manual of Style's notes-and-bibliography form for the one kind of item the
 *   archive cites (a newspaper or web article): Author. "Title." Publication, Month Day, Year. Originally published
 *   by (a republication's original). URL. Archived copy. citation-js ships APA but no Chicago style.
 * - `apa-newspaper.csl`: APA (7th edition) reference-list entries for the same items: Author, A. A. (Year, Month
 *   Day). Title. *Publication*. URL. citation-js's complete APA style is built for every item type and takes several
 *   milliseconds per entry in citeproc, which is minutes for a large archive; this one formats the same entries in
 *   about a third of the time.
 */
export type StyleFile = 'chicago-newspaper.csl' | 'apa-newspaper.csl';

// Beside this module when it runs from src/ (the CLI, the worker, the tests); from the project folder when it runs
// inside Astro's bundle, which lives elsewhere. Builds and tests run in the project folder.
const STYLE_FOLDERS = [
  path.join(import.meta.dirname, 'styles'),
  path.join(process.cwd(), 'src', 'lib', 'citation', 'styles'),
];

export function readCitationStyle(file: StyleFile): string {
  const folder = STYLE_FOLDERS.find((dir) => existsSync(path.join(dir, file)));
  if (!folder) throw new Error(`The citation style ${file} is missing from src/lib/citation/styles/.`);
  return readFileSync(path.join(folder, file), 'utf8').replace(/\n$/, '');
}

/**
 * A hash of both styles. Astro's incremental build sees changes to code it imports, not to files read at run time,
 * so the key of every page that shows a formatted citation includes this.
 */
export function citationStylesDigest(): string {
  const hash = createHash('sha256');
  for (const file of ['chicago-newspaper.csl', 'apa-newspaper.csl'] as const) hash.update(readCitationStyle(file));
  return hash.digest('base64url');
}
