import { buildSearchIndex } from '../../src/lib/search/build-index.ts';
import { clipToSearchDocument } from '../../src/lib/search/clip-document.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { requireEdtfDate } from '../../src/lib/text/edtf-date.ts';
import { resolveArchivePaths } from '../../src/lib/validation/archive-paths.ts';
import { validateArchive } from '../../src/lib/validation/archive-validation.ts';
import type { ValidatedClip } from '../../src/lib/validation/clip-check.ts';

/** Validates archives (the project's own, or a fixture's content folder) and indexes their clips together, as the build does. */
export async function openArchiveSearch(...contentDirs: (string | undefined)[]): Promise<{
  engine: SearchEngine;
  clips: ValidatedClip[];
  files: Map<string, string>;
}> {
  const root = new URL('../..', import.meta.url).pathname;
  const archives = contentDirs.map((dir) => validateArchive(resolveArchivePaths(root, dir ? { CLIPS_DIR: dir } : {})));
  for (const archive of archives) if (archive.issues.length > 0) throw new Error(JSON.stringify(archive.issues));
  const outlets = new Map(archives.flatMap((a) => a.outlets).map((o) => [o.id, o]));
  const clips = archives.flatMap((a) => a.clips);
  const files = await buildSearchIndex(
    clips.map((clip) =>
      clipToSearchDocument({
        ...clip,
        date: requireEdtfDate(clip.data.date),
        dateInWords: clip.data.date,
        outlet: clip.data.outlet ? (outlets.get(clip.data.outlet) ?? null) : null,
        originalOutlet: clip.data.originalOutlet ? (outlets.get(clip.data.originalOutlet) ?? null) : null,
      }),
    ),
  );
  const engine = await SearchEngine.open(async (file) => {
    const body = files.get(file.split('?')[0]!);
    if (body === undefined) throw new Error(`no index file ${file}`);
    return JSON.parse(body);
  });
  return { engine, clips, files };
}
