/**
 * Session 30 (e30n): an adverb of how badly people were hurt (lexicon degreeAdverbs: "seriously",
 * "grièvement", "ciężko", "těžce", "zwaar", "grav", "тяжело") right after a number is no noun it counts. A part
 * of a toll said with one and no noun counts what the whole counted ("6 osób, w tym 2 ciężko": 2 persons, not
 * 2 of something else); before a fate the fate is read past it. Sentences written for the project. Negative
 * cases: a part with no adverb and no whole stays unread, and an adverb before a noun of things leaves the
 * noun's unit.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, expected: [value: number, unit: string][]];

const CASES: Case[] = [
  [
    'pl',
    'W wypadku rannych zostało 6 osób, w tym 2 ciężko.',
    [
      [6, 'person'],
      [2, 'person'],
    ],
  ],
  [
    'cs',
    'Při požáru bylo zraněno 7 lidí, z toho 3 těžce.',
    [
      [7, 'person'],
      [3, 'person'],
    ],
  ],
  [
    'nl',
    'Bij de brand vielen 9 gewonden, van wie 2 zwaar.',
    [
      [9, 'person'],
      [2, 'person'],
    ],
  ],
  [
    'ro',
    'Explozia a rănit 8 muncitori, dintre care 3 grav.',
    [
      [8, 'person'],
      [3, 'person'],
    ],
  ],
  [
    'ru',
    'В ДТП пострадали 6 человек, из них 2 тяжело.',
    [
      [6, 'person'],
      [2, 'person'],
    ],
  ],
  [
    'en',
    'The blast injured 10 workers, including 3 critically.',
    [
      [10, 'person'],
      [3, 'person'],
    ],
  ],
  [
    'fr',
    "L'accident a fait 7 blessés, dont 2 grièvement.",
    [
      [7, 'person'],
      [2, 'person'],
    ],
  ],
  [
    'it',
    "L'esplosione ha ferito 9 operai, di cui 4 gravemente.",
    [
      [9, 'person'],
      [4, 'person'],
    ],
  ],
  [
    'pt',
    'O acidente feriu 6 pessoas, das quais 2 gravemente.',
    [
      [6, 'person'],
      [2, 'person'],
    ],
  ],
  [
    'de',
    'Bei dem Unfall wurden 5 Menschen verletzt, davon 2 schwer.',
    [
      [5, 'person'],
      [2, 'person'],
    ],
  ],
  // before a fate, the fate is read past the adverb
  [
    'pl',
    'Zginęło 3 pasażerów, a 2 ciężko rannych trafiło do szpitala.',
    [
      [3, 'person'],
      [2, 'person'],
    ],
  ],
  // negatives: an adverb before a noun of things leaves its unit; no whole, no part
  ['en', 'Police seized 3 badly damaged cars.', [[3, 'vehicle']]],
  ['cs', 'Policie zadržela 2 těžce opilé řidiče.', [[2, 'person']]],
];

describe('session 30 (e30n): adverbs of how badly after a number', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    const figures = extractFigures(documentOf(text, language), []);
    expect(figures.map((f) => [f.value, f.unit])).toEqual(expected);
  });
});
