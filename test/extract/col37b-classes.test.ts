/**
 * Figure and topic classes of batch 37b (col37b: fr de pt nl cs es pl en), on sentences written for this test:
 * - fr es pt a scale word glued by a space lost in the page to the connector after it ("millionsde dongs",
 *   "millonesde dólares") is two words, as a number word glued to its unit is ("trespersonas");
 * - pl the verb "określić" (to determine: "określili", "określono") is no name word "okres" (a period, "okres
 *   2"), whose forms the lexicon now lists (`nameWords`), so the count after it is read;
 * - en the verb "mobilize" sends forces ("mobilized 40 soldiers", "mobilised 12 fire engines"): no campaign
 *   cue; the noun "mobilization" still names one ("mass mobilization"), as fr "mobilisation" does (lexicon
 *   `topics.propaganda`);
 * - en fr a bare number set off by commas after one person named by an indefinite article and a noun of
 *   persons ("a young boy, 14.", "une femme âgée, 81,") is an age, as after a name ("Hùng, 30,"); en singular
 *   "boy", "girl", "teenager" are persons (lexicon `units.person`);
 * - en a wounding verb that ends a title line without a full stop ("…, two people injured" over "A driver
 *   lost…") is not the verb of the article that opens the next line: no single person counted there;
 * - nl a numbered area ("Area 3", "Gebied 4", as the Dutch editions leave the units' names) is a name, like
 *   "zone 3" (lexicon `nameWords`), not a count that inherits the sentence's unit.
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit, valueUnitAndTopic } from '../support/figure-cases.js';

const UNIT_CASES: Array<[string, string, Array<[number, string]>]> = [
  ['fr', 'Les enquêteurs ont saisi 250 millionsde dongs en espèces chez le suspect.', [[250000000, 'vnd']]],
  [
    'es',
    'La policía confiscó 3 millonesde dongs y dos motocicletas.',
    [
      [3000000, 'vnd'],
      [2, 'vehicle'],
    ],
  ],
  ['pt', 'Os agentes apreenderam 12 milhõesde dongs na casa do suspeito.', [[12000000, 'vnd']]],
  ['pl', 'Lekarze określili stan 9 poszkodowanych jako stabilny.', [[9, 'person']]],
  ['pl', 'Ratownicy określili 6 rannych w wypadku autobusu.', [[6, 'person']]],
  ['en', 'Officers stopped the van and questioned its owner and a young boy, 14.', []],
  ['en', 'Witnesses said a woman, 58, and 3 children escaped the flames.', [[3, 'person']]],
  ['fr', 'Les pompiers ont évacué une femme âgée, 81, et deux enfants.', [[2, 'person']]],
  [
    'en',
    'Truck overturns on mountain pass, two people injured\n\nA driver carrying cement lost his brakes on Monday, killing 3 passengers.',
    [
      [2, 'person'],
      [3, 'person'],
    ],
  ],
  ['nl', 'Brandweerlieden van Area 3, Area 9 en 25 agenten bestreden het vuur.', [[25, 'person']]],
  ['nl', 'Het reddingsteam van Gebied 4 stuurde 3 brandweerwagens.', [[3, 'vehicle']]],
];

const TOPIC_CASES: Array<[string, string, Array<[number, string, string]>]> = [
  [
    'en',
    'The provincial military command mobilized 40 soldiers and 25 militiamen to help firefighters put out the blaze.',
    [
      [40, 'person', 'fire'],
      [25, 'person', 'fire'],
    ],
  ],
  [
    'en',
    'The district mobilised 12 fire engines while the flames spread through the market.',
    [[12, 'vehicle', 'fire']],
  ],
];

describe('Function: extractFigures (col37b classes)', () => {
  itReadsEach(TOPIC_CASES, valueUnitAndTopic);

  itReadsEach(UNIT_CASES, valueAndUnit);
});
