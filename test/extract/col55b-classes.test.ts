/**
 * Classes of session 55 (col55b: ar, ko, ja, en), on sentences written for this test:
 * - ar plural nouns of casualties, "وفيات" (deaths) and "إصابات" (injuries), count persons after a number, as
 *   "قتلى" and "جرحى" do: lexicon units.person; a number with a noun of its own keeps it;
 * - a boat's or barge's registration code written with a spaced dash ("TG - 18666") is an identifier, as it is
 *   run together ("TG-18666"): figures/spaced-code.ts; a range between two numbers stays two figures;
 * - ko river sand ("강모래", "강 모래") tells illegal sand mining, an offence (crime), not the residents it was sold
 *   to (population): lexicon offences; a sale to residents of anything else stays population;
 * - ko "납탄", ja "鉛弾" (lead shot) are weapons cues: lexicon topics.weapons;
 * - ko a steering committee named by its number ("138 운영위원회", "389 지도위원회") is a label, no count: lexicon
 *   labelsAfter; a count of the committee's members stays a count.
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit, valueUnitAndTopic } from '../support/figure-cases.js';

describe('Function: extractFigures (col55b classes)', () => {
  describe('ar plural casualty nouns count persons', () => {
    itReadsEach(
      [
        [
          'ar',
          'أسفر الحادث عن 3 وفيات و5 إصابات على الطريق السريع.',
          [
            [3, 'person'],
            [5, 'person'],
          ],
        ],
        [
          'ar',
          'سجلت المقاطعة 12 حادثا مروريا أدت إلى 4 وفيات.',
          [
            [12, 'case'],
            [4, 'person'],
          ],
        ],
        // A number with a noun of its own keeps it; the plural alone is no count.
        ['ar', 'ضبطت الشرطة 4 سيارات بعد الحادث الذي خلف إصابات.', [[4, 'vehicle']]],
      ],
      valueAndUnit,
    );
  });

  describe('a registration code with a spaced dash is no count', () => {
    itReadsEach(
      [
        ['en', 'Police seized barge QN - 45210 carrying 300 m3 of sand.', [[300, 'other']]],
        ['ko', '순찰대는 HG - 20417 바지선 1척을 적발했습니다.', [[1, 'vehicle']]],
        // Numbers on both sides of the dash are a range.
        [
          'en',
          'Between 500 - 600 people gathered outside.',
          [
            [500, 'person'],
            [600, 'person'],
          ],
        ],
      ],
      valueAndUnit,
    );
  });

  describe('ko river sand is an offence; ko, ja lead shot is a weapon', () => {
    itReadsEach(
      [
        ['ko', '이들은 주민들에게 80m3의 강모래를 판매했습니다.', [[80, 'other', 'crime']]],
        ['ko', '이들은 주민들에게 쌀 80kg을 판매했습니다.', [[80, 'kg', 'population']]],
        ['ko', '공안은 현장에서 납탄 약 3kg을 압수했습니다.', [[3, 'kg', 'weapons']]],
        ['ja', '警察は鉛弾5kgを押収した。', [[5, 'kg', 'weapons']]],
        ['ko', '현장에서 현금 2억 동을 압수했습니다.', [[200000000, 'vnd', 'crime']]],
      ],
      valueUnitAndTopic,
    );
  });

  describe('ko a steering committee named by its number is a label', () => {
    itReadsEach(
      [
        ['ko', '꽝빈성 389 지도위원회에 따르면 밀수 사건 12건이 적발됐습니다.', [[12, 'case']]],
        ['ko', '꽝찌성 138 운영위원회는 올해 마약 사건 20건을 적발했습니다.', [[20, 'case']]],
        ['ko', '위원회 위원 5명이 회의에 참석했습니다.', [[5, 'person']]],
      ],
      valueAndUnit,
    );
  });
});
