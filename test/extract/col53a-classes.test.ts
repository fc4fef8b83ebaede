/**
 * Classes of batch 53a (col53a: vi pt fr en es; a youth gang stopped with knives and bats in r2896, tridents and
 * blades in r2890, a nunchaku in a karaoke raid in r2897), on sentences written for this test:
 * - the blades and clubs a gang carries name the weapons topic, as "súng" and "vũ khí" do: vi topics.weapons
 *   "hung khí" (weapons, dangerous implements), "dao phóng lợn", "ba chĩa", "gậy bóng chày", "côn nhị khúc",
 *   "gậy 2 khúc", "gậy hai khúc", "gậy ba khúc"; a plain knife ("dao") stays no cue, since the annotators give the
 *   knife of a stabbing or a theft the crime topic, and so do "kiếm" (a sword seized with cash in a raid is crime
 *   in the tuning gold) and "mã tấu" (the topic spec reads the machetes of a brawl as crime);
 * - vi "côn nhị khúc" (a nunchaku) and pt "facões" (machetes; "facão" already matched "faca*") count weapons.
 * The negative cases: a traffic check keeps the traffic topic, a knife at a theft the crime topic.
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit, valueUnitAndTopic } from '../support/figure-cases.js';

describe('Function: extractFigures (col53a classes)', () => {
  describe("a gang's blades and clubs name the weapons topic (vi)", () => {
    itReadsEach(
      [
        [
          'vi',
          'Tổ tuần tra thu giữ 2 mã tấu và 1 gậy bóng chày của nhóm thanh niên.',
          [
            [2, 'weapon', 'weapons'],
            [1, 'weapon', 'weapons'],
          ],
        ],
        ['vi', 'Công an thu giữ 4 dao phóng lợn trong phòng trọ.', [[4, 'weapon', 'weapons']]],
        ['vi', 'Trong cốp xe có 2 côn nhị khúc.', [[2, 'weapon', 'weapons']]],
        ['vi', 'Nhóm thanh niên mang theo hung khí, công an thu giữ 5 thanh sắt.', [[5, 'other', 'weapons']]],
        // No weapon named: a traffic check stays traffic, a knife at a theft stays crime.
        ['vi', 'Công an kiểm tra 3 xe máy vi phạm nồng độ cồn.', [[3, 'vehicle', 'traffic']]],
        ['vi', 'Công an thu giữ 2 dao tại hiện trường vụ trộm.', [[2, 'weapon', 'crime']]],
      ],
      valueUnitAndTopic,
    );
  });

  describe('machetes in pt count weapons', () => {
    itReadsEach(
      [
        ['pt', 'A polícia apreendeu 4 facões na casa do suspeito.', [[4, 'weapon']]],
        // The knives of "faca*" stay weapons as before.
        ['pt', 'O suspeito usou 2 facas no assalto.', [[2, 'weapon']]],
      ],
      valueAndUnit,
    );
  });
});
