/**
 * A language with a figures lexicon takes only the currency names from its locale (lexicon.ts
 * withCurrencyCodes): localeCurrencies computes them without the scale, unit and month words localeFigures
 * computes beside them. They must be localeFigures' currencies exactly, codes in the same order, in languages
 * written in one script and in two (Serbian: Cyrillic and Latin; Chinese: simplified and traditional).
 */
import { describe, expect, it } from 'vitest';
import { localeCurrencies, localeFigures } from '../../lambdas/extract/figures/locale.js';

describe('localeCurrencies', () => {
  it('is localeFigures(language).currencies, in the same order', () => {
    for (const language of ['fr', 'pl', 'sr', 'zh', 'ja', 'xx']) {
      const fromAll = localeFigures(language).currencies;
      const alone = localeCurrencies(language);
      expect(Object.keys(alone)).toEqual(Object.keys(fromAll));
      expect(alone).toEqual(fromAll);
    }
  });

  it('holds the names a number is written with, in each script of the language', () => {
    const serbian = localeCurrencies('sr');
    const words = Object.values(serbian).flat();
    expect(words.some((w) => /\p{Script=Cyrillic}/u.test(w))).toBe(true);
    expect(words.some((w) => /\p{Script=Latin}/u.test(w))).toBe(true);
    expect(localeCurrencies('fr')['EUR']).toContain('euro');
  });
});
