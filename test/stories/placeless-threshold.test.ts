/**
 * Session 20: a placeless copy weighs less (placeless 0.75 → 0.7) and the threshold comes down (0.42 → 0.41).
 * The generated look-alikes that held the threshold at 0.42 are, nearly all, a copy naming no province against
 * a report of another province with the same figures (README.md, session 17); discounting that pair more lets
 * copies that both name the event's province join a little lower. The evidence is invented.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, similarity, STORY_THRESHOLD } from '../../lambdas/stories/index.js';
import type { Figure } from '../../lambdas/shared/article.js';
import { evidenceOf, UNDATED_SOURCE } from '../support/story-eval.js';

const of = (unit: Figure['unit'], ...values: number[]) => values.map((value) => ({ value, unit, count: 1 }));
/** The similarity of session 19: threshold 0.42, placeless 0.75. */
const BEFORE = { ...DEFAULT_PARAMS, placeless: 0.75 };
const BEFORE_THRESHOLD = 0.42;

describe('Similarity: a placeless copy and the threshold (session 20)', () => {
  it('joins a dated and an undated copy of one landslide that both name its province', () => {
    // 12 dead and 19 missing in both; the dated copy adds 3 injured and 5 rescued, the undated one 90
    // soldiers and 6 villagers evacuated.
    const dated = evidenceOf({ id: 'a', primary: 'quang-tri', figures: of('person', 12, 19, 3, 5) });
    const upload = evidenceOf({
      id: 'b',
      primary: 'quang-tri',
      ...UNDATED_SOURCE,
      figures: of('person', 12, 19, 90, 6),
    });
    const score = similarity(dated, upload);
    expect(score).toBeGreaterThanOrEqual(STORY_THRESHOLD);
    expect(similarity(dated, upload, BEFORE)).toBeLessThan(BEFORE_THRESHOLD);
  });

  it('keeps apart a copy naming no province and a look-alike elsewhere with the same counts', () => {
    // A brief that names no place (19 dead, 27 injured, 5 arrested) against a report from Nghe An with the
    // same three counts and two vehicles: at the old factor it would cross the new threshold.
    const placeless = evidenceOf({ id: 'p', provinces: [], figures: of('person', 19, 27, 5) });
    const elsewhere = evidenceOf({
      id: 'n',
      provinces: ['nghe-an'],
      primary: 'nghe-an',
      figures: [...of('person', 19, 27, 5), ...of('vehicle', 2)],
    });
    expect(similarity(placeless, elsewhere, BEFORE)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
    expect(similarity(placeless, elsewhere)).toBeLessThan(STORY_THRESHOLD);
  });

  it('keeps apart two seizures in one province on one day', () => {
    // The rule: same province, same day, the same small head counts, other weights and districts.
    const first = evidenceOf({
      id: 's1',
      primary: 'quang-tri',
      localities: ['quang-tri/huong-hoa'],
      figures: [...of('kg', 12), ...of('person', 2, 3)],
    });
    const second = evidenceOf({
      id: 's2',
      primary: 'quang-tri',
      localities: ['quang-tri/dakrong'],
      figures: [...of('kg', 25), ...of('person', 2, 3)],
    });
    const secondNoDistrict = evidenceOf({
      id: 's3',
      primary: 'quang-tri',
      figures: [...of('kg', 25), ...of('person', 2, 3)],
    });
    expect(similarity(first, second)).toBeLessThan(STORY_THRESHOLD);
    expect(similarity(first, secondNoDistrict)).toBeLessThan(STORY_THRESHOLD);
  });
});
