// Checks every clip against its schema, its capture and the outlet list, without building the site.
// Exit code 0 when the archive is sound, 1 when anything is wrong (each problem names file, field and fix).
// Drafts (draft: true) are checked like every clip, then listed with the fields still marked for review.
import { resolveArchivePaths } from '../lib/validation/archive-paths.ts';
import { validateArchiveInParallel } from '../lib/validation/archive-validation.ts';
import { formatIssues } from '../lib/validation/validation-issue.ts';

const started = performance.now();
const paths = resolveArchivePaths(process.cwd());
const { issues, clips } = await validateArchiveInParallel(paths);
const ms = Math.round(performance.now() - started);
const drafts = clips.filter((clip) => clip.data.draft);
if (issues.length > 0) {
  console.error(formatIssues(issues));
  process.exitCode = 1;
} else {
  console.log(`${clips.length} clips valid (${ms} ms).`);
}
if (drafts.length > 0) {
  console.log(
    `\n${drafts.length} draft${drafts.length > 1 ? 's wait' : ' waits'} for review and ${drafts.length > 1 ? 'are' : 'is'} not published:`,
  );
  for (const draft of drafts) {
    const fields = [...new Set(draft.draftMarkers.map((m) => `${m.field} (${m.mark})`))];
    console.log(
      `  ${draft.file}: ${fields.length ? fields.join(', ') : 'no field marked; delete "draft: true" to publish'}`,
    );
  }
}
