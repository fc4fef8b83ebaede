/**
 * Classes of figures that the first readings of batches 16-23 missed on unseen text, fixed in session 24 by
 * general rules and lexicon words. Sentences written for the project, not taken from any article.
 *
 * - A demonstrative after a bare number opens the next phrase ("chegou a 51 nesta quarta-feira", "stieg auf 12
 *   diese Woche"): it is no word of the number's noun, so the time word after it does not make a duration.
 * - Korean "여" (over, some) glued between a number and its counter ("1,500여건", "20여대") is a mark of
 *   approximation, as Chinese "多" and "余" are; a unit that begins with it ("여단", brigade) stays that unit.
 * - "All" before a number with no noun of its own ("Cả ba đều", "cả 2 đã", "All three were", "Alle zwei
 *   stammen") counts again the group told before, in digits too; a noun after it ("cả hai chiều", both
 *   directions) makes no person unless the phrase opens its clause.
 * - Turkish possessive endings after a partitive ("bunlardan 3'ü", three of them) count again what was counted.
 * - A capitalised number word between capitalised words of running text is a name's ("One Member Co., Ltd",
 *   the company form Vietnamese firms translate); a headline in title case still counts ("Seize Two Trucks").
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, figures: [number, string][]];

const DEMONSTRATIVE_AFTER_NUMBER: Case[] = [
  ['pt', 'O número de mortos subiu para 12 neste domingo, segundo as autoridades.', [[12, 'person']]],
  ['pt', 'O balanço de mortos chegou a 9 nesta semana na região central.', [[9, 'person']]],
  ['de', 'Die Zahl der Toten stieg auf 12 diese Woche, teilte die Polizei mit.', [[12, 'person']]],
  ['it', 'Il numero dei morti è salito a 14 questa settimana nella provincia.', [[14, 'person']]],
  ['es', 'El número de muertos llegó a 17 este viernes según las autoridades.', [[17, 'person']]],
  ['ro', 'Numărul morților a ajuns la 11 această săptămână în nordul țării.', [[11, 'person']]],
];

const KOREAN_OVER_MARK: Case[] = [
  ['ko', '세관은 올해 2,300여건의 밀수 사건을 적발했다.', [[2300, 'case']]],
  ['ko', '경찰은 올해 마약 사건 40여건을 적발했다.', [[40, 'case']]],
  ['ko', '경찰은 오토바이 20여대를 압수했다.', [[20, 'vehicle']]],
];

const ALL_OF_A_GROUP: Case[] = [
  [
    'vi',
    'Công an bắt ba đối tượng. Cả ba đều khai nhận hành vi mua bán ma túy.',
    [
      [3, 'person'],
      [3, 'person'],
    ],
  ],
  [
    'vi',
    'Hai nghi phạm bị bắt giữ, cả 2 đều trú tại huyện bên cạnh.',
    [
      [2, 'person'],
      [2, 'person'],
    ],
  ],
  [
    'en',
    'Police arrested three men on Friday. All three were taken to the station.',
    [
      [3, 'person'],
      [3, 'person'],
    ],
  ],
  [
    'de',
    'Die Polizei nahm zwei Männer fest. Alle zwei stammen aus der Nachbarprovinz.',
    [
      [2, 'person'],
      [2, 'person'],
    ],
  ],
  ['vi', 'Xe chạy cả hai chiều trên quốc lộ.', [[2, 'other']]],
];

const TURKISH_PARTS: Case[] = [
  [
    'tr',
    "Polis 6 kişiyi gözaltına aldı, bunlardan 3'ü yabancı uyruklu.",
    [
      [6, 'person'],
      [3, 'person'],
    ],
  ],
  [
    'tr',
    "Jandarma 12 kaçak göçmen yakaladı; bunların 5'i çocuk.",
    [
      [12, 'person'],
      [5, 'person'],
    ],
  ],
  [
    'tr',
    "Operasyonda 20 şüpheli yakalandı, içlerinden 7'si tutuklandı.",
    [
      [20, 'person'],
      [7, 'person'],
    ],
  ],
  [
    'tr',
    "Ekipler 15 araç durdurdu, bunlardan 6'sı bağlandı.",
    [
      [15, 'vehicle'],
      [6, 'vehicle'],
    ],
  ],
];

const NUMBER_IN_A_NAME: Case[] = [
  ['en', 'Inspectors fined the Hoang Long One Member Company for selling smuggled cigarettes.', []],
  ['en', 'Workers of Saigon Trading One Member Limited Liability Company were questioned by police.', []],
  [
    'en',
    'The goods belonged to Minh Phat Two Member Co. and were seized, along with 3 trucks.',
    [[3, 'vehicle']],
  ],
  ['en', 'Police Seize Two Trucks Carrying Smuggled Sugar', [[2, 'vehicle']]],
];

describe('Function: extractFigures (unseen classes of batches 16-23, session 24)', () => {
  it.each([
    ...DEMONSTRATIVE_AFTER_NUMBER,
    ...KOREAN_OVER_MARK,
    ...ALL_OF_A_GROUP,
    ...TURKISH_PARTS,
    ...NUMBER_IN_A_NAME,
  ])('%s: %s', (language, text, expected) => {
    const figures = extractFigures(documentOf(text, language), []);
    expect(figures.map((f) => [f.value, f.unit])).toEqual(expected);
  });
});
