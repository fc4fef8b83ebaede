/**
 * Korean outlets write the l between two vowels of a Vietnamese name (Gia Lai) doubled: as a coda ㄹ (잘라이) or
 * as a syllable 르 before the ㄹ (자르라이). A Vietnamese syllable never ends in l, so in the Hangul sound key
 * (places/phonetic.ts) either is one l, and a province spelt so before its type suffix is read by its key
 * (issue 9, session 26). Short reports written for this rule, never sentences of the tuning or holdout sets.
 */
import { describe, expect, it } from 'vitest';
import { hangulSoundKey, vietnameseKoreanKey } from '../../lambdas/extract/places/phonetic.js';
import { primaryOf } from '../support/primary-choice.js';

describe('Hangul sound key: a doubled l is one', () => {
  it('keys 자라이, 잘라이 and 자르라이 alike, as Gia Lai', () => {
    const want = vietnameseKoreanKey('Gia Lai');
    expect(hangulSoundKey('자라이')).toBe(want);
    expect(hangulSoundKey('잘라이')).toBe(want);
    expect(hangulSoundKey('자르라이')).toBe(want);
  });

  it('keeps a 르 that no ㄹ follows', () => {
    expect(hangulSoundKey('르엉')).not.toBe(hangulSoundKey('엉'));
  });
});

describe('Places: a province spelt with a doubled l before its suffix', () => {
  it.each([
    ['경찰은 자르라이성에서 필로폰 2kg을 압수하고 용의자 세 명을 체포했다고 밝혔다.', 'gia-lai'],
    ['자르라이성 인민위원회는 홍수로 주택 40채가 무너졌다고 발표했다.', 'gia-lai'],
  ])('%s', (body, want) => {
    expect(primaryOf(body, 'ko')).toBe(want);
  });
});
