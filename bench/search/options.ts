// Command-line options of the search benchmark, so one part can be rerun alone while working on it.
import { parseArgs } from 'node:util';

export const PARTS = ['relevance', 'node', 'chromium'] as const;
export type Part = (typeof PARTS)[number];

export interface BenchOptions {
  /** Corpus sizes, in clips. */
  sizes: number[];
  parts: Set<Part>;
  pagefind: boolean;
  miniSearch: boolean;
  fuse: boolean;
  /** Rounds of every query in Node. */
  rounds: number;
  /** Reuse our index built by an earlier run at the same size (bench/.work) instead of building it again. */
  reuse: boolean;
  /** Every part, every engine and the default sizes: only such a run rewrites bench/RESULTS.md. */
  complete: boolean;
}

export const USAGE = `Usage: node --expose-gc bench/search/run.ts [options]

Without options it runs everything (what \`npm run bench\` does) and rewrites bench/RESULTS.md; with any option
that leaves something out it prints its figures without writing the file.

  --clips 1000,10000    corpus sizes (also BENCH_SIZES=1000)
  --only PART[,PART]    ${PARTS.join(', ')} (default: all three)
  --skip-pagefind       leave Pagefind out (its index build is the slowest step)
  --skip-minisearch     leave MiniSearch out
  --skip-fuse           leave naive Fuse.js out
  --rounds N            rounds of every query in Node (default 5)
  --reuse               reuse our index from the last run at that size instead of building it
  --help                this text`;

const DEFAULT_SIZES = [1000, 10000];
export const DEFAULT_ROUNDS = 5;

/** Parses the options; throws an Error whose message says what is wrong and how to write it. */
export function parseBenchOptions(args: string[], env: NodeJS.ProcessEnv = process.env): BenchOptions | 'help' {
  const { values } = parseArgs({
    args,
    options: {
      clips: { type: 'string' },
      only: { type: 'string' },
      'skip-pagefind': { type: 'boolean', default: false },
      'skip-minisearch': { type: 'boolean', default: false },
      'skip-fuse': { type: 'boolean', default: false },
      rounds: { type: 'string' },
      reuse: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const sizesText = values.clips ?? env['BENCH_SIZES'];
  const sizes = sizesText === undefined ? DEFAULT_SIZES : sizesText.split(',').map((s) => Number(s.trim()));
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n <= 0)) {
    throw new Error(
      `--clips takes whole numbers separated by commas, such as --clips 1000,10000 (got "${sizesText}").`,
    );
  }
  const only = values.only?.split(',').map((p) => p.trim()) ?? [...PARTS];
  const unknown = only.filter((p) => !(PARTS as readonly string[]).includes(p));
  if (unknown.length > 0 || only.length === 0) {
    throw new Error(`--only takes ${PARTS.join(', ')} separated by commas (got "${values.only}").`);
  }
  const rounds = values.rounds === undefined ? DEFAULT_ROUNDS : Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) {
    throw new Error(`--rounds takes a whole number of at least 1 (got "${values.rounds}").`);
  }
  const options = {
    sizes,
    parts: new Set(only as Part[]),
    pagefind: !values['skip-pagefind'],
    miniSearch: !values['skip-minisearch'],
    fuse: !values['skip-fuse'],
    rounds,
    reuse: values.reuse,
  };
  const complete =
    options.parts.size === PARTS.length &&
    options.pagefind &&
    options.miniSearch &&
    options.fuse &&
    !options.reuse &&
    rounds === DEFAULT_ROUNDS &&
    sizes.join() === DEFAULT_SIZES.join();
  return { ...options, complete };
}
