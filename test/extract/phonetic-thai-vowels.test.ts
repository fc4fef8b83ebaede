/**
 * The Thai vowel key (places/phonetic-thai-vowels.ts) splits provinces whose consonant key is shared: Thai
 * spellings and the Vietnamese names they write give the same coarse vowel classes, one per syllable.
 */
import { describe, expect, it } from 'vitest';
import { thaiVowelKey, vietnameseVowelKeys } from '../../lambdas/extract/places/phonetic-thai-vowels.js';

describe('Function: thaiVowelKey', () => {
  it.each([
    ['ดานัง', 'AA'],
    ['เต็ยนิญ', 'II'],
    ['ด่งหน่าย', 'OA'],
    ['ไทเหงียน', 'AI'],
    ['ไฮเซือง', 'AU'],
    ['เหิ่วซาง', 'OA'],
    ['เฮาซาง', 'WA'],
    ['บินห์ถ่วน', 'IU'],
  ])('"%s" has the vowel key %s', (spelling, key) => {
    // Act
    const got = thaiVowelKey(spelling);

    // Assess
    expect(got).toBe(key);
  });
});

describe('Function: vietnameseVowelKeys', () => {
  it.each([
    ['Đà Nẵng', ['AA']],
    ['Tây Ninh', ['AI', 'II', 'OI']],
    ['Hậu Giang', ['WA', 'OA']],
    ['Thái Nguyên', ['AI']],
    ['Bình Thuận', ['IU', 'IA', 'IO']],
  ])('%s has the vowel keys %j', (name, keys) => {
    // Act
    const got = vietnameseVowelKeys(name);

    // Assess
    expect(got).toEqual(keys);
  });
});
