/**
 * The share of a body burned or hurt is a measure of a wound, no count (session 30, e30x; body-share.ts): a
 * percent beside a word of the body (lexicon `bodyWords`, either side) or after a word of burns (`burnWords`)
 * is not read; a percent of persons, cases or goods still is, even where burns are named after it.
 * Sentences written for the project (never an article's text).
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

type Case = [language: string, text: string, expected: [value: number, unit: string][]];

const SHARES_OF_A_BODY: Case[] = [
  ['en', 'A firefighter suffered burns to 45% of his body and three others were hurt.', [[3, 'person']]],
  ['fr', 'Un pompier, brûlé sur 45 % du corps, et trois blessés ont été évacués.', [[3, 'person']]],
  ['vi', 'Nạn nhân bị bỏng 45% và 3 người khác bị thương nhẹ.', [[3, 'person']]],
  ['ru', 'Пострадавший получил ожоги 45% поверхности тела, ещё трое ранены.', [[3, 'person']]],
  [
    'zh',
    '一名消防员烧伤面积达45%，另有3人受伤。',
    [
      [1, 'person'],
      [3, 'person'],
    ],
  ],
  [
    'ko',
    '소방관 1명이 신체 45%에 화상을 입었고 3명이 다쳤다.',
    [
      [1, 'person'],
      [3, 'person'],
    ],
  ],
  ['th', 'ผู้บาดเจ็บมีแผลไฟไหม้ร้อยละ 45 และมีผู้บาดเจ็บอีก 3 คน', [[3, 'person']]],
  [
    'es',
    'Un bombero sufrió quemaduras en el 45 % del cuerpo y otras tres personas resultaron heridas.',
    [[3, 'person']],
  ],
];

const SHARES_COUNTED: Case[] = [
  // a share of the victims is a share of persons, even with burns named after it
  ['en', 'Around 45% of the victims suffered burns.', [[45, 'percent']]],
  ['vi', 'Khoảng 45% số nạn nhân bị bỏng.', [[45, 'percent']]],
  // a share of goods or cases, with no word of the body
  ['fr', 'Les saisies de drogue ont augmenté de 45 % cette année.', [[45, 'percent']]],
  ['de', 'Die Zahl der Brände ging um 45 Prozent zurück.', [[45, 'percent']]],
];

describe('e30x: the share of a body burned is no count', () => {
  itReadsEach(SHARES_OF_A_BODY, valueAndUnit);

  itReadsEach(SHARES_COUNTED, valueAndUnit, '%s counts the share: %s');
});
