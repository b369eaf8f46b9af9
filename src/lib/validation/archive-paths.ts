import path from 'node:path';

/** Where the archive's clips, captures and outlet list are, and the root that messages name files from. */
export interface ArchivePaths {
  root: string;
  clipsDir: string;
  capturesDir: string;
  outletsFile: string;
}

/**
 * Where the archive's content lives. `CLIPS_DIR` points the site at another content folder (e.g. a generated
 * corpus) that has the same layout: clips/, captures/ and outlets.yaml.
 */
export function resolveArchivePaths(root: string, env: NodeJS.ProcessEnv = process.env): ArchivePaths {
  const contentDir = path.resolve(root, env.CLIPS_DIR ?? 'content');
  return {
    root,
    clipsDir: path.join(contentDir, 'clips'),
    capturesDir: path.join(contentDir, 'captures'),
    outletsFile: path.join(contentDir, 'outlets.yaml'),
  };
}
