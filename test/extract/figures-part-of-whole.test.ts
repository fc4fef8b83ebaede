/**
 * A part counted out of a whole ("13 of the 40 passengers", "dreizehn der 40 Passagiere", "treize des quelque
 * quarante passagers") counts what the whole counts, even with an article or a mark of approximation before the
 * whole; and a Dutch plural written with an apostrophe ("drie auto's", "twee camera's") is the noun's plural.
 * Sentences written for the project as a news outlet would write them, before the engine read them so.
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

type Case = [language: string, text: string, figures: [number, string][]];

const PARTS: Case[] = [
  [
    'en',
    'Eleven of the 38 passengers on the coach were taken to hospital.',
    [
      [11, 'person'],
      [38, 'person'],
    ],
  ],
  [
    'en',
    'Police said 7 of the 25 suspects had previous drug convictions.',
    [
      [7, 'person'],
      [25, 'person'],
    ],
  ],
  [
    'en',
    'Six of the roughly 30 workers at the site were detained.',
    [
      [6, 'person'],
      [30, 'person'],
    ],
  ],
  [
    'de',
    'Vier der 22 Festgenommenen stammen aus der Nachbarprovinz.',
    [
      [4, 'person'],
      [22, 'person'],
    ],
  ],
  [
    'de',
    'Die Grenzpolizei teilte mit, dass 9 der rund 60 Fahrzeuge beschlagnahmt wurden.',
    [
      [9, 'vehicle'],
      [60, 'vehicle'],
    ],
  ],
  [
    'de',
    'Zwei von den 14 Verdächtigen sind noch flüchtig.',
    [
      [2, 'person'],
      [14, 'person'],
    ],
  ],
  [
    'nl',
    'Negen van de ongeveer 50 verdachten zijn inmiddels vrijgelaten.',
    [
      [9, 'person'],
      [50, 'person'],
    ],
  ],
  [
    'nl',
    'Volgens de politie raakten vijf van de circa dertig passagiers zwaargewond.',
    [
      [5, 'person'],
      [30, 'person'],
    ],
  ],
  [
    'fr',
    'Huit des quelque 45 passagers du car ont été hospitalisés.',
    [
      [8, 'person'],
      [45, 'person'],
    ],
  ],
  [
    'fr',
    'La police a indiqué que 3 des environ 20 suspects étaient en fuite.',
    [
      [3, 'person'],
      [20, 'person'],
    ],
  ],
  [
    'es',
    'Cinco de los cerca de 40 detenidos tenían antecedentes.',
    [
      [5, 'person'],
      [40, 'person'],
    ],
  ],
  [
    'pt',
    'Quatro dos cerca de 30 suspeitos já foram libertados.',
    [
      [4, 'person'],
      [30, 'person'],
    ],
  ],
];

/** Italian contracts "of the" into one word (dei, degli, delle): "due dei feriti" counts two of the injured. */
const CONTRACTED: Case[] = [
  ['it', 'Due dei feriti sono poi morti in ospedale.', [[2, 'person']]],
  ['it', 'Quattro delle vittime erano bambini, ha riferito la polizia.', [[4, 'person']]],
  ['it', 'Tre degli arrestati avevano precedenti per droga.', [[3, 'person']]],
];

const APOSTROPHE_PLURALS: Case[] = [
  [
    'nl',
    'De douane nam drie auto’s en 12 motoren in beslag.',
    [
      [3, 'vehicle'],
      [12, 'vehicle'],
    ],
  ],
  [
    'nl',
    "Bij de inval vond de politie 4 camera's en twee auto's met valse kentekens.",
    [
      [4, 'camera'],
      [2, 'vehicle'],
    ],
  ],
  ['nl', "In de loods stonden 15 auto's die uit Laos waren gesmokkeld.", [[15, 'vehicle']]],
];

describe('Function: extractFigures (a part of a counted whole)', () => {
  itReadsEach(PARTS, valueAndUnit, '%s counts the part as the whole: %s');
});

describe('Function: extractFigures (a part of a group named with a contracted article)', () => {
  itReadsEach(CONTRACTED, valueAndUnit, '%s counts the part as the group: %s');
});

describe('Function: extractFigures (plurals written with an apostrophe)', () => {
  itReadsEach(APOSTROPHE_PLURALS, valueAndUnit, '%s reads the plural as its noun: %s');
});
