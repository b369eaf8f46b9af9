import type { CitationAhead } from '../citation/citations-ahead.ts';
import { analyseBody, type BodyParagraph } from '../text/clip-body.ts';

/**
 * The build-time hand-over: work that validation has already done, passed on to the archive module so the build
 * does not do it twice. One producer, `src/integrations/validate-archive.ts` (at config setup, before Astro reads the
 * content), calls `publishHandOver`; one reader, `src/data/archive.ts`, calls `receiveHandOver`. The two run in one
 * process but load their own copies of every module (Node and Vite's bundle), so the value travels on globalThis,
 * under one symbol, and nowhere else.
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
