/**
 * Background of an earlier year (places/earlier.ts): a sentence dated only to a year before the latest year the
 * text names recalls an earlier event, and the province it names is not the story's place. Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../lambdas/extract/places/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';

function primaryOf(body: string, language: string): string | null {
  const found = findPlaces({ body, folded: fold(body), sentences: splitSentences(body), language });
  return found.primaryProvince?.slug ?? null;
}

describe('Function: findPlaces (a province of an earlier year is background)', () => {
  it.each([
    [
      'en',
      'Landslide buries two houses\n\nIn 2019, the province of Yen Bai lost a whole hamlet to a landslide after a week of rain, and the scars are still visible. On Monday, 4 November 2024, a hillside collapsed onto two houses in Dak Glei, killing three people, officials said.',
      'kon-tum',
    ],
    [
      'fr',
      'Un incendie détruit un entrepôt\n\nEn 2018, la province de Binh Duong avait connu un incendie semblable dans une usine de meubles. Le 12 mars 2025, les pompiers sont intervenus pendant six heures dans un entrepôt à Bien Hoa, ont indiqué les autorités.',
      'dong-nai',
    ],
    [
      'es',
      'Rescatan a pescadores tras el naufragio\n\nEn 2017, la guardia fronteriza de la provincia de Binh Dinh buscó durante días a nueve tripulantes desaparecidos frente a Binh Dinh. El 3 de junio de 2024, siete pescadores fueron rescatados en el mar de Ca Mau tras doce horas en el agua.',
      'ca-mau',
    ],
    [
      'de',
      'Busunglück auf dem Pass\n\nIm Jahr 2016 war in der Provinz Lao Cai ein Reisebus in eine Schlucht gestürzt. Am 7. Juli 2025 kam auf dem Pass bei Da Lat ein Kleinbus von der Straße ab, zwei Menschen starben, teilte die Polizei mit.',
      'lam-dong',
    ],
    [
      'id',
      'Polisi gagalkan penyelundupan\n\nPada tahun 2020, polisi Provinsi Quang Tri menyita heroin dalam jumlah terbesar di Quang Tri. Pada 9 Mei 2025, 40 kilogram sabu disita di pelabuhan Hai Phong, kata pihak berwenang.',
      'hai-phong',
    ],
  ])(
    '%s: the story is set where the dated event of the latest year happens (%#)',
    (language, body, expected) => {
      // Act
      const primary = primaryOf(body, language);

      // Assert
      expect(primary).toBe(expected);
    },
  );

  it('keeps the earlier year when the trial it leads to names no province (nothing else is placed)', () => {
    // Arrange
    const body =
      'Man jailed for smuggling\n\nIn 2022, Nguyen Van A carried six bricks of heroin across the border in Son La province. On 5 March 2025, the provincial court sentenced him to life in prison.';

    // Act
    const primary = primaryOf(body, 'en');

    // Assert
    expect(primary).toBe('son-la');
  });
});
