/** Fetches one index file and returns its parsed JSON (in the browser: fetch; in Node: a read or a Map). */
export type IndexLoader = (file: string) => Promise<unknown>;

/**
 * The index files a page has fetched, each fetched once: requests for a file already on its way share the one
 * fetch, a failed fetch is forgotten so the next query tries again, and past `limit` files the oldest is let go
 * (text files of results long scrolled past), so a long session does not keep the whole archive in memory.
 */
export class IndexFiles {
  readonly #load: IndexLoader;
  readonly #version: string;
  readonly #limit: number;
  readonly #files = new Map<string, Promise<unknown>>();

  constructor(load: IndexLoader, version: string, limit = 2_000) {
    this.#load = load;
    this.#version = version;
    this.#limit = limit;
  }

  get<T>(file: string): Promise<T> {
    let pending = this.#files.get(file);
    if (pending) {
      // Recently used files move to the back, so the least recently used one is let go first.
      this.#files.delete(file);
    } else {
      pending = this.#load(`${file}?v=${this.#version}`);
      pending.catch(() => this.#files.delete(file));
      if (this.#files.size >= this.#limit) this.#files.delete(this.#files.keys().next().value!);
    }
    this.#files.set(file, pending);
    return pending as Promise<T>;
  }
}
