// Checks every clip against its schema, its capture and the outlet list, without building the site.
// Exit code 0 when the archive is sound, 1 when anything is wrong (each problem names file, field and fix).
import { resolveArchivePaths } from '../lib/validation/archive-paths.ts';
import { validateArchiveInParallel } from '../lib/validation/archive-validation.ts';
import { formatIssues } from '../lib/validation/validation-issue.ts';

const started = performance.now();
const paths = resolveArchivePaths(process.cwd());
const { issues, clips } = await validateArchiveInParallel(paths);
const ms = Math.round(performance.now() - started);
if (issues.length > 0) {
  console.error(formatIssues(issues));
  process.exitCode = 1;
} else {
  console.log(`${clips.length} clips valid (${ms} ms).`);
}
