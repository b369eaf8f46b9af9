import { readFileSync } from 'node:fs';
import path from 'node:path';
import { locateIssue } from './issue-location.ts';
import { formatIssue, formatIssues, type ValidationIssue } from './validation-issue.ts';

/**
 * The fields of an error that Astro's dev error overlay shows: its name (the page title), title, message, hint and
 * the file and line it opens (with the code around it). The stack is empty so the overlay points at the clip, not
 * at the code that found the problem.
 */
export interface OverlayError {
  name: string;
  title: string;
  message: string;
  hint: string;
  loc?: { file: string; line: number; column: number };
  stack: string;
}

/**
 * What `npm run dev` shows while the archive does not validate: every problem (file › field: what is wrong, and its
 * fix), the first one's fix as the hint, and its file and line. `root` is the folder issue paths are relative to.
 */
export function validationOverlayError(
  issues: ValidationIssue[],
  root: string,
  readText: (file: string) => string = (file) => readFileSync(file, 'utf8'),
): OverlayError {
  const first = issues[0];
  if (!first) throw new Error('validationOverlayError needs at least one issue.');
  const file = path.resolve(root, first.file);
  let location = null;
  try {
    location = locateIssue(first, readText(file));
  } catch {
    // A folder, a missing or unreadable file: the message names it; there is no line to show.
  }
  return {
    name: 'ArchiveValidationError',
    title: 'The archive did not validate',
    message: issues.length === 1 ? formatIssue(first) : formatIssues(issues),
    hint: `${first.fix} The same check runs in npm run validate and npm run build; the page shows again once every problem is fixed.`,
    ...(location ? { loc: { file, ...location } } : {}),
    stack: '',
  };
}
