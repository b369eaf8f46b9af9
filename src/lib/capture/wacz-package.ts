import { createHash } from 'node:crypto';
import { unzipSync, type Unzipped } from 'fflate';

/** A WACZ opened: its files, what datapackage.json says of them, and the result of checking their hashes. */
export interface WaczPackage {
  files: Unzipped;
  /** The WARC files inside, e.g. archive/data.warc.gz. */
  warcs: string[];
  /** Page URLs listed in pages/pages.jsonl (the pages the recording tool saw), in order. */
  pages: string[];
  /** e.g. "datapackage.json lists 4 files; the SHA-256 of each matches (checked on import)". */
  packageCheck: string;
}

function unzip(bytes: Uint8Array, filter?: (name: string) => boolean): Unzipped {
  try {
    return unzipSync(bytes, filter ? { filter: (file) => filter(file.name) } : {});
  } catch (error) {
    throw new Error(`it is not a readable WACZ (ZIP) file (${(error as Error).message}).`, { cause: error });
  }
}

/** One WARC of a WACZ, read from the package (used on every build to find a clip's record). */
export function readWarcFromWacz(bytes: Uint8Array, warcPath: string): Uint8Array {
  const file = unzip(bytes, (name) => name === warcPath)[warcPath];
  if (!file) throw new Error(`the WACZ holds no ${warcPath}`);
  return file;
}

interface DataPackage {
  resources?: { path?: string; hash?: string; bytes?: number }[];
}

/**
 * Opens a WACZ and checks it as its format asks: every file datapackage.json lists must be in the package with
 * the SHA-256 (or MD5) and size it gives. Throws, naming the file, when one is missing or does not match.
 */
export function openWacz(bytes: Uint8Array): WaczPackage {
  const files = unzip(bytes);
  const manifest = files['datapackage.json'];
  if (!manifest) throw new Error('it is not a WACZ: it has no datapackage.json.');
  let data: DataPackage;
  try {
    data = JSON.parse(new TextDecoder().decode(manifest)) as DataPackage;
  } catch (error) {
    throw new Error(`its datapackage.json is not valid JSON (${(error as Error).message}).`, { cause: error });
  }
  const resources = data.resources ?? [];
  if (resources.length === 0) throw new Error('its datapackage.json lists no files.');
  for (const resource of resources) {
    const path = resource.path ?? '';
    const file = files[path];
    if (!file) throw new Error(`its datapackage.json lists ${path}, which the package does not hold.`);
    const [algorithm, expected] = (resource.hash ?? '').split(':');
    if (!expected || (algorithm !== 'sha256' && algorithm !== 'md5')) {
      throw new Error(`its datapackage.json gives no sha256 hash for ${path}.`);
    }
    const actual = createHash(algorithm).update(file).digest('hex');
    if (actual !== expected.toLowerCase()) {
      throw new Error(
        `the ${algorithm} hash of ${path} is ${actual}, but datapackage.json says ${expected}: the package was changed or damaged.`,
      );
    }
    if (resource.bytes !== undefined && resource.bytes !== file.length) {
      throw new Error(`${path} has ${file.length} bytes, but datapackage.json says ${resource.bytes}.`);
    }
  }
  const warcs = Object.keys(files)
    .filter((name) => /^archive\/.+\.warc(\.gz)?$/.test(name))
    .sort();
  if (warcs.length === 0) throw new Error('it holds no WARC files under archive/.');
  const pagesFile = files['pages/pages.jsonl'];
  const pages: string[] = [];
  if (pagesFile) {
    for (const line of new TextDecoder().decode(pagesFile).split('\n')) {
      try {
        const entry = JSON.parse(line) as { url?: string };
        if (entry.url) pages.push(entry.url);
      } catch {
        // The header line and blank lines carry no page.
      }
    }
  }
  const packageCheck = `datapackage.json lists ${resources.length} files; the hash and size of each match (checked on import).`;
  return { files, warcs, pages, packageCheck };
}
