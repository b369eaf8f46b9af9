// Import benchmark: writes N news pages of about 300 KB (bench/.work/capture-pages/, git-ignored), then imports the
// folder as `npm run clip:add -- <folder>` does (same functions, in-process, one page after another), timing the
// whole import and the validation of the clips it wrote. Then compares article extractors on the same pages.
//   npm run bench:import -- [--pages 1000] [--compare 100]
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importTarget } from '../../src/lib/capture/capture-import.ts';
import { importHtmlCapture } from '../../src/lib/capture/page-import.ts';
import { validateArchiveInParallel } from '../../src/lib/validation/archive-validation.ts';
import { loadAddresses } from '../corpus/addresses.ts';
import { compareExtractors } from './extractors.ts';
import { newsPage } from './news-page.ts';

const { values } = parseArgs({
  options: { pages: { type: 'string', default: '1000' }, compare: { type: 'string', default: '100' } },
});
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
console.log(
  `${pages} pages written, ${(bytes / pages / 1024).toFixed(0)} KB each on average. Load: ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);

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

const started = performance.now();
const statuses: Record<string, number> = {};
for (const name of readdirSync(inbox).sort()) {
  const result = importHtmlCapture(readFileSync(path.join(inbox, name)), name, {}, target);
  statuses[result.status] = (statuses[result.status] ?? 0) + 1;
  if (result.status === 'failed') console.log(`  failed: ${result.reason}`);
}
const importMs = performance.now() - started;
console.log(
  `Import: ${pages} pages in ${(importMs / 1000).toFixed(1)} s (${(importMs / pages).toFixed(1)} ms a page): ${JSON.stringify(statuses)}`,
);

const validated = performance.now();
const { issues, clips, threads } = await validateArchiveInParallel(paths);
const validateMs = performance.now() - validated;
console.log(
  `Validation of the ${clips.length} imported clips: ${(validateMs / 1000).toFixed(1)} s on ${threads} threads, ${issues.length} problems`,
);

const comparison = await compareExtractors(generated);
const lines = [
  '# Import benchmark (npm run bench:import)',
  '',
  `Machine load when run: ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')} (1, 5, 15 min); ${os.availableParallelism()} cores.`,
  '',
  `- ${pages} generated news pages, ${(bytes / pages / 1024).toFixed(0)} KB each on average (${(bytes / 1024 / 1024).toFixed(0)} MB)`,
  `- import (parse, metadata, extraction, draft, verbatim check, write): **${(importMs / 1000).toFixed(1)} s**, ${(importMs / pages).toFixed(1)} ms a page; target ≤ 60 s`,
  `- validation of the imported clips (what every build does): ${(validateMs / 1000).toFixed(1)} s on ${threads} threads`,
  '',
  `## Extractors on ${generated.length} of these pages and the eleven fixture layouts`,
  '',
  comparison,
  '',
];
writeFileSync(path.join(import.meta.dirname, 'RESULTS.md'), lines.join('\n'));
console.log(lines.slice(2).join('\n'));
