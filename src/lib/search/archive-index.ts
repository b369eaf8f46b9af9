import { buildSearchIndex } from './build-index.ts';
import { clipToSearchDocument, type SearchableClip } from './clip-document.ts';

let building: Promise<Map<string, string>> | undefined;
let builtFrom: readonly SearchableClip[] | undefined;

/** The index files for the archive's clips (newest first), built once per build and shared by every file route. */
export function searchIndexFiles(clips: readonly SearchableClip[]): Promise<Map<string, string>> {
  if (!building || builtFrom !== clips) {
    building = buildSearchIndex(clips.map(clipToSearchDocument));
    builtFrom = clips;
  }
  return building;
}
