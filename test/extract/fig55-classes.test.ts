/**
 * Classes of session 55 (fig55: ja, ko, bn), on sentences written for this test:
 * - ja a generic counter (個) after a noun counts that noun, as 台 does: grenades and bombs are weapons
 *   ("手榴弾3個", three grenades); after a noun the lexicon does not count it is `other` ("携帯電話10個");
 * - ja a quantifier of one right after a noun of a vehicle or a weapon is a count ("車一台を押収", one car
 *   seized; "拳銃一丁", one pistol): Japanese has no article, and a quantifier after its noun is never one;
 *   "一台の車" before its noun is left as it was (no count);
 * - ko "차례" and "번", bn "বার" after a number say how often a thing was done, no figure (the figure spec's
 *   convention, as th "ครั้ง" and km "ដង"); bn "বার" is no longer read as a counted thing;
 * - bn "প্রাইভেটকার" (private car) and "পিকআপ" (pickup) are vehicles.
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

describe('Function: extractFigures (fig55 classes)', () => {
  describe('ja a generic counter after a weapon noun counts weapons', () => {
    itReadsEach(
      [
        ['ja', '警察は倉庫から手榴弾3個を押収した。', [[3, 'weapon']]],
        [
          'ja',
          '税関は爆弾1個と拳銃2丁を押収した。',
          [
            [1, 'weapon'],
            [2, 'weapon'],
          ],
        ],
        ['ja', '警察は携帯電話10個を押収した。', [[10, 'other']]],
      ],
      valueAndUnit,
    );
  });

  describe('ja one after a noun of a vehicle or a weapon counts one', () => {
    itReadsEach(
      [
        ['ja', '警察は盗まれた車一台を押収した。', [[1, 'vehicle']]],
        [
          'ja',
          '警察はトラック一台と乗用車二台を押収した。',
          [
            [1, 'vehicle'],
            [2, 'vehicle'],
          ],
        ],
        [
          'ja',
          '警察は拳銃一丁と銃弾十発を押収した。',
          [
            [1, 'weapon'],
            [10, 'other'],
          ],
        ],
        ['ja', '一台の車が交差点で衝突した。', []],
      ],
      valueAndUnit,
    );
  });

  describe('ko and bn counts of times are no figures', () => {
    itReadsEach(
      [
        ['ko', '남성은 이미 세 차례 체포된 적이 있다.', []],
        ['ko', '경찰은 운전자에게 두 번 경고했다.', []],
        ['ko', '경찰은 용의자 세 명을 체포했다.', [[3, 'person']]],
        ['bn', 'পুলিশ তাকে ৩ বার সতর্ক করেছিল।', []],
        ['bn', 'পুলিশ ৩টি মোটরসাইকেল জব্দ করেছে।', [[3, 'vehicle']]],
      ],
      valueAndUnit,
    );
  });

  describe('bn private cars and pickups are vehicles', () => {
    itReadsEach(
      [
        [
          'bn',
          'পুলিশ ২টি প্রাইভেটকার ও ৩টি নৌকা জব্দ করেছে।',
          [
            [2, 'vehicle'],
            [3, 'vehicle'],
          ],
        ],
        ['bn', 'চেকপোস্টে একটি পিকআপ জব্দ করা হয়।', [[1, 'vehicle']]],
      ],
      valueAndUnit,
    );
  });
});
