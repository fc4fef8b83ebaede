/**
 * A border marker's number names the marker (session 42, col42a): "point de repère 458", "la borne 12",
 * "marker 458", "пограничного знака 458", "прикордонного знака 458", "Grenzstein 458", "hito 458", "cippo 458",
 * "marco 458" (nameWords) are no count of anything, where the number used to be read as 458 persons or
 * points. Sentences written for the project. Negative: markers counted by a number before them are still a figure.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, kept: string];

function textsOf(language: string, text: string): string[] {
  return extractFigures(documentOf(text, language), []).map((f) => f.text);
}

const CASES: Case[] = [
  ['fr', 'La patrouille a arrêté 3 passeurs près du point de repère 458 à Lang Son.', '3 passeurs'],
  ['fr', 'La patrouille a arrêté 3 passeurs près de la borne 458 à Lang Son.', '3 passeurs'],
  ['en', 'The patrol arrested 3 smugglers near border marker 458 in Lang Son.', '3 smugglers'],
  ['ru', 'Патруль задержал 3 контрабандистов у пограничного знака 458 в Лангшоне.', '3 контрабандистов'],
  ['uk', 'Патруль затримав 3 контрабандистів біля прикордонного знака 458 у Лангшоні.', '3 контрабандистів'],
  ['de', 'Die Streife nahm 3 Schmuggler am Grenzstein 458 bei Lang Son fest.', '3 Schmuggler'],
  ['es', 'La patrulla detuvo a 3 contrabandistas junto al hito 458 en Lang Son.', '3 contrabandistas'],
  ['it', 'La pattuglia ha fermato 3 contrabbandieri presso il cippo 458 a Lang Son.', '3 contrabbandieri'],
  ['pt', 'A patrulha deteve 3 contrabandistas junto ao marco 458 em Lang Son.', '3 contrabandistas'],
];

describe('a border marker’s number is no count (c42a)', () => {
  it.each(CASES)('%s: %s', (language, text, kept) => {
    const texts = textsOf(language, text);
    expect(texts).toContain(kept);
    expect(texts.some((t) => t.includes('458'))).toBe(false);
  });

  it('markers counted by a number before them still count', () => {
    expect(textsOf('en', 'The province set up 40 markers along the border road near Lang Son.')).toContain(
      '40',
    );
  });
});
