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

interface Range {
  readonly start: number;
  readonly end: number;
}

/** Below this many ranges a pass over them costs less than sorting them. */
const FEW_RANGES = 16;

/**
 * A test of whether some range holds [start, end] (`r.start <= start && end <= r.end`), for one set of ranges
 * (in any order, overlapping or not) asked of many items: the ranges sorted by start once, with the furthest
 * end reached by each prefix, so that each question is one binary search. Asked of every figure against every
 * place, or every place against every sentence, a pass over all of them grew with the square of a long text.
 */
export function coverOf(ranges: readonly Range[]): (start: number, end: number) => boolean {
  if (ranges.length <= FEW_RANGES)
    return (start, end) => ranges.some((r) => r.start <= start && end <= r.end);
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const starts = new Float64Array(sorted.length);
  const reach = new Float64Array(sorted.length);
  let furthest = -Infinity;
  for (let i = 0; i < sorted.length; i++) {
    starts[i] = sorted[i]!.start;
    furthest = Math.max(furthest, sorted[i]!.end);
    reach[i] = furthest;
  }
  return (start, end) => {
    // The last range starting at or before `start`: the prefix up to it holds every range that may.
    const k = lowerBound(starts.length, (i) => starts[i]! <= start) - 1;
    return k >= 0 && reach[k]! >= end;
  };
}

/** Whether the items' starts never decrease (the order findCues and the sentence splitter give). */
export function sortedByStart(items: readonly { readonly start: number }[]): boolean {
  for (let i = 1; i < items.length; i++) if (items[i]!.start < items[i - 1]!.start) return false;
  return true;
}
