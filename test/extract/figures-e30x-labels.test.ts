/**
 * House numbers, hotline numbers and lengths in inflected forms are no counts (session 30, e30x; lexicon data
 * only): fr "au 12 rue …" and en "the 114 hotline" (labelsAfter: the word right after the number makes it a
 * label), ru "в доме 12" (nameWords: the word before it), de "auf 300 Metern" (distances: the dative plural
 * Intl does not give). The same numbers before a counted noun still count. Sentences written for the project
 * (never an article's text).
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

type Case = [language: string, text: string, expected: [value: number, unit: string][]];

const LABELS: Case[] = [
  ['fr', 'Les enquêteurs ont perquisitionné le 12 rue Le Loi et saisi 3 kg de cocaïne.', [[3, 'kg']]],
  ['fr', 'Un incendie au 40 avenue Hung Vuong a fait deux blessés.', [[2, 'person']]],
  ['en', 'Callers to the 114 hotline reported that 6 people were trapped.', [[6, 'person']]],
  ['ru', 'В доме 12 по улице Ле Лой полиция изъяла 3 кг кокаина.', [[3, 'kg']]],
  ['de', 'Auf 300 Metern stauten sich die Fahrzeuge, drei Menschen wurden verletzt.', [[3, 'person']]],
];

const COUNTS: Case[] = [
  [
    'fr',
    'Les crues ont inondé 12 rues et 40 maisons.',
    [
      [12, 'other'],
      [40, 'other'],
    ],
  ],
  ['ru', 'Огонь уничтожил 12 домов.', [[12, 'other']]],
  ['de', 'Die Polizei kontrollierte 300 Menschen.', [[300, 'person']]],
];

describe('e30x: house numbers, hotlines and lengths are no counts', () => {
  itReadsEach(LABELS, valueAndUnit);

  itReadsEach(COUNTS, valueAndUnit, '%s still counts: %s');
});
