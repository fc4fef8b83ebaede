import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { isUpperAt } from '../../lambdas/extract/text/chars.js';
import { documentOf } from '../support/document.js';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

describe('isUpperAt', () => {
  it('answers /^\\p{Lu}/u on the code point at an offset, pairs and lone surrogates included', () => {
    const text = 'aZ é É ß Ǆ ǅ Ⅰ 𝐀 𝐚 \ud835 Я я 1 -';
    for (let i = 0; i < text.length; i++)
      expect(isUpperAt(text, i), `offset ${i}`).toBe(/^\p{Lu}/u.test(text.slice(i)));
  });
});

// figures/read.ts runs the date and clock-time regexes only where a mark follows one or two digits: the dates and
// times of these invented sentences stay blocked, and the counts beside them are read.
describe('dates and clock times beside counts', () => {
  itReadsEach(
    [
      ['fr', 'Le 12/3/2024 à 9:15, la police a arrêté 4 suspects.', [[4, 'person']]],
      ['fr', 'Vers 14h30 le 5-6-2023, 7 motos ont été saisies.', [[7, 'vehicle']]],
      ['en', 'At 1.50 pm on 3/4/2022 the police seized 12 cars.', [[12, 'vehicle']]],
      ['en', 'From 21.30 GMT, 9 suspects were held.', [[9, 'person']]],
    ],
    valueAndUnit,
  );

  it('reads a count of one or two digits with no mark after it', () => {
    const figures = extractFigures(documentOf('La police a arrêté 15 suspects et 3 complices.', 'fr'), []);
    expect(figures.map((f) => f.value)).toEqual([15, 3]);
  });
});
