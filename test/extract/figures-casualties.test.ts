/**
 * Casualty and kin counts: storm, flood and crash reports count people by what befell them (deaths, the
 * missing, disappearances) and families by their members (sons, daughters, children of a household). Sentences
 * written for the project as a news outlet would write them, before the lexicons learnt these nouns; each
 * count is a person figure, never a bare 'other' number.
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

type Case = [language: string, text: string, figures: [number, string][]];

const CASUALTIES: Case[] = [
  ['es', 'Las lluvias torrenciales dejaron 14 muertes en la provincia de Quang Tri.', [[14, 'person']]],
  [
    'es',
    'En Nghe An se registran tres desaparecidos y siete heridos tras el deslizamiento.',
    [
      [3, 'person'],
      [7, 'person'],
    ],
  ],
  ['es', 'El tifón causó además cuatro desapariciones en el mar.', [[4, 'person']]],
  [
    'pt',
    'As cheias provocaram 12 mortes e cinco desaparecidos no centro do país.',
    [
      [12, 'person'],
      [5, 'person'],
    ],
  ],
  [
    'it',
    'Il tifone ha provocato 9 dispersi e 4 decessi nella provincia di Quang Ngai.',
    [
      [9, 'person'],
      [4, 'person'],
    ],
  ],
  [
    'fr',
    "Les autorités de Ha Tinh font état de six disparus après le naufrage d'une barque.",
    [[6, 'person']],
  ],
  ['fr', 'Les inondations ont fait 11 décès dans la province de Yen Bai.', [[11, 'person']]],
  ['de', 'Nach dem Erdrutsch in Lao Cai werden noch 8 Vermisste gesucht.', [[8, 'person']]],
  ['de', 'Der Sturm forderte 15 Todesfälle in der Provinz Quang Binh.', [[15, 'person']]],
  ['en', 'The flash floods caused 7 fatalities in Ha Giang province.', [[7, 'person']]],
  ['pl', 'Po przejściu tajfunu wciąż poszukiwanych jest 5 zaginionych rybaków.', [[5, 'person']]],
];

const KIN: Case[] = [
  ['it', 'La donna viaggiava con il marito e 3 figli piccoli sulla moto.', [[3, 'person']]],
  ['es', 'El conductor llevaba a sus dos hijos en la motocicleta.', [[2, 'person']]],
  ['pt', 'A vítima deixa a esposa e quatro filhos menores.', [[4, 'person']]],
  ['en', 'The man was travelling with his wife and two sons when the truck hit them.', [[2, 'person']]],
  ['de', 'Die Frau war mit ihren 2 Söhnen auf dem Motorrad unterwegs.', [[2, 'person']]],
];

describe('Function: extractFigures (casualty and kin counts)', () => {
  itReadsEach(CASUALTIES, valueAndUnit, '%s counts casualties as people: %s');

  itReadsEach(KIN, valueAndUnit, '%s counts family members as people: %s');
});
