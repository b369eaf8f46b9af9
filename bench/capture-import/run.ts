// Import benchmark: writes N news pages of about 300 KB (bench/.work/capture-import/, git-ignored), then imports the
// folder as `npm run clip:add -- <folder>` does (the same function: pages drafted in worker threads, written in
// order, each draft validated before it is written), timing the whole import and each of its stages, then the
// validation of the clips it wrote as a build does it. Then compares article extractors on the same pages.
//   npm run bench:import -- [--pages 1000] [--threads N] [--compare 100] [--no-validate]
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importTarget } from '../../src/lib/capture/capture-import.ts';
import { importFolder } from '../../src/lib/capture/folder-import.ts';
import { IMPORT_STAGES } from '../../src/lib/capture/import-stages.ts';
import { validateArchiveInParallel } from '../../src/lib/validation/archive-validation.ts';
import { loadAddresses } from '../corpus/addresses.ts';
import { compareExtractors } from './extractors.ts';
import { newsPage } from './news-page.ts';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000' },
    compare: { type: 'string', default: '100' },
    threads: { type: 'string' },
    'no-validate': { type: 'boolean', default: false },
  },
});
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ');
const pages = Number(values.pages);
const compareCount = Number(values.compare);
const root = path.resolve(import.meta.dirname, '../.work/capture-import');
const inbox = path.join(root, 'pages');
const archive = path.join(root, 'archive');
rmSync(root, { recursive: true, force: true });
mkdirSync(inbox, { recursive: true });

const addresses = loadAddresses().filter((a) => a.sentences.length > 120);
let bytes = 0;
const generated: ReturnType<typeof newsPage>[] = [];
for (let n = 0; n < pages; n++) {
  const page = newsPage(n, addresses[n % addresses.length]!);
  bytes += Buffer.byteLength(page.html);
  if (n < compareCount) generated.push(page);
  writeFileSync(path.join(inbox, `page-${String(n).padStart(5, '0')}.html`), page.html);
}
console.log(`${pages} pages written, ${(bytes / pages / 1024).toFixed(0)} KB each on average. Load: ${load()}`);

const paths = {
  root: archive,
  clipsDir: path.join(archive, 'clips'),
  capturesDir: path.join(archive, 'captures'),
  outletsFile: path.join(archive, 'outlets.yaml'),
};
mkdirSync(paths.clipsDir, { recursive: true });
mkdirSync(paths.capturesDir, { recursive: true });
writeFileSync(paths.outletsFile, '- id: placeholder\n  name: Placeholder\n  url: null\n');
const target = importTarget(paths, [{ id: 'placeholder', name: 'Placeholder', url: null }]);

const loadBefore = load();
const started = performance.now();
const cpuStarted = process.cpuUsage();
const names = readdirSync(inbox).sort();
const threads = values.threads === undefined ? undefined : Number(values.threads);
const { results, stages } = await importFolder(inbox, names, {}, target, threads === undefined ? {} : { threads });
const importMs = performance.now() - started;
const mainCpuMs = (process.cpuUsage(cpuStarted).user + process.cpuUsage(cpuStarted).system) / 1000;
const statuses: Record<string, number> = {};
for (const result of results) {
  statuses[result.status] = (statuses[result.status] ?? 0) + 1;
  if (result.status === 'failed') console.log(`  failed: ${result.reason}`);
}
const usedThreads = threads ?? Math.min(os.availableParallelism(), 4);
const stageRows = IMPORT_STAGES.filter((stage) => stages[stage] !== undefined).map(
  (stage) => `| ${stage} | ${(stages[stage]! / pages).toFixed(1)} |`,
);
const stageSum = Object.values(stages).reduce((a, b) => a + b, 0);
const stageTable = [
  '| stage | ms a page (summed over threads) |',
  '| --- | --- |',
  ...stageRows,
  `| all stages | ${(stageSum / pages).toFixed(1)} |`,
].join('\n');
console.log(
  `Import: ${pages} pages in ${(importMs / 1000).toFixed(1)} s (${(importMs / pages).toFixed(1)} ms a page, ${usedThreads} drafting threads): ${JSON.stringify(statuses)}. Load before: ${loadBefore}; after: ${load()}`,
);
console.log(stageTable);

let validation = 'not run (--no-validate)';
if (!values['no-validate']) {
  const validated = performance.now();
  const { issues, clips, threads: validationThreads } = await validateArchiveInParallel(paths);
  const validateMs = performance.now() - validated;
  validation = `${(validateMs / 1000).toFixed(1)} s on ${validationThreads} threads (${clips.length} clips, ${issues.length} problems)`;
  console.log(`Validation of the imported clips, as a build does it: ${validation}`);
}

if (compareCount === 0) {
  console.log('Extractor comparison not run (--compare 0); RESULTS.md left as it was.');
  process.exit(0);
}
const comparison = await compareExtractors(generated);
const lines = [
  '# Import benchmark (npm run bench:import)',
  '',
  `Machine load (1, 5, 15 min) before the import: ${loadBefore}; at the end: ${load()}; ${os.availableParallelism()} cores.`,
  '',
  `- ${pages} generated news pages, ${(bytes / pages / 1024).toFixed(0)} KB each on average (${(bytes / 1024 / 1024).toFixed(0)} MB)`,
  `- import, as \`clip:add -- <folder>\` runs it (${usedThreads} drafting threads): **${(importMs / 1000).toFixed(1)} s**, ${(importMs / pages).toFixed(1)} ms a page; target ≤ 60 s (main thread's CPU: ${(mainCpuMs / 1000).toFixed(1)} s)`,
  `- validation of the imported clips as a build does it (not part of the import): ${validation}`,
  '',
  "## Where the import's time goes",
  '',
  stageTable,
  '',
  `## Extractors on ${generated.length} of these pages and the eleven fixture layouts`,
  '',
  comparison,
  '',
];
writeFileSync(path.join(import.meta.dirname, 'RESULTS.md'), lines.join('\n'));
console.log(lines.slice(2).join('\n'));
