import type { CitationAhead } from '../citation/citations-ahead.ts';
import { analyseBody, type BodyParagraph } from '../text/clip-body.ts';
import type { OverlayError } from '../validation/validation-overlay.ts';

/**
 * The build-time hand-over: work that validation has already done, passed on to the archive module so the build
 * does not do it twice. One producer, `src/integrations/validate-archive.ts` (at config setup, before Astro reads the
 * content), calls `publishHandOver`; one reader, `src/data/archive.ts`, calls `receiveHandOver`. The two run in one
 * process but load their own copies of every module (Node and Vite's bundle), so the value travels on globalThis,
 * under one symbol, and nowhere else. In `npm run dev` the same module carries the latest validation's result from
`src/integrations/validate-on-edit.ts` to its middleware.
 */
export interface BuildHandOver {
  /** Each validated body's numbered paragraphs, by `paragraphsKey(body)`. */
  paragraphs: Map<string, BodyParagraph[]>;
  /**
   * Citations formatted ahead in a worker thread, by slug: the record the page is to use and its entries. Empty when
   * the archive is small (pages format their own faster) or the worker failed (pages format their own).
   */
  citations: Promise<Map<string, CitationAhead>>;
}

const KEY = Symbol.for('news-clip-archive:build-hand-over');
const registry = globalThis as { [KEY]?: BuildHandOver };

export function publishHandOver(handOver: BuildHandOver): void {
  registry[KEY] = handOver;
}

/** What validation handed over in this process, or nothing (a dev server restarted, a unit test). */
export function receiveHandOver(): BuildHandOver {
  return registry[KEY] ?? { paragraphs: new Map(), citations: Promise.resolve(new Map()) };
}

const DEV_KEY = Symbol.for('news-clip-archive:dev-validation');
const devRegistry = globalThis as { [DEV_KEY]?: Promise<OverlayError | null> };

/**
 * In `npm run dev`: the latest validation of the archive, as the error the overlay shows (null when valid), or a
 * promise of it while validation runs after an edit. Published by the validate-on-edit integration, read by its
 * middleware before every page, so no page is served from content that breaks a rule.
 */
export function publishDevValidation(latest: Promise<OverlayError | null>): void {
  devRegistry[DEV_KEY] = latest;
}

export function receiveDevValidation(): Promise<OverlayError | null> {
  return devRegistry[DEV_KEY] ?? Promise.resolve(null);
}

/** Blank lines before and whitespace after a body never change its paragraphs; readers of the file differ on them. */
export function paragraphsKey(markdown: string): string {
  return markdown.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
}

/**
 * The numbered paragraphs of a body: the ones validation handed over when it read the same text, else analysed now.
 * A hand-over is used once and then dropped, so a large archive's memory is freed.
 */
export function bodyParagraphs(handOver: BuildHandOver, markdown: string): BodyParagraph[] {
  const key = paragraphsKey(markdown);
  const paragraphs = handOver.paragraphs.get(key);
  if (!paragraphs) return analyseBody(markdown).paragraphs;
  handOver.paragraphs.delete(key);
  return paragraphs;
}
