/**
 * Folding keeps a vowel sign written in two parts (Indic scripts) whole: its NFD head is another vowel sign,
 * so dropping the rest would make two words one ("শো", hundred, and "শে", the suffix of a day of the month).
 * Letters with diacritics still fold to their base letter.
 */
import { describe, expect, it } from 'vitest';
import { fold } from '../../lambdas/extract/text/fold.js';

describe('fold: two-part vowel signs', () => {
  it.each([
    ['শো', 'শে'], // Bengali o / e
    ['কৌ', 'কে'], // Bengali au / e
    ['கொ', 'கெ'], // Tamil o / e
    ['கோ', 'கே'], // Tamil long o / long e
    ['കൊ', 'കെ'], // Malayalam o / e
    ['କୋ', 'କେ'], // Odia o / e
    ['ಕೊ', 'ಕೆ'], // Kannada o / e
    ['కై', 'కె'], // Telugu ai / e
    ['කො', 'කෙ'], // Sinhala o / e
  ])('%s and %s fold apart, each to itself', (a, b) => {
    expect(fold(a)).toBe(a);
    expect(fold(b)).toBe(b);
  });

  it('still drops the diacritics of letters', () => {
    expect(fold('Quảng Bình')).toBe('quang binh');
    expect(fold('Vĩnh Phúc')).toBe('vinh phuc');
  });
});
