/**
 * One place for the arithmetic of Hangul syllables: the final jamo that chooses a Korean particle's form and
 * the jamo a sound key reads. Syllables chosen for the purpose.
 */
import { describe, expect, it } from 'vitest';
import { hangulFinal, hangulJamo } from '../../lambdas/extract/text/hangul.js';

describe('Function: hangulJamo / hangulFinal', () => {
  it.each<[string, number]>([
    ['하', 0],
    ['찐', 4],
    ['롱', 21],
    ['달', 8],
    ['득', 1],
  ])('%s has the final %i', (syllable, final) => {
    expect(hangulFinal(syllable)).toBe(final);
  });

  it('splits a syllable into its initial, medial and final', () => {
    expect(hangulJamo('응')).toEqual({ initial: 11, medial: 18, final: 21 });
    expect(hangulJamo('가')).toEqual({ initial: 0, medial: 0, final: 0 });
    expect(hangulJamo('힣')).toEqual({ initial: 18, medial: 20, final: 27 });
  });

  it.each(['a', 'ㄱ', '阮', '', '・'])('reads no syllable in %j', (unit) => {
    expect(hangulJamo(unit)).toBeNull();
    expect(hangulFinal(unit)).toBeNull();
  });
});
