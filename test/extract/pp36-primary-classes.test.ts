/**
 * Primary-province classes of session 36 (pp36), on sentences written for this test:
 * - Greek districts and communes after their type word ("περιοχή Ταμ Ντάο", "κοινότητα Μουόνγκ Λατ"): the Greek
 *   reader keyed only provinces and curated cities, so a story told from a district named no province; the
 *   Greek letters are now read as Cyrillic ones are after a local type word, by the locality sound key, with ντ
 *   as d or đ and γι before a vowel as y or gi.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';

function primaryOf(text: string): string | null | undefined {
  const result = extractArticle(Buffer.from(text, 'utf8'));
  return result.ok ? (result.article.primaryProvince?.slug ?? null) : undefined;
}

describe('Function: extractArticle (Greek districts and communes)', () => {
  it.each([
    [
      'Πυρκαγιά σε αποθήκη ξυλείας\nΗ φωτιά ξέσπασε τα ξημερώματα σε αποθήκη στην περιοχή Ταμ Ντάο. Οι πυροσβέστες την έσβησαν μετά από τρεις ώρες.',
      'vinh-phuc',
    ],
    [
      'Σύλληψη διακινητών\nΗ αστυνομία της περιοχής Ντιεν Τσάου συνέλαβε δύο άνδρες με ηρωίνη. Η επιχείρηση κράτησε δύο ημέρες.',
      'nghe-an',
    ],
    [
      'Πυρκαγιά σε εργοστάσιο\nΗ φωτιά ξέσπασε το απόγευμα σε εργοστάσιο ρούχων στην κωμόπολη Κουάνγκ Γιεν.',
      'quang-ninh',
    ],
  ])('%s', (text, province) => {
    expect(primaryOf(text)).toBe(province);
  });

  it('places a commune in the province the text names', () => {
    const result = extractArticle(
      Buffer.from(
        'Πλημμύρες στην επαρχία Ταν Χόα\nΟι κάτοικοι της κοινότητας Μουόνγκ Λατ εγκατέλειψαν τα σπίτια τους.',
        'utf8',
      ),
    );
    const localities = result.ok ? result.article.localities.map((l) => `${l.slug}@${l.province.slug}`) : [];
    expect(localities).toEqual(['muong-lat@thanh-hoa']);
  });

  it('reads no Vietnamese district in a Greek place after its type word', () => {
    expect(
      primaryOf(
        'Σεισμός στην Ελλάδα\nΟ σεισμός έγινε αισθητός στην περιοχή Μεσσηνίας και στην πόλη Καλαμάτα.',
      ),
    ).toBeNull();
  });
});
