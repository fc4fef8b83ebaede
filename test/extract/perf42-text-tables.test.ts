/**
 * Session 42 (perf42): vowelMarksRemoved reads a word of Latin letters unit by unit (a table per code unit) and
 * decomposes only other words; the one Cyrillic-to-Latin table (text/cyrillic-latin.ts) the sound keys start
 * from. Words written for the purpose.
 */
import { describe, expect, it } from 'vitest';
import {
  cyrillicToLatin,
  RUSSIAN_LETTERS,
  SOUTH_SLAVIC_LETTERS,
} from '../../lambdas/extract/text/cyrillic-latin.js';
import { vowelMarksRemoved } from '../../lambdas/extract/text/fold.js';

/** The decomposing reading, as vowelMarksRemoved was written before its table. */
function decomposed(word: string): string {
  let out = '';
  let afterVowel = false;
  for (const ch of word.normalize('NFD')) {
    if (/\p{M}/u.test(ch)) {
      if (!afterVowel) out += ch;
      continue;
    }
    afterVowel = /[aeiouyAEIOUY]/u.test(ch);
    out += ch;
  }
  return out.normalize('NFC');
}

describe('Function: vowelMarksRemoved (unit by unit)', () => {
  it.each([
    // Consonant marks kept, vowel marks dropped, in one word and in words of ASCII letters only.
    ['Łężówka', 'Łeżowka'],
    ['Šťovík', 'Šťovik'],
    ['Hoằng', 'Hoang'],
    ['Kowal', 'Kowal'],
    // A word written decomposed (a vowel, then its mark) and one with a letter of another script.
    ['Tra\u0300n', 'Tran'],
    ['Ωméga', 'Ωmega'],
  ])('%s gives %s, as decomposing it does', (word, bare) => {
    // Act
    const got = vowelMarksRemoved(word);

    // Assess
    expect(got).toBe(bare);
    expect(got).toBe(decomposed(word));
  });

  it('reads every Latin letter of Latin-1 to Latin Extended-B and Latin Extended Additional as decomposing does', () => {
    // Prepare
    const letters = [
      ...Array.from({ length: 0x250 - 0x80 }, (_, k) => String.fromCharCode(0x80 + k)),
      ...Array.from({ length: 0x100 }, (_, k) => String.fromCharCode(0x1e00 + k)),
    ];

    // Act
    const different = letters.filter((c) => vowelMarksRemoved(`B${c}a${c}`) !== decomposed(`B${c}a${c}`));

    // Assess
    expect(different).toEqual([]);
  });
});

describe('Function: cyrillicToLatin', () => {
  it('reads the letters asked for, with the readings a reader writes otherwise', () => {
    // Act
    const table = cyrillicToLatin(RUSSIAN_LETTERS, { ц: 's' });

    // Assess
    expect([table['ж'], table['ц'], table['я']]).toEqual(['z', 's', 'ia']);
    expect(table['ј']).toBeUndefined();
    expect(cyrillicToLatin(SOUTH_SLAVIC_LETTERS)['ј']).toBe('i');
  });

  it('refuses a reading of a letter it was not asked to read', () => {
    // Act
    const read = () => cyrillicToLatin(RUSSIAN_LETTERS, { ј: 'j' });

    // Assess
    expect(read).toThrow(/not among the letters read/u);
  });
});
