// Adds raw captures to the archive as draft clips (see USAGE). Each capture is copied byte for byte to
// content/captures/ and drafted as content/clips/<slug>.md; the command then prints what is left to fill and the
// validation result. Bad input is refused with a message and nothing written.
import cliProgress from 'cli-progress';
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { removeAbandonedTemporaryFiles } from '../lib/capture/clip-file-writer.ts';
import { CAPTURE_FORMATS, importCaptureFile, importFolder } from '../lib/capture/folder-import.ts';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveArchivePaths } from '../lib/validation/archive-paths.ts';
import { readOutlets } from '../lib/validation/outlets-file.ts';
import { fieldName } from '../lib/capture/capture-draft.ts';
import {
  checkImportOptions,
  importTarget,
  validateWrittenClip,
  type ImportResult,
  type ImportTarget,
} from '../lib/capture/capture-import.ts';
import type { PageImportOptions } from '../lib/capture/page-import.ts';
import { formatIssues } from '../lib/validation/validation-issue.ts';

const USAGE = `Usage: npm run clip:add -- <capture file | folder of captures> [options]

Formats (by file extension):
  .txt             the article's text, as copied or saved as plain text (UTF-8)
  .html, .htm      a saved web page: the browser's "Save Page As" (HTML only or complete), or SingleFile's
                   one-file page. The article is extracted (Mozilla Readability); metadata the page states
                   (title, site, author, dates, address, language, section, keywords) is filled in with where
                   it was read.
  .warc, .warc.gz  a web archive (wget --warc-file, Heritrix, Browsertrix, pywb): every HTML page with
                   status 200 becomes a clip that names its record; WARC-Date gives the capture date.
  .wacz            a packaged web archive (ArchiveWeb.page, Browsertrix): its datapackage.json hashes are
                   checked first; the pages it lists are imported.
A folder imports every capture in it with these extensions, with a progress bar and a summary.

Options:
  --outlet ID    id (from outlets.yaml) of the outlet whose page was captured (otherwise read from the page)
  --url URL      .txt and .html: the URL of the original publication (replaces what the page states);
                 .warc and .wacz: import only the page with this WARC-Target-URI (repeat for several)
  --date EDTF    publication date as EDTF, e.g. 2020-01-21 or 2020-01-21/2020-01-31 (replaces the stated date)
  --slug SLUG    the clip's slug and permalink (one page only; default: from the headline or file name)
  --force        replace a clip and capture that already have this slug
  --help         show this help

Every clip is written as a draft (draft: true): suggestions are marked TO CONFIRM, missing facts TO FILL.
Drafts are validated but not published; npm run validate lists them. Review each, then delete draft: true.`;

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
        url: { type: 'string', multiple: true },
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
    `Added ${relative(root, result.clipFile)} (a draft) from ${relative(root, result.captureFile)} (kept byte for byte).`,
  );
  if (draft.toFill.length > 0) {
    console.log(`\nLeft to fill (${draft.toFill.length}), marked TO FILL in the file:`);
    for (const note of draft.toFill) console.log(`  ${fieldName(note.path)}: ${note.note}`);
  }
  if (draft.toConfirm.length > 0) {
    console.log(`\nSuggestions to confirm, correct or delete (${draft.toConfirm.length}), marked TO CONFIRM:`);
    for (const note of draft.toConfirm) console.log(`  ${fieldName(note.path)}: ${note.note}`);
  }
  const issues = result.issues ?? validateWrittenClip(result, target);
  if (issues.length === 0) {
    console.log('\nValidation: the draft is valid. It stays unpublished until you review it and delete "draft: true".');
  } else {
    console.log(`\nValidation (the draft is not valid until the fields above are filled):\n${formatIssues(issues)}`);
  }
}

function summarise(results: ImportResult[], total: string, target: ImportTarget) {
  const added = results.filter((r) => r.status === 'added');
  const skipped = results.filter((r) => r.status === 'skipped');
  const failed = results.filter((r) => r.status === 'failed');
  console.log(`\n${total}: ${added.length} added, ${skipped.length} skipped, ${failed.length} failed.`);
  for (const r of added) {
    const issues = (r.issues ?? validateWrittenClip(r, target)).length;
    console.log(
      `  added   ${r.slug}: ${r.draft.toFill.length} fields to fill, ${r.draft.toConfirm.length} suggestions to confirm, ${issues === 0 ? 'valid' : `${issues} validation problems until filled`}`,
    );
  }
  for (const r of skipped) console.log(`  skipped ${r.reason}`);
  for (const r of failed) console.log(`  failed  ${r.reason}`);
  if (added.length > 0) {
    console.log(
      '\nOpen each added clip, fill the TO FILL fields and confirm the suggestions, then run npm run validate.',
    );
  }
  if (failed.length > 0 || added.length === 0) process.exitCode = 1;
}

function progressBar(total: number) {
  const bar = new cliProgress.SingleBar(
    { format: 'Importing [{bar}] {value}/{total} {file}', stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { file: '' });
  return bar;
}

// Ctrl-C or a kill stops a folder import between captures, never halfway through one: each clip's two files are
// written synchronously, so the handler only runs between clips; the summary is printed either way.
let interruptedBy: NodeJS.Signals | null = null;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (interruptedBy) process.exit(130);
    interruptedBy = signal;
  });
}

async function importFolderWithProgress(folder: string, options: PageImportOptions, target: ImportTarget) {
  // Links, folders, pipes and devices named like captures are listed too, and fail with a reason in the summary.
  const files = readdirSync(folder)
    .filter((name) => CAPTURE_FORMATS.test(name))
    .sort();
  if (files.length === 0) fail(`${folder} holds no captures (.txt, .html, .htm, .warc, .warc.gz or .wacz).`);
  const bar = progressBar(files.length);
  const { results, done } = await importFolder(folder, files, options, target, {
    onFile: (name, n) => bar.update(n, { file: name ?? '' }),
    stopRequested: () => interruptedBy !== null,
  });
  bar.stop();
  if (interruptedBy) {
    console.log(
      `\nInterrupted (${interruptedBy}) after ${done} of ${files.length} captures; the rest were not imported. Every clip written has its capture.`,
    );
  }
  summarise(results, `${files.length} captures`, target);
  if (interruptedBy) process.exitCode = 130;
}

const { values, positionals } = parse();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length !== 1) fail(`give exactly one capture file or folder.\n\n${USAGE}`);
const input = path.resolve(positionals[0]!);
if (!existsSync(input))
  fail(`${positionals[0]} does not exist. Give the path of a capture or of a folder of captures.`);
const isFolder = lstatSync(input).isDirectory();
if (!isFolder && !CAPTURE_FORMATS.test(input)) {
  fail(
    `${positionals[0]} is not a capture format clip:add reads. Give a .txt, .html, .htm, .warc, .warc.gz or .wacz file (see --help).`,
  );
}

const paths = resolveArchivePaths(process.cwd());
const outletList = readOutlets(paths.outletsFile, relative(paths.root, paths.outletsFile));
if (outletList.issues.length > 0) fail(`the outlet list is broken:\n${formatIssues(outletList.issues)}`);
const target = importTarget(paths, outletList.outlets);
for (const removed of removeAbandonedTemporaryFiles([paths.clipsDir, paths.capturesDir])) {
  console.log(`Removed ${relative(paths.root, removed)}, left by an interrupted import.`);
}
const isArchive = /\.(warc|warc\.gz|wacz)$/i.test(input);
const urls = values.url ?? [];
if (!isArchive && urls.length > 1) fail('--url is given more than once; a .txt or .html capture has one URL.');
const options: PageImportOptions = {
  slug: values.slug,
  outlet: values.outlet,
  url: isArchive ? undefined : urls[0],
  urls: isArchive ? urls : undefined,
  date: values.date,
  // The accession: the day (UTC) the archive adds the clip.
  accessioned: new Date().toISOString().slice(0, 10),
  force: values.force,
};
const problem = checkImportOptions({ ...options, url: urls.find((u) => !/^https?:\/\//.test(u)) ?? urls[0] }, target);
if (problem) fail(problem);

if (isFolder) {
  if (values.slug !== undefined) fail('--slug names one clip; it cannot be used with a folder of captures.');
  await importFolderWithProgress(input, options, target);
} else if (isArchive) {
  const bar = progressBar(1);
  const results = await importCaptureFile(input, positionals[0]!, options, target, (done, total, url) => {
    bar.setTotal(total);
    bar.update(done, { file: url });
  });
  bar.stop();
  if (results.length === 1 && results[0]!.status === 'added') reportDraft(results[0]!, target);
  else if (results.length === 1 && results[0]!.status !== 'added') fail(results[0]!.reason);
  else summarise(results, `${results.length} pages`, target);
} else {
  const [result] = await importCaptureFile(input, positionals[0]!, options, target);
  if (result!.status !== 'added') fail(result!.reason);
  reportDraft(result!, target);
}
