/**
 * Croatian told from Bosnian by the words where Bosnian writes Serbian's (session 27): a Croatian report
 * that names no month, no thousand and no week (the older markers) read as Bosnian, franc's trigram
 * answer, since both standards are ijekavian. Sentences written for the project.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../lambdas/extract/language/index.js';

describe('Croatian, Bosnian and Serbian by their own words', () => {
  it.each([
    [
      'hr',
      'Tijekom noći u središnjem dijelu zemlje snažna kiša izazvala je odron, a dvije osobe su nestale. Prema izvješću lokalnih vlasti, spasioci pretražuju područje i pokušavaju pronaći nestale.',
    ],
    [
      'hr',
      'Glasnogovornik policije rekao je da su dvojica muškaraca ozlijeđena u nesreći na cesti prema gradu. Točno vrijeme nesreće još nije poznato, a uzrok se istražuje.',
    ],
    [
      'bs',
      'Tokom noći u centralnom dijelu zemlje jaka kiša izazvala je odron, a dvije osobe su nestale. Prema izvještaju lokalnih vlasti, spasioci pretražuju područje, a nekoliko hiljada ljudi je bez struje.',
    ],
    [
      'sr',
      'Tokom noći u centralnom delu zemlje jaka kiša izazvala je odron, a dve osobe su nestale. Prema izveštaju lokalnih vlasti, spasioci pretražuju područje i pokušavaju da pronađu nestale.',
    ],
  ])('%s: %s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });
});
