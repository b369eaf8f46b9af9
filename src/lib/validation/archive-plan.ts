/**
 * The checks across clips, made before any clip is read: the outlet list, files that are not plain files, an empty
 * archive, two clips with one slug, and captures without a clip. Apart from the per-clip checks because they need the
 * whole listing, while each clip is then checked on its own (and in parallel).
 */
import path from 'node:path';
import type { Outlet } from '../../schema/outlet.ts';
import type { ArchivePaths } from './archive-paths.ts';
import type { ClipJob } from './clip-jobs.ts';
import { listContentFiles } from './content-files.ts';
import { readOutlets } from './outlets-file.ts';
import type { ValidationIssue } from './validation-issue.ts';

export interface ArchivePlan {
  outlets: Outlet[];
  outletIds: Set<string>;
  jobs: ClipJob[];
  issues: ValidationIssue[];
}

/** The archive's outlets, its clip files as jobs, and the problems found before any clip is read. */
export function planArchiveValidation(paths: ArchivePaths): ArchivePlan {
  const rel = (p: string) => path.relative(paths.root, p) || p;
  const { outlets, issues } = readOutlets(paths.outletsFile, rel(paths.outletsFile));
  const outletIds = new Set(outlets.map((o) => o.id));
  const bySlug = new Map<string, string>();
  const listed = listContentFiles(paths.clipsDir, '.md');
  const captures = listContentFiles(paths.capturesDir, '');
  for (const problem of [...listed.problems, ...captures.problems]) {
    issues.push({ file: rel(problem.path), field: null, message: problem.message, fix: problem.fix });
  }
  const files = listed.files;
  if (files.length === 0) {
    issues.push({
      file: rel(paths.clipsDir),
      field: null,
      message: 'no clips found.',
      fix: 'Add clips as <slug>.md files, e.g. with npm run clip:add.',
    });
  }
  const jobs: ClipJob[] = [];
  for (const full of files) {
    const file = rel(full);
    const slug = path.basename(full, '.md');
    const earlier = bySlug.get(slug);
    if (earlier) {
      issues.push({
        file,
        field: null,
        message: `duplicate slug "${slug}": ${earlier} has the same file name.`,
        fix: 'Rename one of the two files; each clip needs its own slug, which is its permalink.',
      });
      continue;
    }
    bySlug.set(slug, file);
    jobs.push({ full, file, slug, capturesFull: paths.capturesDir, capturesDir: rel(paths.capturesDir) });
  }
  for (const capture of captures.files) {
    const slug = path.basename(capture).replace(/\..*$/, '');
    if (!bySlug.has(slug)) {
      issues.push({
        file: rel(capture),
        field: null,
        message: `a capture without a clip: no clips/${slug}.md (an interrupted import, or a clip renamed or deleted).`,
        fix: `Run npm run clip:add -- ${rel(capture)} --slug ${slug} --force to draft its clip again, or delete the capture.`,
      });
    }
  }
  return { outlets, outletIds, jobs, issues };
}
