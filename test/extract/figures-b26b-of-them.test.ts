/**
 * "N of them" and "N others" counted again as persons where the partitive or "others" stands before the number
 * with no noun of its own: nl "van wie twee" (of whom two), ar "بينهم اثنان" (among them two), "منهم خمسة",
 * es "hirió a otras cuatro". Sentences written for the project.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, value: number, unit: string];

const CASES: Case[] = [
  ['nl', 'Negen bewoners werden gered, van wie twee naar het ziekenhuis zijn gebracht.', 2, 'person'],
  ['nl', 'Er raakten zes arbeiders gewond, van hen drie in de fabriekshal.', 3, 'person'],
  ['ar', 'نقل 18 مصابا إلى المستشفى، بينهم اثنان في حالة حرجة.', 2, 'person'],
  ['ar', 'اعتقلت الشرطة 12 مشتبها بهم، منهم خمسة في المدينة.', 5, 'person'],
  ['es', 'El agresor mató a un vecino e hirió a otras tres en la plaza.', 3, 'person'],
  ['es', 'Un conductor murió y otros dos resultaron heridos en el choque.', 2, 'person'],
];

describe('figures: "N of them" and "N others" count persons (batch 26)', () => {
  it.each(CASES)('%s: %s', (language, text, value, unit) => {
    const figures = extractFigures(documentOf(text, language), []);
    expect(figures.map((f) => [f.value, f.unit])).toContainEqual([value, unit]);
  });

  it('a partitive before a number that counts its own noun keeps that noun (ar)', () => {
    const figures = extractFigures(documentOf('أصيب 15 شخصا، بينهم ثلاثة أطفال.', 'ar'), []);
    expect(figures.map((f) => [f.value, f.unit])).toEqual([
      [15, 'person'],
      [3, 'person'],
    ]);
  });
});
