/** Index of the first of `count` ascending keys (`keyAt(i)`) that is at or after `at`; `count` when none is. */
export function firstAtOrAfter(count: number, keyAt: (index: number) => number, at: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keyAt(mid) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
