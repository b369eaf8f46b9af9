// What every part of the search benchmark shares: a result row, timing, percentiles and gzip sizes.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export interface Row {
  engine: string;
  size: number;
  buildMs: number;
  firstQueryBytes: number;
  p50: number;
  p95: number;
  where: 'Node' | 'Chromium';
  note: string;
  /** Chromium only: keystroke to results painted, ms; and the same on a page that draws without searching. */
  paintedP95?: number;
  floorP95?: number | undefined;
}

export const gz = (data: string | Uint8Array): number => gzipSync(data, { level: 6 }).length;
export const fileGz = (file: string): number => gz(readFileSync(file));

export const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

export const time = async <T>(fn: () => T | Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
};

export const log = (message: string): void => {
  process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);
};

/** Collects the build's garbage before timing, so no engine's queries pay for another's leftovers. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
