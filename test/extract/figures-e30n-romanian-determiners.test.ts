/**
 * Session 30 (e30n): Romanian "cei"/"cele" before a number are the definite article of the numeral ("cei 15
 * suspecți", the 15 suspects) and "aceste"/"acești"/"acele" are demonstratives, as "the"/"these" are in the
 * other lexicons (definite, demonstratives); listed among the name words they dropped the count they stand
 * before ("Dintre cei 15 suspecți, 6 sunt străini" read nothing). Also the it fire tanker ("autobotti") is a
 * vehicle, as "autopompe" is. Sentences written for the project. Negative case: a demonstrative count with no
 * count told before it is a repeat of nothing and stays unread, as in the other languages.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, expected: [value: number, unit: string][]];

const CASES: Case[] = [
  [
    'ro',
    'Dintre cei 12 migranți reținuți la frontieră, 5 sunt minori.',
    [
      [12, 'person'],
      [5, 'person'],
    ],
  ],
  ['ro', 'Polițiștii i-au audiat pe cei 9 șoferi implicați în accident.', [[9, 'person']]],
  [
    'ro',
    'Poliția a reținut doi bărbați. Cei doi au fost duși la sediul poliției.',
    [
      [2, 'person'],
      [2, 'person'],
    ],
  ],
  [
    'ro',
    'Vameșii au oprit 4 camioane. Acele 4 camioane transportau lemn tăiat ilegal.',
    [
      [4, 'vehicle'],
      [4, 'vehicle'],
    ],
  ],
  // negative: a demonstrative count with nothing counted before it
  ['ro', 'Aceste 3 camioane transportau lemn tăiat ilegal.', []],
  ['it', 'Sul posto sono intervenute sei autobotti dei vigili del fuoco.', [[6, 'vehicle']]],
];

describe('session 30 (e30n): Romanian articles and demonstratives before a count; it fire tankers', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    const figures = extractFigures(documentOf(text, language), []);
    expect(figures.map((f) => [f.value, f.unit])).toEqual(expected);
  });
});
