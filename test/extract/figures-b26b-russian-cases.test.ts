/**
 * Russian persons by role in the case a numeral governs: genitive singular after 2–4 ("два вора"), the
 * oblique plural after a numeral in the instrumental or genitive ("за двумя грабителями", "от двух
 * грабителей"), with an adjective between. A number after a word naming a village ("деревень 4 и 5") is the
 * village's number, not a count. Sentences written for the project.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [text: string, value: number, unit: string];

const CASES: Case[] = [
  ['На рынке задержали двух карманных воров.', 2, 'person'],
  ['Ночью в посёлке орудовали три вора.', 3, 'person'],
  ['Патруль погнался за двумя грабителями на мотоцикле.', 2, 'person'],
  ['Свидетели видели трёх грабителей у магазина.', 3, 'person'],
  ['Полиция разыскивает четырёх вооружённых бандитов.', 4, 'person'],
  ['Задержаны два опытных мошенника из соседнего города.', 2, 'person'],
];

describe('figures: Russian persons in the cases a numeral governs (batch 26)', () => {
  it.each(CASES)('%s', (text, value, unit) => {
    const figures = extractFigures(documentOf(text, 'ru'), []);
    expect(figures.map((f) => [f.value, f.unit])).toContainEqual([value, unit]);
  });

  it('village numbers after the village word are no figures', () => {
    const figures = extractFigures(documentOf('Жители деревень 2 и 3 собрались на площади.', 'ru'), []);
    expect(figures).toEqual([]);
  });
});
