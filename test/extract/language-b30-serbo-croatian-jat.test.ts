/**
 * Serbo-Croatian standards by the jat reflexes (session 30): Latin texts typed without đ write it "dj"
 * (povredjeno is ekavian povređeno, Serbian), the wind's ijekavian vjetar, and Latin "saopštila" no longer
 * keeping an ijekavian text Serbian (Bosnian writes it beside saopćila; Cyrillic still marks Serbian).
 * Sentences written for the project.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../lambdas/extract/language/index.js';

describe('Function: detectLanguage (jat reflexes, session 30)', () => {
  it.each([
    // Ekavian written with "dj" for đ: Serbian.
    [
      'sr',
      'Osam osoba je povredjeno u sudaru autobusa i kamiona na putu kroz planine, a vozač kamiona je uhapšen, rekla je policija.',
    ],
    [
      'sr',
      'U požaru u fabrici dvojica radnika su teško povredjena, a vatrogasci su satima gasili vatru, javila je lokalna televizija.',
    ],
    // Ijekavian wind with Latin saopštila: Bosnian.
    [
      'bs',
      'Najmanje šest osoba je poginulo u nevremenu, a naleti vjetra rušili su krovove i drveće, saopštila je vlada.',
    ],
    [
      'bs',
      'Jak vjetar srušio je dalekovod i ostavio hiljade domaćinstava bez struje, saopštila je elektroprivreda.',
    ],
    // Negative: ijekavian dj as written stays ijekavian (djeca, gdje), with Croatian words Croatian.
    [
      'hr',
      'Djeca su spašena iz rijeke gdje ih je odnijela bujica, a policija je priopćila da je uhićen vozač.',
    ],
    // Negative: Cyrillic ijekavian with саопштила stays Serbian (Republika Srpska).
    [
      'sr',
      'Јак вјетар срушио је кровове и дрвеће у граду, а двије особе су повријеђене, саопштила је полиција.',
    ],
  ] as const)('%s: %s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });
});
