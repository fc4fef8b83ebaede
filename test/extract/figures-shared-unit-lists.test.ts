/**
 * Lists of numbers that share the unit written once after the last ("decreases of 9.16, 32.35 and 1.38%
 * respectively"): every number of the list takes that unit. Sentences written for the project as a news
 * outlet would write them, before the engine read them so.
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

type Case = [language: string, text: string, figures: [number, string][]];

const LISTS: Case[] = [
  [
    'it',
    'Incidenti, morti e feriti sono diminuiti rispettivamente del 9,16, 32,35 e 1,38% rispetto al 2023.',
    [
      [9.16, 'percent'],
      [32.35, 'percent'],
      [1.38, 'percent'],
    ],
  ],
  [
    'en',
    'Accidents, deaths and injuries fell by 4.5, 12.1 and 7.3% respectively on the same period last year.',
    [
      [4.5, 'percent'],
      [12.1, 'percent'],
      [7.3, 'percent'],
    ],
  ],
  [
    'es',
    'Los accidentes, muertos y heridos bajaron un 6,2, 10,5 y 3,1% respectivamente.',
    [
      [6.2, 'percent'],
      [10.5, 'percent'],
      [3.1, 'percent'],
    ],
  ],
  [
    'fr',
    'Les accidents, les décès et les blessés ont reculé de 5,4, 8,9 et 2,7 % par rapport à 2023.',
    [
      [5.4, 'percent'],
      [8.9, 'percent'],
      [2.7, 'percent'],
    ],
  ],
  [
    'de',
    'Unfälle, Tote und Verletzte gingen um 3,8, 11,2 und 6,4 % gegenüber dem Vorjahr zurück.',
    [
      [3.8, 'percent'],
      [11.2, 'percent'],
      [6.4, 'percent'],
    ],
  ],
];

describe('Function: extractFigures (lists sharing a unit)', () => {
  itReadsEach(LISTS, valueAndUnit, '%s gives every number of the list its unit: %s');
});
