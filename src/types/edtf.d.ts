// The `edtf` package ships no type declarations; this covers the part the archive uses.
declare module 'edtf' {
  export interface EdtfValue {
    type: 'Date' | 'Year' | 'Decade' | 'Century' | 'Season' | 'Interval' | 'Set' | 'List';
    edtf: string;
    min: number;
    max: number;
    precision?: number;
    /** Bitmask of the digits written as X, from the left: YYYY MM DD. */
    unspecified?: { value: number } | number;
    approximate?: { value: number } | boolean;
    uncertain?: { value: number } | boolean;
    lower?: EdtfValue | null | typeof Infinity;
    upper?: EdtfValue | null | typeof Infinity;
  }
  function edtf(input: string): EdtfValue;
  export default edtf;
}
