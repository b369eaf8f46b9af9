/**
 * A value shared by everything one build process loads. The build's integrations run in Node and its pages in Vite's
 * bundle, each with its own copy of every module, so work one does for the other is handed over on globalThis.
 */
export function buildHandOver<T>(name: string, create: () => T): T {
  const registry = globalThis as Record<symbol, T | undefined>;
  const key = Symbol.for(`news-clip-archive:${name}`);
  return (registry[key] ??= create());
}
