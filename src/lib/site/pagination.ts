/** One page of a paginated list. Page numbers start at 1. */
export interface ListPage<T> {
  number: number;
  total: number;
  items: T[];
  /** Position of the first item in the whole list (0-based), for numbering entries across pages. */
  offset: number;
}

/** Splits a list into pages of at most `size` items; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`Page size must be a positive integer, got ${size}.`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    number: i + 1,
    total,
    items: items.slice(i * size, (i + 1) * size),
    offset: i * size,
  }));
}

/**
 * The site path of page `n` of a list whose first page lives at `first` (e.g. "outlets/cnn/"):
 * page 1 is `first` itself, later pages `first` + `prefix` + n + "/" (e.g. "page/2/").
 */
export function pagedPath(first: string, n: number, prefix = ''): string {
  return n <= 1 ? first : `${first}${prefix}${n}/`;
}

/** The route parameter for page `n` of a rest route ([...page]): undefined for page 1, so it lives at the list's root. */
export function pageParam(n: number, prefix = ''): string | undefined {
  return n <= 1 ? prefix.replace(/\/$/, '') || undefined : `${prefix}${n}`;
}
