// Adds raw captures to the archive as draft clips:
//   npm run clip:add -- <capture.txt | folder> [--outlet ID] [--url URL] [--date EDTF] [--slug SLUG] [--force]
// Each capture is copied byte for byte to captures/<slug>.txt and drafted as clips/<slug>.md; the command then
// prints what is left to fill and the validation result. Bad input is refused with a message and nothing written.
import cliProgress from 'cli-progress';
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveArchivePaths } from '../lib/validation/archive-paths.ts';
import { readOutlets } from '../lib/validation/archive-validation.ts';
import { fieldName } from '../lib/capture/capture-draft.ts';
import { removeAbandonedTemporaryFiles } from '../lib/capture/clip-file-writer.ts';
import {
  checkImportOptions,
  importCaptureFile,
  importTarget,
  validateWrittenClip,
  type ImportOptions,
  type ImportResult,
  type ImportTarget,
} from '../lib/capture/capture-import.ts';
import { formatIssues } from '../lib/validation/validation-issue.ts';

const USAGE = `Usage: npm run clip:add -- <capture.txt | folder of .txt captures> [options]

Options:
  --outlet ID    id (from outlets.yaml) of the outlet whose page was captured
  --url URL      URL of the original publication
  --date EDTF    publication date as EDTF, e.g. 2020-01-21 or 2020-01-21/2020-01-31
  --slug SLUG    the clip's slug and permalink (single capture only; default: from the headline or file name)
  --force        replace a clip and capture that already have this slug
  --help         show this help`;

function fail(message: string): never {
  console.error(`clip:add: ${message}\nNothing was written.`);
  process.exit(1);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        outlet: { type: 'string' },
        url: { type: 'string' },
        date: { type: 'string' },
        slug: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`);
  }
}

function relative(root: string, file: string): string {
  return path.relative(root, file) || file;
}

function reportDraft(result: Extract<ImportResult, { status: 'added' }>, target: ImportTarget) {
  const root = target.paths.root;
  const { draft } = result;
  console.log(
    `Added ${relative(root, result.clipFile)} and ${relative(root, result.captureFile)} (copied byte for byte).`,
  );
  if (draft.toFill.length > 0) {
    console.log(`\nLeft to fill (${draft.toFill.length}), marked TO FILL in the file:`);
    for (const note of draft.toFill) console.log(`  ${fieldName(note.path)}: ${note.note}`);
  }
  if (draft.toConfirm.length > 0) {
    console.log(`\nSuggestions to confirm, correct or delete (${draft.toConfirm.length}), marked TO CONFIRM:`);
    for (const note of draft.toConfirm) console.log(`  ${fieldName(note.path)}: ${note.note}`);
  }
  const issues = validateWrittenClip(result, target);
  if (issues.length === 0) {
    console.log('\nValidation: the clip is valid.');
  } else {
    console.log(`\nValidation (the draft is not valid until the fields above are filled):\n${formatIssues(issues)}`);
  }
}

// Ctrl-C or a kill between captures stops the import after the clip being written, never halfway through one:
// each clip's two files are written synchronously, so the handler only runs between clips.
let interruptedBy: NodeJS.Signals | null = null;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (interruptedBy) process.exit(130);
    interruptedBy = signal;
  });
}

async function importFolder(folder: string, options: ImportOptions, target: ImportTarget) {
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  if (files.length === 0) fail(`${folder} holds no .txt captures.`);
  const bar = new cliProgress.SingleBar(
    { format: 'Importing [{bar}] {value}/{total} {file}', stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(files.length, 0, { file: '' });
  const results: ImportResult[] = [];
  for (const name of files) {
    await new Promise((resolve) => setImmediate(resolve));
    if (interruptedBy) break;
    bar.update({ file: name });
    results.push(importCaptureFile(path.join(folder, name), name, options, target));
    bar.increment();
  }
  bar.stop();
  if (interruptedBy) {
    console.log(
      `\nInterrupted (${interruptedBy}) after ${results.length} of ${files.length} captures; the rest were not imported. Every clip written has its capture.`,
    );
    process.exitCode = 130;
  }

  const added = results.filter((r) => r.status === 'added');
  const skipped = results.filter((r) => r.status === 'skipped');
  const failed = results.filter((r) => r.status === 'failed');
  console.log(
    `\n${results.length} captures: ${added.length} added, ${skipped.length} skipped, ${failed.length} failed.`,
  );
  for (const r of added) {
    const issues = validateWrittenClip(r, target).length;
    console.log(
      `  added   ${r.slug}: ${r.draft.toFill.length} fields to fill, ${r.draft.toConfirm.length} suggestions to confirm, ${issues === 0 ? 'valid' : `${issues} validation problems until filled`}`,
    );
  }
  for (const r of skipped) console.log(`  skipped ${r.reason}`);
  for (const r of failed) console.log(`  failed  ${r.reason}`);
  if (added.length > 0)
    console.log(
      '\nOpen each added clip, fill the TO FILL fields and confirm the suggestions, then run npm run validate.',
    );
  if (failed.length > 0 && !interruptedBy) process.exitCode = 1;
}

const { values, positionals } = parse();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length !== 1) fail(`give exactly one capture file or folder.\n\n${USAGE}`);
const input = path.resolve(positionals[0]!);
if (!existsSync(input))
  fail(`${positionals[0]} does not exist. Give the path of a raw capture (.txt) or of a folder of captures.`);

const paths = resolveArchivePaths(process.cwd());
const outletList = readOutlets(paths.outletsFile, relative(paths.root, paths.outletsFile));
if (outletList.issues.length > 0) fail(`the outlet list is broken:\n${formatIssues(outletList.issues)}`);
const target = importTarget(paths, outletList.outlets);
for (const removed of removeAbandonedTemporaryFiles([paths.clipsDir, paths.capturesDir])) {
  console.log(`Removed ${relative(paths.root, removed)}, left by an interrupted import.`);
}
const options: ImportOptions = {
  slug: values.slug,
  outlet: values.outlet,
  url: values.url,
  date: values.date,
  force: values.force,
};
const problem = checkImportOptions(options, target);
if (problem) fail(problem);

if (lstatSync(input).isDirectory()) {
  if (values.slug !== undefined) fail('--slug names one clip; it cannot be used with a folder of captures.');
  await importFolder(input, options, target);
} else {
  const result = importCaptureFile(input, positionals[0]!, options, target);
  if (result.status !== 'added') fail(result.reason);
  reportDraft(result, target);
}
