/**
 * The letters of Arabic script are defined once (text/arabic-letters.ts) for the figures, places and people
 * stages: Arabic, Persian and Urdu letters are letters; Arabic-Indic and Persian digits, the Arabic comma and
 * the Urdu full stop are not; vowel marks are units of a word but no letters. Words written for the project.
 */
import { describe, expect, it } from 'vitest';
import {
  ARABIC_LETTER,
  ARABIC_LETTER_OR_MARK,
  isArabicLetterOrMark,
} from '../../lambdas/extract/text/arabic-letters.js';

describe('one definition of the letters of Arabic script', () => {
  it.each([...'بحرپژگکیےہۓڈ'])('%s is a letter', (ch) => {
    expect(ARABIC_LETTER.test(ch)).toBe(true);
    expect(ARABIC_LETTER_OR_MARK.test(ch)).toBe(true);
    expect(isArabicLetterOrMark(ch.charCodeAt(0))).toBe(true);
  });

  it.each([...'٣٧۵۹،۔؟a1'])('%s is no letter nor mark', (ch) => {
    expect(ARABIC_LETTER.test(ch)).toBe(false);
    expect(ARABIC_LETTER_OR_MARK.test(ch)).toBe(false);
    expect(isArabicLetterOrMark(ch.charCodeAt(0))).toBe(false);
  });

  it.each(['\u064e', '\u0651', '\u0652', '\u0670'])('mark U+%s is a unit of a word, no letter', (ch) => {
    expect(ARABIC_LETTER.test(ch)).toBe(false);
    expect(ARABIC_LETTER_OR_MARK.test(ch)).toBe(true);
    expect(isArabicLetterOrMark(ch.charCodeAt(0))).toBe(true);
  });

  it('the regular expressions and the code unit test agree on the whole block', () => {
    for (let c = 0x0600; c <= 0x07ff; c++)
      expect(isArabicLetterOrMark(c)).toBe(ARABIC_LETTER_OR_MARK.test(String.fromCharCode(c)));
  });
});
