/**
 * Two classes of place misses in batch 40a (issue 9, session 40). First: a hamlet (ấp, thôn, xóm; "Weiler",
 * "hameau", "frazione", "... hamlet") lies below every unit the gazetteer lists, so its name, when it is also a
 * district's or a commune's elsewhere, names that namesake nowhere in the story: "Weiler Dong Phu" is not Đồng
 * Phú district of Bình Phước. Second: German translations write "Bezirk" for a ward (phường) as often as for a
 * district; col40a made the word fit either level (as Polish "dzielnica" does), which read "Bezirk My Xuyen, Stadt
 * Long Xuyen" as the ward of An Giang, but a district whose name wards elsewhere share then went unread ("im Bezirk
 * Thanh Bình": the generated story corpus's pair precision fell 0.989 → 0.967, its de copies losing their
 * district). Session 47 (pp47) made it fit either level again, now resolved by the story's province: a ward of a
 * province the text names first, else the one district-level unit of the name (places/resolve.ts); the case
 * below holds that a district keeps being read. Short reports written for these
 * rules, never sentences of the tuning or holdout sets.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../lambdas/extract/places/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import { PRIMARY, primaryOf } from '../support/primary-choice.js';

/** The provinces of the localities the engine reads in `body`. */
function localityProvincesOf(body: string, language: string): string[] {
  const doc = { body, folded: fold(body), sentences: splitSentences(body), language };
  return [...new Set(findPlaces(doc, [], PRIMARY).localities.map((l) => l.province.slug))];
}

describe('Places: a hamlet named like a district elsewhere names no place of the story', () => {
  it.each([
    [
      'de',
      'Lagerhaus abgebrannt\nIn der Nacht brannte im Weiler Dong Phu der Gemeinde Tan Hoi in der Provinz Tay Ninh ein Lagerhaus für Dünger ab. Verletzt wurde niemand.',
    ],
    [
      'en',
      'Fertiliser store burns down\nA fertiliser store in Dong Phu hamlet, Tan Hoi commune, Tay Ninh province burned down overnight. No one was hurt.',
    ],
    [
      'fr',
      "Un entrepôt d'engrais détruit\nUn entrepôt d'engrais du hameau de Dong Phu, commune de Tan Hoi, province de Tay Ninh, a brûlé dans la nuit. Personne n'a été blessé.",
    ],
    [
      'it',
      'Magazzino distrutto dalle fiamme\nUn magazzino di fertilizzanti nella frazione di Dong Phu, comune di Tan Hoi, provincia di Tay Ninh, è bruciato nella notte. Nessun ferito.',
    ],
    [
      'vi',
      'Cháy kho phân bón\nĐêm qua, một kho phân bón ở thôn Đồng Phú, xã Tân Hội, tỉnh Tây Ninh bị thiêu rụi. Không có thương vong.',
    ],
  ])('%s: %s', (language, body) => {
    expect(localityProvincesOf(body, language)).not.toContain('binh-phuoc');
  });
});

describe('Places: German "Bezirk" names a district', () => {
  it.each([
    [
      'Brand in einer Werkstatt\nIm Bezirk Tanh Linh brannte am Dienstag eine Holzwerkstatt ab. Die Feuerwehr der Provinz Binh Thuan schickte zwei Löschfahrzeuge.',
      'binh-thuan',
    ],
  ])('de: %s', (body, expected) => {
    expect(primaryOf(body, 'de')).toBe(expected);
  });
});
