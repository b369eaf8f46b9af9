/** Binary search over an ascending list (numbers, or strings in code-unit order): the first index holding a value >= `value`. */
export function lowerBound<T extends number | string>(sorted: ArrayLike<T>, value: T): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when an ascending list holds `value`. */
export function sortedHas<T extends number | string>(sorted: ArrayLike<T>, value: T): boolean {
  return sorted[lowerBound(sorted, value)] === value;
}
