/**
 * Undated copies that lead with another toll (session 57, similarity.ts undatedTollConflict): the date gate
 * parts two disasters' reports only between dated copies, so an undated report of one capsizing and another
 * undated (or dated) report of a fire in another year met on a province and a head count or two both give in
 * passing. What each leads with, its own dead, is the evidence of the event left. Classes:
 *   - an undated side, both lead tolls given by neither side's figures nor text, not within 10 %: the factor
 *     applies (both undated, or one);
 *   - negative cases: two dated copies (the date gate parts look-alikes; tolls updated between reports stay
 *     leadTollConflict's), tolls within 10 % (an update: 13 then 14 dead), a side that gives or writes the
 *     other's lead toll (a roundup naming it, a copy giving both tolls), a side with no lead toll, and a lead
 *     toll given as approximate ("more than a dozen injured", "at least 30 dead": a bound a fuller count exceeds).
 * The evidence is invented.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PARAMS,
  leadTollsDiffer,
  similarity,
  STORY_THRESHOLD,
  type StoryEvidence,
} from '../../lambdas/stories/index.js';
import { evidenceOf, UNDATED_SOURCE } from '../support/story-eval.js';

const OFF = { ...DEFAULT_PARAMS, undatedTollConflict: 1 };
const DATED = { published: '2024-06-12', dateSource: 'metadata', datePrecision: 'day' } as const;

const heads = (...values: number[]) => values.map((value) => ({ value, unit: 'person' as const, count: 1 }));
// A boat capsized off one city (41 dead, 12 rescued, 30 soldiers) and a fire in the same city another year
// (63 dead, 12 injured, 30 firefighters): one province and two head counts in common.
const boat = (over: Partial<StoryEvidence> = {}) =>
  evidenceOf({
    id: 'boat',
    provinces: ['hai-phong'],
    primary: 'hai-phong',
    figures: heads(12, 30, 41),
    leadToll: { value: 41 },
    ...UNDATED_SOURCE,
    ...over,
  });
const fire = (over: Partial<StoryEvidence> = {}) =>
  evidenceOf({
    id: 'fire',
    provinces: ['hai-phong'],
    primary: 'hai-phong',
    figures: heads(12, 30, 63),
    leadToll: { value: 63 },
    ...UNDATED_SOURCE,
    ...over,
  });

describe('Similarity: an undated copy leading with another toll', () => {
  it('parts two undated reports each leading with its own dead', () => {
    expect(leadTollsDiffer(boat(), fire(), DEFAULT_PARAMS.approximateSpread)).toBe(true);
    expect(similarity(boat(), fire(), OFF)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
    expect(similarity(boat(), fire())).toBeCloseTo(similarity(boat(), fire(), OFF) * 0.8, 6);
    expect(similarity(boat(), fire())).toBeLessThan(STORY_THRESHOLD);
  });

  it('parts a dated report and an undated one too', () => {
    expect(similarity(boat(), fire(DATED))).toBeCloseTo(similarity(boat(), fire(DATED), OFF) * 0.8, 6);
  });

  it('leaves two dated copies, an updated toll, a toll given or written, no or a bounded toll as they were', () => {
    const cases = [
      [boat(DATED), fire(DATED)],
      // 41 then 44 dead: one event's toll, updated.
      [boat(), fire({ figures: heads(12, 30, 44), leadToll: { value: 44 } })],
      // The other side gives the boat's toll too (it names both).
      [boat(), fire({ figures: heads(12, 30, 41, 63) })],
      // ...or writes it where the engine kept no figure.
      [boat(), fire({ text: { numbers: [41] } })],
      [boat(), fire({ leadToll: null })],
      // "At least 63 dead": a bound, not a count that another count contradicts.
      [boat(), fire({ leadToll: { value: 63, approximate: true } })],
    ] as const;
    for (const [a, b] of cases) expect(similarity(a, b)).toBe(similarity(a, b, OFF));
  });
});
