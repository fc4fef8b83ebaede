/**
 * Figure classes of session 31 (e31a), from the misses of its invented whole articles, on sentences written for
 * the project (never an article's text):
 * - the Portuguese name of the dong in its own spelling ("dongue", "dongues"): money in VND, not a foreign sum;
 * - "celular(es)", "cellulari" (mobile phones) are no cell of a gang: the group word is "célula(s)", "cellula/e"
 *   exactly, where "celula*" caught the adjective of "telefones celulares";
 * - holidaymakers ("Urlauber", "vacanciers", "urlopowiczów") are persons, as tourists are; cs "pušky" (rifles,
 *   after 2-4) is a weapon;
 * - a nationality noun in the singular after its article is one person as an item of a list of counted persons
 *   ("deux Laotiens et un Vietnamien", "dos laosianos y un vietnamita"), as a counted noun is (listed.ts); alone
 *   it counts nothing ("Un Vietnamien a été arrêté");
 * - a count compared with another says how many more or fewer of the same ("three fewer", "cu 12 mai multe",
 *   "14 minder", "12 mehr"): elliptic words after the number (lexicon elliptic.after), which inherit the unit
 *   counted before them; ro "mai" there is "more", not May (a day before "mai" with no comparative stays a date).
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

type Case = [language: string, text: string, expected: [value: number, unit: string][]];

const COUNTS: Case[] = [
  // The dong in Portuguese spelling
  ['pt', 'A polícia apreendeu 4,6 bilhões de dongues em dinheiro vivo.', [[4_600_000_000, 'vnd']]],
  ['pt', 'Cada motorista recebia 5 milhões de dongues por viagem.', [[5_000_000, 'vnd']]],
  // Mobile phones, not cells
  [
    'pt',
    'Foram apreendidos 45 computadores e 120 telefones celulares.',
    [
      [45, 'other'],
      [120, 'other'],
    ],
  ],
  ['es', 'Los agentes incautaron 30 teléfonos celulares y dinero.', [[30, 'other']]],
  ['it', 'Sono stati sequestrati 22 telefoni cellulari nel covo.', [[22, 'other']]],
  ['pt', 'A polícia desmantelou três células criminosas na capital.', [[3, 'group']]],
  ['es', 'La policía desarticuló dos células del grupo en la frontera.', [[2, 'group']]],
  ['it', 'La polizia ha smantellato quattro cellule della rete.', [[4, 'group']]],
  // Holidaymakers, rifles
  ['de', 'Mindestens 38 Urlauber wurden um ihr Geld gebracht.', [[38, 'person']]],
  ['en', 'Rescuers evacuated 40 holidaymakers from the flooded resort.', [[40, 'person']]],
  ['fr', 'La vague a emporté deux vacanciers sur la plage.', [[2, 'person']]],
  ['pl', 'Ratownicy ewakuowali 150 urlopowiczów z kempingu.', [[150, 'person']]],
  ['cs', 'Záchranáři evakuovali 60 rekreantů z pláže.', [[60, 'person']]],
  ['cs', 'Policisté zabavili dvě pušky a náboje.', [[2, 'weapon']]],
  // A singular nationality noun as an item of a list of counted persons
  [
    'fr',
    'Deux ressortissants laotiens et un Vietnamien ont été arrêtés à la frontière.',
    [
      [2, 'person'],
      [1, 'person'],
    ],
  ],
  [
    'es',
    'Dos laosianos y un vietnamita fueron detenidos cerca del paso fronterizo.',
    [
      [2, 'person'],
      [1, 'person'],
    ],
  ],
  [
    'it',
    'Due laotiani e un vietnamita sono stati arrestati al valico.',
    [
      [2, 'person'],
      [1, 'person'],
    ],
  ],
  [
    'pt',
    'Dois laosianos e um vietnamita foram presos na fronteira.',
    [
      [2, 'person'],
      [1, 'person'],
    ],
  ],
  [
    'de',
    'Zwei Laoten und ein Vietnamese wurden an der Grenze festgenommen.',
    [
      [2, 'person'],
      [1, 'person'],
    ],
  ],
];

const COMPARED: Case[] = [
  [
    'en',
    'Road accidents killed nine people in October, three fewer than a year earlier.',
    [
      [9, 'person'],
      [3, 'person'],
    ],
  ],
  [
    'ro',
    'Poliţia a anchetat 47 de incendii, cu 12 mai multe decât anul trecut.',
    [
      [47, 'case'],
      [12, 'case'],
    ],
  ],
  [
    'ro',
    'Au fost arestaţi 30 de suspecţi, cu 5 mai puţini decât în 2024.',
    [
      [30, 'person'],
      [5, 'person'],
    ],
  ],
  [
    'de',
    'Die Polizei registrierte 74 Unfälle, 12 weniger als im Vorjahr.',
    [
      [74, 'case'],
      [12, 'case'],
    ],
  ],
  [
    'nl',
    'De politie telde 40 verdachten, 6 minder dan vorig jaar.',
    [
      [40, 'person'],
      [6, 'person'],
    ],
  ],
  // A day before the month's name, with no comparative after it, is a date.
  ['ro', 'Pe 12 mai 2024, alte 3 case au ars în incendiu.', [[3, 'other']]],
  ['ro', 'Focul din 3 mai a distrus 4 case.', [[4, 'other']]],
];

const NOT_COUNTED: Case[] = [
  ['fr', 'Un Vietnamien a été arrêté à la frontière mardi soir.', []],
  ['es', 'Un vietnamita fue detenido en el paso fronterizo.', []],
  ['de', 'Ein Vietnamese wurde an der Grenze festgenommen.', []],
];

describe('session 31 (e31a): the dong in Portuguese, phones, holidaymakers, listed nationals', () => {
  itReadsEach(COUNTS, valueAndUnit, '%s counts: %s');

  itReadsEach(COMPARED, valueAndUnit, '%s compares: %s');

  itReadsEach(NOT_COUNTED, valueAndUnit, '%s does not count: %s');
});
