/**
 * Extra figures of the session-37 tuning set, by class, on sentences written for this test:
 * - an hour of the clock told by its half of the day (Intl's day periods of the language: "p.m.", "μ.μ.",
 *   "de la madrugada", "du soir", "pagi") is no count, in any language; the counts beside it are kept.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

const read = (language: string, text: string) =>
  extractFigures(documentOf(text, language), []).map((f) => [f.value, f.unit]);

const HOURS: Array<[string, string, Array<[number, string]>]> = [
  ['en', 'The blaze started at 4 p.m. and 6 people were hurt.', [[6, 'person']]],
  ['en', 'Shortly after 11pm, officers detained 3 suspects.', [[3, 'person']]],
  ['el', 'Το λεωφορείο ανετράπη περίπου στις 7 μ.μ. και τραυματίστηκαν 9 άτομα.', [[9, 'person']]],
  ['es', 'Hacia las 4 de la madrugada la policía arrestó a 5 personas.', [[5, 'person']]],
  ['es', 'El choque fue a las 6 p. m. y dejó 2 muertos.', [[2, 'person']]],
  ['fr', "L'incendie s'est déclaré vers 10 du soir, faisant 3 blessés.", [[3, 'person']]],
  ['pt', 'O barco afundou por volta das 5 da manhã com 8 passageiros.', [[8, 'person']]],
  ['id', 'Sekitar pukul 6 pagi, polisi menangkap 4 orang.', [[4, 'person']]],
];

describe('Function: extractFigures (fig37: hours of the clock)', () => {
  it.each(HOURS)('%s: %s', (language, text, expected) => {
    // Act
    const figures = read(language, text);

    // Assess
    expect(figures).toEqual(expected);
  });

  it('keeps a count whose noun only looks like a day period (vi "sà lan", a barge, not "SA")', () => {
    // Act
    const figures = read('vi', 'Đội tuần tra bắt giữ 1 sà lan chở cát trái phép.');

    // Assess
    expect(figures).toEqual([[1, 'vehicle']]);
  });
});
