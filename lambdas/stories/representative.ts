/**
 * The representative of a story, whose figures the metrics count: the best-covered copy. Coverage is the
 * number of distinct figure values first (the figures are what gets counted), then the total evidence
 * weight; ties go to the smallest id, so every process picks the same copy from the same members.
 */
import type { StoryEvidence } from './evidence.js';
import { totalWeight } from './similarity.js';

export function coverage(e: StoryEvidence): readonly [number, number] {
  return [new Set(e.figures.map((f) => f.value)).size, totalWeight(e)];
}

/** -1 when a is the better representative, 1 when b is; never 0 for two different ids. */
export function compareForRepresentative(a: StoryEvidence, b: StoryEvidence): number {
  const [fa, wa] = coverage(a);
  const [fb, wb] = coverage(b);
  if (fa !== fb) return fb - fa;
  if (wa !== wb) return wb - wa;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function pickRepresentative(members: readonly StoryEvidence[]): StoryEvidence | undefined {
  return [...members].sort(compareForRepresentative)[0];
}
