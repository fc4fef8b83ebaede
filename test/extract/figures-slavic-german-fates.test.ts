/**
 * Russian, Ukrainian, Czech, Slovak, Polish, Bulgarian and German counts the lexicons must read as such: a bare
 * number followed by a word of a person's fate ("ещё 6 пропали без вести", "5 загинули", "6 zahynulo",
 * "5 zginęło", "3 starben") counts persons; numerals in their case forms ("между двенадцатью", "obou",
 * "jedenástimi", "zweier") are numbers, a word for "both" counts persons only; houses are 'other' (buildings),
 * households and families 'household'; German drug rings ("Ringe") are groups; short stems read no other word.
 * Sentences written for the project as a news outlet would write them, never taken from the tuning or holdout
 * sets.
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

type Case = [language: string, text: string, figures: [value: number, unit: string][]];

const CASES: Case[] = [
  // A person's fate after a bare number.
  [
    'ru',
    'Во время паводка 4 человека погибли, ещё 6 пропали без вести.',
    [
      [4, 'person'],
      [6, 'person'],
    ],
  ],
  [
    'ru',
    'По данным спасателей, 12 пропало без вести, 3 утонули.',
    [
      [12, 'person'],
      [3, 'person'],
    ],
  ],
  [
    'ru',
    'В ходе рейда 7 задержаны, 2 арестованы.',
    [
      [7, 'person'],
      [2, 'person'],
    ],
  ],
  [
    'ru',
    'Из горящего общежития 15 спасены, 4 госпитализированы.',
    [
      [15, 'person'],
      [4, 'person'],
    ],
  ],
  [
    'ru',
    'При нападении на заставу 2 убиты, ещё 3 умерли в больнице.',
    [
      [2, 'person'],
      [3, 'person'],
    ],
  ],
  [
    'uk',
    'Під час повені 5 загинули, ще 8 зникли безвісти.',
    [
      [5, 'person'],
      [8, 'person'],
    ],
  ],
  [
    'uk',
    'Унаслідок ДТП 2 померли, 4 госпіталізовані.',
    [
      [2, 'person'],
      [4, 'person'],
    ],
  ],
  [
    'cs',
    'Při povodních 6 zahynulo a 3 lidé jsou nezvěstní.',
    [
      [6, 'person'],
      [3, 'person'],
    ],
  ],
  [
    'cs',
    'Při srážce autobusu s kamionem byli 2 usmrceni a 9 hospitalizováno.',
    [
      [2, 'person'],
      [9, 'person'],
    ],
  ],
  [
    'sk',
    'Pri záplavách 4 zahynuli a 7 je stále nezvestných.',
    [
      [4, 'person'],
      [7, 'person'],
    ],
  ],
  [
    'sk',
    'Z horiacej budovy hasiči vyviedli 30 ľudí, 6 zachránených previezli do nemocnice.',
    [
      [30, 'person'],
      [6, 'person'],
    ],
  ],
  [
    'de',
    'Nach dem Erdrutsch im Bergdorf: 3 starben noch am Ort, 2 werden vermisst.',
    [
      [3, 'person'],
      [2, 'person'],
    ],
  ],
  [
    'pl',
    'W wyniku powodzi 5 zginęło, a 3 zaginęło.',
    [
      [5, 'person'],
      [3, 'person'],
    ],
  ],
  [
    'bg',
    'При пожара в общежитието 4 починаха, 6 са хоспитализирани.',
    [
      [4, 'person'],
      [6, 'person'],
    ],
  ],
  // Numerals in their case forms.
  [
    'ru',
    'У обоих задержанных нашли 5 пакетов героина.',
    [
      [2, 'person'],
      [5, 'other'],
    ],
  ],
  [
    'ru',
    'Спор между двенадцатью торговцами закончился дракой; полиция с девятью инспекторами задержала 40 нарушителей.',
    [
      [12, 'person'],
      [9, 'person'],
      [40, 'person'],
    ],
  ],
  ['uk', 'Поліція затримала обох підозрюваних.', [[2, 'person']]],
  [
    'cs',
    'U obou podezřelých policisté našli drogy; spor mezi dvanácti obchodníky skončil bitkou.',
    [
      [2, 'person'],
      [12, 'person'],
    ],
  ],
  [
    'sk',
    'Polícia zadržala oboch podozrivých a medzi jedenástimi zadržanými boli aj dvaja cudzinci.',
    [
      [2, 'person'],
      [11, 'person'],
      [2, 'person'],
    ],
  ],
  [
    'sk',
    'Polícia vypočula 20 svedkov, s piatimi z nich spísala zápisnicu.',
    [
      [20, 'person'],
      [5, 'person'],
    ],
  ],
  [
    'de',
    'Die Festnahme zweier Kuriere und dreier Händler gelang an der Grenze.',
    [
      [2, 'person'],
      [3, 'person'],
    ],
  ],
  // A word for "both" counts persons only: the two sides of a relation or a repeat are no count.
  [
    'de',
    'Die beiden Verdächtigen wurden festgenommen; die Polizei beider Länder arbeitete in beiden Fällen zusammen.',
    [[2, 'person']],
  ],
  ['ru', 'В обоих случаях оба водителя были задержаны.', [[2, 'person']]],
  ['cs', 'Policie obou zemí zadržela oba řidiče.', [[2, 'person']]],
  // Houses are buildings ('other'); households and families are 'household'.
  [
    'ru',
    'Ураган разрушил 40 домов, 300 семей остались без крова.',
    [
      [40, 'other'],
      [300, 'household'],
    ],
  ],
  [
    'uk',
    'Внаслідок пожежі згоріли 12 будинків, 20 родин евакуювали.',
    [
      [12, 'other'],
      [20, 'household'],
    ],
  ],
  [
    'cs',
    'Povodeň zničila 30 domů a zasáhla 80 domácností.',
    [
      [30, 'other'],
      [80, 'household'],
    ],
  ],
  [
    'sk',
    'Víchrica poškodila 25 domov a 40 rodín zostalo bez strechy.',
    [
      [25, 'other'],
      [40, 'household'],
    ],
  ],
  [
    'de',
    'Das Hochwasser zerstörte 14 Häuser, 60 Familien mussten ihre Dörfer verlassen.',
    [
      [14, 'other'],
      [60, 'household'],
    ],
  ],
  // Short Russian stems read no other word: "частично" is no hour, "поступило" no post, "курсантов" no course.
  ['ru', 'Во время пожара 40 сараев частично сгорели.', [[40, 'other']]],
  ['ru', 'Всего 500 заявок поступило в администрацию.', [[500, 'other']]],
  ['ru', 'На учениях в академии отличились 30 курсантов.', [[30, 'person']]],
  // German road names and storeys are no counts.
  ['de', 'Auf dem Highway 14 starben 2 Motorradfahrer.', [[2, 'person']]],
  ['de', 'Das Wohnhaus ist sieben Stockwerke hoch, 12 Bewohner wurden gerettet.', [[12, 'person']]],
  // Lao kip is a currency: a range's lower bound takes its unit; a numbered region is a name.
  [
    'de',
    'Die Kuriere erhielten je Fahrt zwischen 10 und 30 Millionen Kip.',
    [
      [10_000_000, 'other'],
      [30_000_000, 'other'],
    ],
  ],
  ['cs', 'Hasiči z Regionu 8 evakuovali 40 obyvatel.', [[40, 'person']]],
  // German rings of dealers or smugglers are groups.
  [
    'de',
    'Die Polizei hob in drei Ringen von Menschenschmugglern insgesamt 14 Verdächtige aus.',
    [
      [3, 'group'],
      [14, 'person'],
    ],
  ],
];

describe('Function: extractFigures (Slavic and German fates, case forms, houses, rings)', () => {
  itReadsEach(CASES, valueAndUnit);
});
