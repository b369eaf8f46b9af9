import { chunkOf, dictionaryFile, type DictionaryChunk } from './index-format.ts';
import type { IndexFiles } from './index-files.ts';
import { lowerBound } from './sorted-search.ts';
import { Vocabulary } from './vocabulary.ts';

/**
 * The index's terms and their document frequencies, fetched a chunk at a time: a query loads only the chunks that
 * hold its words (and, for the word being typed, the words it begins). Typo correction, only for a missing word,
 * loads the terms that start with the word's first letter.
 */
export class Dictionary {
  readonly #firstTerms: readonly string[];
  readonly #files: IndexFiles;
  readonly #chunks = new Map<number, DictionaryChunk>();
  readonly #vocabularies = new Map<string, Promise<Vocabulary>>();

  constructor(firstTerms: readonly string[], files: IndexFiles) {
    this.#firstTerms = firstTerms;
    this.#files = files;
  }

  /** The chunks a term, or the terms starting with it, may be in. */
  #chunksFor(term: string, prefix: boolean): number[] {
    const first = chunkOf(term, this.#firstTerms);
    const chunks = [first];
    if (prefix) {
      for (let c = first + 1; c < this.#firstTerms.length && this.#firstTerms[c]!.startsWith(term); c++) chunks.push(c);
    }
    return chunks;
  }

  /** Fetches the chunks needed to look up these terms (and, with `prefix`, to complete them). */
  async load(terms: Iterable<string>, prefixes: Iterable<string> = []): Promise<void> {
    const wanted = new Set<number>();
    for (const term of terms) for (const c of this.#chunksFor(term, false)) wanted.add(c);
    for (const term of prefixes) for (const c of this.#chunksFor(term, true)) wanted.add(c);
    await Promise.all(
      [...wanted]
        .filter((c) => !this.#chunks.has(c))
        .map(async (c) => this.#chunks.set(c, await this.#files.get<DictionaryChunk>(dictionaryFile(c)))),
    );
  }

  /** Documents holding `term` (0 when it is not indexed). Its chunk must have been loaded. */
  docFrequency(term: string): number {
    const chunk = this.#chunks.get(chunkOf(term, this.#firstTerms));
    if (!chunk) return 0;
    const i = lowerBound(chunk.terms, term);
    return chunk.terms[i] === term ? chunk.docFrequency[i]! : 0;
  }

  /** Indexed terms that start with `prefix` (itself excluded), commonest first. Its chunks must have been loaded. */
  completions(prefix: string, most: number): { term: string; docFrequency: number }[] {
    const found: { term: string; docFrequency: number }[] = [];
    for (const c of this.#chunksFor(prefix, true)) {
      const chunk = this.#chunks.get(c);
      if (!chunk) continue;
      for (let i = lowerBound(chunk.terms, prefix); i < chunk.terms.length && chunk.terms[i]!.startsWith(prefix); i++) {
        if (chunk.terms[i] !== prefix) found.push({ term: chunk.terms[i]!, docFrequency: chunk.docFrequency[i]! });
      }
    }
    found.sort((a, b) => b.docFrequency - a.docFrequency || (a.term < b.term ? -1 : 1));
    return found.slice(0, most);
  }

  /**
   * The terms starting with `letter`, for typo correction (fetches their chunks the first time). Typos rarely change
   * a word's first letter, and this keeps a correction's cost to a slice of the term list at any archive size.
   */
  vocabulary(letter: string): Promise<Vocabulary> {
    let pending = this.#vocabularies.get(letter);
    if (!pending) {
      pending = (async () => {
        const next = String.fromCodePoint(letter.codePointAt(0)! + 1);
        const chunks: number[] = [];
        for (let c = chunkOf(letter, this.#firstTerms); c <= chunkOf(next, this.#firstTerms); c++) chunks.push(c);
        await Promise.all(chunks.map(async (c) => this.#chunks.set(c, await this.#files.get(dictionaryFile(c)))));
        const terms: string[] = [];
        const frequencies: number[] = [];
        for (const c of chunks) {
          const chunk = this.#chunks.get(c)!;
          chunk.terms.forEach((term, i) => {
            if (!term.startsWith(letter)) return;
            terms.push(term);
            frequencies.push(chunk.docFrequency[i]!);
          });
        }
        return new Vocabulary(terms, frequencies);
      })();
      this.#vocabularies.set(letter, pending);
      pending.catch(() => this.#vocabularies.delete(letter));
    }
    return pending;
  }
}
