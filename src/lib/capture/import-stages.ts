/** The stages of importing a web page, in the order they run. */
export const IMPORT_STAGES = [
  'decode and parse',
  'metadata',
  'capture text',
  'page chrome',
  'Readability',
  'Markdown body',
  'draft',
  'verbatim check',
  'hash',
  'write',
  'validation',
] as const;

export type ImportStage = (typeof IMPORT_STAGES)[number];

/** Milliseconds spent in each stage since the counters were last taken (in this thread). */
const spent = new Map<ImportStage, number>();

/**
 * Runs one stage of an import and adds its wall time to the stage's counter, so the import benchmark can say where
 * the time goes. Timing costs a fraction of a microsecond a call; it is always on.
 */
export function timed<T>(stage: ImportStage, work: () => T): T {
  const started = performance.now();
  try {
    return work();
  } finally {
    spent.set(stage, (spent.get(stage) ?? 0) + performance.now() - started);
  }
}

/** The time spent in each stage since the last call, in milliseconds; the counters start again from zero. */
export function takeStageTimes(): Partial<Record<ImportStage, number>> {
  const times = Object.fromEntries(spent) as Partial<Record<ImportStage, number>>;
  spent.clear();
  return times;
}

/** Adds stage times measured elsewhere (in a worker thread) to `into`. */
export function addStageTimes(
  into: Partial<Record<ImportStage, number>>,
  times: Partial<Record<ImportStage, number>>,
): void {
  for (const [stage, ms] of Object.entries(times) as [ImportStage, number][]) into[stage] = (into[stage] ?? 0) + ms;
}
