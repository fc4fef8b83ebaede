/** Binary searches over sorted arrays (offsets, spans), so that per-item lookups stay logarithmic. */

/** The first index in [0, length) whose item is not before the target (`length` when every item is). */
export function lowerBound(length: number, isBefore: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBefore(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The span holding offset `at`, among spans in order that do not overlap. */
export function spanAt<T extends { readonly start: number; readonly end: number }>(
  spans: readonly T[],
  at: number,
): T | undefined {
  const i = lowerBound(spans.length, (k) => spans[k]!.end <= at);
  const span = spans[i];
  return span !== undefined && span.start <= at ? span : undefined;
}
