/**
 * A missing date is neutral when the two copies share amounts named alike (session 19, similarity.ts
 * undatedStrong): a copy with only an upload date matches its figures' look-alikes of any day, which is why its
 * agreement is discounted (undated); but two specific amounts in one unit ("90 kg" and "270 kg") are as unlikely
 * in a report of another day as in one of the same day. Head counts and unlabelled values keep the discount:
 * they are what unrelated reports share. The articles are invented.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';
import {
  DEFAULT_PARAMS,
  similarity,
  STORY_THRESHOLD,
  storyEvidence,
  type StoryEvidence,
} from '../../lambdas/stories/index.js';
import type { Figure } from '../../lambdas/shared/article.js';
import { evidenceOf, UNDATED_SOURCE } from '../support/story-eval.js';

function read(id: string, text: string, dated: boolean): StoryEvidence {
  const result = extractArticle(new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.rejection.message);
  return storyEvidence(
    { ...result.article, id },
    dated ? { published: '2026-11-20', dateSource: 'metadata' } : UNDATED_SOURCE,
  );
}

const OFF = { ...DEFAULT_PARAMS, undatedStrong: 0 };

describe('Similarity: an undated copy sharing amounts named alike', () => {
  it('joins a dated and an undated report of one seizure that share two weights', () => {
    const undated = read(
      'u',
      [
        'Border guards seize 90 kg of heroin in Nghe An',
        'Border guards in Nghe An province seized 90 kg of heroin and 270 kg of methamphetamine from a truck near the border, the provincial border guard command said.',
        'The driver, who carried 150 kg of other drugs in a second truck, was arrested with 5 accomplices.',
        'Officers also seized 2 guns at his house.',
      ].join('\n'),
      false,
    );
    const dated = read(
      'd',
      [
        'Nghe An: 90 kg of heroin found in a truck',
        'Soldiers of the Nghe An border guard seized 90 kg of heroin and 270 kg of methamphetamine hidden in a truck.',
        'Investigators also found 450 kg of chemicals at a warehouse and seized 12 motorbikes and 3 cars.',
      ].join('\n'),
      true,
    );
    expect(undated.datePrecision).toBe('none');
    expect(dated.datePrecision).toBe('day');
    expect(similarity(undated, dated, OFF)).toBeLessThan(STORY_THRESHOLD);
    expect(similarity(undated, dated)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
  });

  const of = (unit: Figure['unit'], ...values: number[]) =>
    values.map((value) => ({ value, unit, count: 1 }));
  const undatedOf = (over: Partial<StoryEvidence> & { id: string }) =>
    evidenceOf({ ...UNDATED_SOURCE, ...over });

  it('keeps the discount when only head counts are shared', () => {
    const a = undatedOf({ id: 'a', figures: of('person', 13, 21, 48) });
    const b = evidenceOf({ id: 'b', figures: of('person', 13, 21, 48) });
    const bothDated = evidenceOf({ id: 'c', figures: of('person', 13, 21, 48) });
    expect(similarity(a, b)).toBeCloseTo(DEFAULT_PARAMS.undated * similarity(bothDated, b), 10);
  });

  it('keeps the discount when the shared values are unlabelled on either side', () => {
    const a = undatedOf({ id: 'a', figures: of('other', 90, 270) });
    const b = evidenceOf({ id: 'b', figures: of('kg', 90, 270) });
    const bothDated = evidenceOf({ id: 'c', figures: of('other', 90, 270) });
    expect(similarity(a, b)).toBeCloseTo(DEFAULT_PARAMS.undated * similarity(bothDated, b), 10);
  });

  it("drops the discount for shared amounts named alike: the score is the dated pair's", () => {
    const a = undatedOf({ id: 'a', figures: [...of('kg', 90, 270), ...of('person', 5)] });
    const b = evidenceOf({ id: 'b', figures: [...of('kg', 90, 270, 450), ...of('person', 3)] });
    const bothDated = evidenceOf({ id: 'c', figures: [...of('kg', 90, 270), ...of('person', 5)] });
    expect(similarity(a, b, OFF)).toBeCloseTo(DEFAULT_PARAMS.undated * similarity(bothDated, b), 10);
    expect(similarity(a, b)).toBeCloseTo(similarity(bothDated, b), 10);
  });
});
