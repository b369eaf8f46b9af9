// citation-js ships no type declarations; this covers the part the archive uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: {
    config: { get(name: string): { styles: { add(name: string, xml: string): void; has(name: string): boolean } } };
    output: { format(name: string, data: unknown[], options?: Record<string, unknown>): unknown };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
