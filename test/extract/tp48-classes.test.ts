/**
 * Session 48, topic of figures on sentences written for this test (figures/topic.ts, figures/subject.ts and the
 * topic cues of the figures lexicons):
 * - a word list read at an offset inside a run of letters (WordSet.startOf with `from`), as subject.ts seeks a
 *   mishap's fate at every letter of a clause written without spaces: the same answer as on the copied rest.
 */
import { describe, expect, it } from 'vitest';
import { WordSet } from '../../lambdas/extract/figures/lexicon.js';

describe('WordSet: startOf at an offset', () => {
  // Prepare
  const fates = new WordSet(['死亡', '受伤', '失踪者']);
  const run = '车辆翻覆造成3人死亡5人受伤';

  it.each([...run].map((_, at) => at))('at %i reads as on the rest of the run', (at) => {
    // Act
    const got = fates.startOf(run, at);

    // Assess
    expect(got).toBe(fates.startOf(run.slice(at)));
  });

  it('finds the longest entry at the offset, and none past the end', () => {
    // Act, assess
    expect(fates.startOf('三名失踪者', 2)).toBe(3);
    expect(fates.startOf('三名失踪', 2)).toBe(0);
    expect(fates.startOf('死亡', 2)).toBe(0);
  });
});
