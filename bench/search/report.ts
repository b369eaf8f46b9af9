// The search benchmark's report: the speed and size table, the targets (met or NOT met) and bench/RESULTS.md.
import type { Row } from './measure.ts';
import type { RelevanceRow } from './relevance.ts';

const ENGINE_ORDER = ['ours', 'MiniSearch', 'Fuse.js, whole bodies', 'Pagefind'];

export function sortRows(rows: Row[]): Row[] {
  return [...rows].sort(
    (a, b) =>
      a.size - b.size ||
      (a.where === b.where ? 0 : a.where === 'Node' ? -1 : 1) ||
      ENGINE_ORDER.indexOf(a.engine) - ENGINE_ORDER.indexOf(b.engine),
  );
}

export function formatTable(rows: Row[]): string {
  const fmtMs = (ms: number) =>
    Number.isNaN(ms) ? '–' : ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
  const fmtKb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
  const ratio = (value: number, ours: number | undefined) =>
    Number.isNaN(value) || !ours || Number.isNaN(ours) ? '' : ` (${(value / ours).toFixed(1)}×)`;
  const lines = [
    '| clips | engine | measured in | index build | fetched before first result (gzip) | query p50 | query p95 | notes |',
    '| ----: | ------ | ----------- | ----------: | ---------------------------------: | --------: | --------: | ----- |',
  ];
  for (const row of rows) {
    const ourNode = rows.find((r) => r.size === row.size && r.engine === 'ours' && r.where === 'Node');
    const ourHere = rows.find((r) => r.size === row.size && r.engine === 'ours' && r.where === row.where) ?? ourNode;
    const mark = (value: number, ours: number | undefined) => (row.engine === 'ours' ? '' : ratio(value, ours));
    lines.push(
      `| ${row.size.toLocaleString('en')} | ${row.engine} | ${row.where} | ${fmtMs(row.buildMs)} ms${mark(row.buildMs, ourNode?.buildMs)} | ` +
        `${fmtKb(row.firstQueryBytes)}${mark(row.firstQueryBytes, ourHere?.firstQueryBytes)} | ` +
        `${fmtMs(row.p50)} ms${mark(row.p50, ourHere?.p50)} | ${fmtMs(row.p95)} ms${mark(row.p95, ourHere?.p95)} | ${row.note} |`,
    );
  }
  return lines.join('\n');
}

/** The targets, each met or NOT met; a target whose figures this run did not measure says so. */
export function targetSummary(sizes: number[], rows: Row[], relevance: RelevanceRow[] | null): string {
  const check = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const lines = ['Targets:'];
  const ours = relevance?.find((r) => r.engine === 'ours')?.scores;
  const peers = relevance?.filter((r) => r.engine !== 'ours') ?? [];
  if (!ours) {
    if (rows.length === 0) lines.push('- nothing measured in this run');
  } else if (peers.length === 0) {
    lines.push(`- relevance: nDCG@10 ${ours.ndcg10.toFixed(3)} (no peer measured in this run)`);
  } else {
    const bestPeer = Math.max(...peers.map((r) => r.scores.ndcg10));
    lines.push(
      `- relevance: nDCG@10 ${ours.ndcg10.toFixed(3)} against the best peer's ${bestPeer.toFixed(3)}, ${check(ours.ndcg10 >= bestPeer)}; queries answered with nothing: ${ours.empty}, ${check(ours.empty === 0)}`,
    );
  }
  for (const size of sizes) {
    const at = rows.filter((r) => r.size === size);
    if (at.length === 0) continue;
    const node = at.find((r) => r.engine === 'ours' && r.where === 'Node');
    const mini = at.find((r) => r.engine === 'MiniSearch');
    const chrome = at.find((r) => r.engine === 'ours' && r.where === 'Chromium');
    const pagefindRow = at.find((r) => r.engine === 'Pagefind');
    const n = `${size.toLocaleString('en')} clips`;
    const latency = `${n}, p95 query latency in Node <= MiniSearch's and <= 10 ms`;
    if (!node) lines.push(`- ${latency}: not measured in this run`);
    else if (!mini)
      lines.push(
        `- ${latency}: ${node.p95.toFixed(2)} ms (MiniSearch not measured), ${check(node.p95 <= 10)} for <= 10 ms`,
      );
    else {
      lines.push(
        `- ${latency}: ${node.p95.toFixed(2)} ms against ${mini.p95.toFixed(2)} ms, ${check(node.p95 <= mini.p95 && node.p95 <= 10)}`,
      );
    }
    const bytes = `${n}, bytes fetched before the first result <= Pagefind's (Chromium, engine code included)`;
    if (!chrome || !pagefindRow) lines.push(`- ${bytes}: not measured in this run`);
    else {
      const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
      lines.push(
        `- ${bytes}: ${kb(chrome.firstQueryBytes)} against ${kb(pagefindRow.firstQueryBytes)}, ${check(chrome.firstQueryBytes <= pagefindRow.firstQueryBytes)}`,
      );
    }
    const paint = `${n}, keystroke to results painted p95 <= 50 ms in Chromium`;
    if (!chrome?.paintedP95) lines.push(`- ${paint}: not measured in this run`);
    else {
      const floor =
        chrome.floorP95 === undefined
          ? ''
          : ` (a page drawing fixed results without searching: ${chrome.floorP95.toFixed(1)} ms in the same run)`;
      lines.push(`- ${paint}: ${chrome.paintedP95.toFixed(1)} ms, ${check(chrome.paintedP95 <= 50)}${floor}`);
    }
  }
  return lines.join('\n');
}
