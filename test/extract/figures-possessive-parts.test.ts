/**
 * A part of a group its possessive names ("nine of their passengers", "treize de ses proches", "dertien van
 * zijn familieleden") counts what the noun counts, as "nine of the passengers" does: the possessive stands
 * where the article stands after the connector (lexicon possessives; Dutch "van" is the connector "of").
 * Sentences written for the project, not taken from any article; each failed before the change.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

const PARTS: [language: string, text: string, value: number, unit: string][] = [
  ['en', 'Nine of their passengers were taken to the district hospital overnight.', 9, 'person'],
  ['fr', 'Sept de ses passagers ont été blessés lorsque le car a quitté la route.', 7, 'person'],
  ['es', 'Once de sus pasajeros resultaron heridos cuando el autobús volcó.', 11, 'person'],
  ['pt', 'Seis de seus passageiros foram levados ao hospital da cidade.', 6, 'person'],
  ['nl', 'Vijf van hun passagiers liepen brandwonden op bij het ongeluk.', 5, 'person'],
  ['nl', 'Acht van de verdachten werden na het verhoor vrijgelaten.', 8, 'person'],
];

describe('a part of a group named by a possessive counts the group noun', () => {
  for (const [language, text, value, unit] of PARTS)
    it(`${language}: ${text}`, () => {
      const figures = extractFigures(documentOf(text, language), []);
      expect(figures.map((f) => [f.value, f.unit])).toContainEqual([value, unit]);
    });

  it('one of a group its possessive names is still no count', () => {
    const figures = extractFigures(documentOf('One of her lawyers said the appeal was filed.', 'en'), []);
    expect(figures).toEqual([]);
  });
});
