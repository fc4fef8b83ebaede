/**
 * Livestock counted by the head ("heads of cattle", "têtes de bétail", "cabezas de ganado"): the phrase is a
 * unit of things (other), so a verb of killing before the number ("the floods killed 3,400 heads of cattle")
 * no longer makes persons of them. Sentences written for the project.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, value: number];

const CASES: Case[] = [
  ['en', 'The floods killed more than 3,400 heads of cattle in the province.', 3400],
  ['en', 'The cold snap killed 120 head of livestock in two districts.', 120],
  ['fr', 'Les crues ont tué plus de 900 têtes de bétail.', 900],
  ['es', 'La riada mató a 700 cabezas de ganado.', 700],
  ['it', 'Il freddo ha ucciso 450 capi di bestiame.', 450],
  ['pt', 'As cheias mataram 800 cabeças de gado.', 800],
];

describe('livestock counted by the head', () => {
  it.each(CASES)('%s: %s', (language, text, value) => {
    const got = extractFigures(documentOf(text, language), []).map((f) => [f.value, f.unit]);
    expect(got).toContainEqual([value, 'other']);
    expect(got.filter(([, unit]) => unit === 'person')).toEqual([]);
  });
});
