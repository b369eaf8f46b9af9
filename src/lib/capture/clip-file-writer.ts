import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, isNode, type Node } from 'yaml';
import { fieldName, type ClipDraft } from './capture-draft.ts';

/** Comment that heads every draft, so the keeper knows how to read the markers. */
const DRAFT_HEADER = [
  ' Draft written by npm run clip:add. Suggestions are marked TO CONFIRM: keep, correct or delete each one.',
  ' Fields marked TO FILL are empty; the clip does not validate until they are filled (npm run validate).',
];

/**
 * Writes a draft as a clip file: YAML frontmatter (through the `yaml` library, so it is always valid YAML)
 * with TO FILL / TO CONFIRM comments on the fields concerned, then the Markdown body.
 */
export function renderClipFile(draft: ClipDraft): string {
  // YAML 1.1 quoting: Astro's frontmatter parser reads an unquoted 2020-01-21 as a date object, not the EDTF string.
  const doc = new Document(draft.frontmatter, { version: '1.1' });
  const notes = [
    ...draft.toFill.map((n) => ({ ...n, mark: 'TO FILL' })),
    ...draft.toConfirm.map((n) => ({ ...n, mark: 'TO CONFIRM' })),
  ];
  if (notes.length > 0) doc.commentBefore = DRAFT_HEADER.join('\n');
  for (const { path: at, note, mark } of notes) {
    const node = doc.getIn(at, true) as Node | undefined;
    if (!isNode(node)) throw new Error(`internal error: no draft field ${fieldName(at)} to annotate.`);
    const text = ` ${mark}: ${note}`;
    // Scalars take the comment on their own line; list items and maps take it on the line above.
    if (typeof at[at.length - 1] === 'number')
      node.commentBefore = node.commentBefore ? `${node.commentBefore}\n${text}` : text;
    else node.comment = node.comment ? `${node.comment};${text}` : text;
  }
  const yaml = doc.toString({ lineWidth: 0 });
  return `---\n${yaml}---\n\n${draft.body}`;
}

export interface FileToWrite {
  path: string;
  content: string | Uint8Array;
  /** Replace the file if it exists (a list the import appends to, such as outlets.yaml). */
  replace?: boolean;
}

/** The targets that already exist (and would be overwritten). */
export function existingTargets(files: readonly FileToWrite[]): string[] {
  return files.filter((f) => !f.replace && existsSync(f.path)).map((f) => f.path);
}

/**
 * Writes all files or none: each goes to a temporary file beside its target first, and only when every
 * temporary file is written are they renamed into place. On any error the temporary files are removed.
 * Refuses to overwrite an existing file unless `overwrite` is set.
 */
export function writeFilesAtomically(files: readonly FileToWrite[], overwrite = false): void {
  if (!overwrite) {
    const existing = existingTargets(files);
    if (existing.length > 0) throw new Error(`${existing.join(', ')} already exists; nothing was written.`);
  }
  const temps: string[] = [];
  try {
    for (const file of files) {
      mkdirSync(path.dirname(file.path), { recursive: true });
      const temp = temporaryPath(file.path);
      temps.push(temp);
      writeFileSync(temp, file.content, { flag: 'w' });
    }
  } catch (error) {
    for (const temp of temps) rmSync(temp, { force: true });
    throw error;
  }
  // Renames are atomic one by one; if a later one fails, the new files already moved are taken back out.
  const placed: string[] = [];
  try {
    files.forEach((file, i) => {
      const isNew = !existsSync(file.path);
      renameSync(temps[i]!, file.path);
      if (isNew) placed.push(file.path);
    });
  } catch (error) {
    for (const file of placed) rmSync(file, { force: true });
    for (const temp of temps) rmSync(temp, { force: true });
    throw error;
  }
}

/** `.<name>.<pid>.tmp` beside the target: hidden, and named for the process that writes it. */
export function temporaryPath(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
}

/**
 * Removes temporary files that a killed `clip:add` left in `dirs` (its process is gone). Returns what was removed.
 */
export function removeAbandonedTemporaryFiles(dirs: readonly string[]): string[] {
  const removed: string[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const pid = /^\..+\.(\d+)\.tmp$/.exec(name)?.[1];
      if (!pid || processIsAlive(Number(pid))) continue;
      rmSync(path.join(dir, name), { force: true });
      removed.push(path.join(dir, name));
    }
  }
  return removed;
}

/** Whether a process still runs (one owned by another user counts: it answers EPERM). */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
