/**
 * An amount one copy gives with decimals and another rounded to the unit ("308.6 kg" and "309 kg") is the
 * same figure (lambdas/stories/similarity.ts, roundedMatch).
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PARAMS,
  similarity,
  similarityParts,
  StoryEvidenceSchema,
  type StoryEvidence,
} from '../../lambdas/stories/index.js';
import type { Figure } from '../../lambdas/shared/article.js';

function ev(id: string, figures: { value: number; unit: Figure['unit'] }[]): StoryEvidence {
  return StoryEvidenceSchema.parse({
    id,
    language: 'en',
    published: '2024-06-12',
    dateSource: 'metadata',
    datePrecision: 'day',
    provinces: ['quang-tri'],
    localities: [],
    people: [],
    figures: figures.map((f) => ({ ...f, count: 1 })),
  });
}
const off = { ...DEFAULT_PARAMS, roundedMatch: 0 };

describe('Rounded amounts', () => {
  const fine = ev('a', [
    { value: 308.6, unit: 'kg' },
    { value: 12, unit: 'person' },
  ]);
  const rounded = ev('b', [
    { value: 309, unit: 'kg' },
    { value: 12, unit: 'person' },
  ]);

  it('a decimal amount and its rounding to the unit agree, in either order', () => {
    expect(similarity(fine, rounded)).toBeGreaterThan(similarity(fine, rounded, off));
    expect(similarity(fine, rounded)).toBe(similarity(rounded, fine));
  });

  it('share no more weight than the rounded value named alike on both sides', () => {
    const exact = ev('c', [
      { value: 309, unit: 'kg' },
      { value: 12, unit: 'person' },
    ]);
    expect(similarityParts(fine, rounded).shared).toBe(similarityParts(exact, rounded).shared);
  });

  it('only for amounts in the same unit, and only to the nearest unit', () => {
    const persons = ev('d', [
      { value: 309, unit: 'person' },
      { value: 12, unit: 'person' },
    ]);
    const vnd = ev('e', [
      { value: 309, unit: 'vnd' },
      { value: 12, unit: 'person' },
    ]);
    const truncated = ev('f', [
      { value: 308, unit: 'kg' },
      { value: 12, unit: 'person' },
    ]);
    for (const other of [persons, vnd]) expect(similarity(fine, other)).toBe(similarity(fine, other, off));
    // 308 is not 308.6 rounded: both report kg and share no value, the amount conflict stands.
    expect(similarity(fine, truncated)).toBe(similarity(fine, truncated, off));
  });
});
