/**
 * Classes of session 57 (col57a: vi), found in the tuning set's real misses, on sentences written for this test:
 * - a generic thing named by what it resembles counts as the thing it resembles: vi "1 vật giống súng" (an
 *   object like a gun) is one weapon, in a tally ("thu giữ một vật giống quả nổ") as after a digit; the lexicon's
 *   `likenesses` ("vật giống", "vật có đặc điểm giống", "vật nghi là"), read by matchUnit; a likeness of a noun
 *   that names no unit leaves the words as they stand;
 * - a particle phrase may stand between the verb of a tally and the written one: vi "triệt phá thành công một
 *   chuyên án" (successfully broke up one case) counts the case as "triệt phá một chuyên án" does (lexicon
 *   `tallies.between` "thành công"); "thành công" after a verb that is no tally counts nothing.
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

describe('Function: extractFigures (col57a classes)', () => {
  describe('vi a thing named by what it resembles counts as that', () => {
    itReadsEach(
      [
        ['vi', 'Nghi phạm rút ra 1 vật giống súng ngắn rồi bỏ chạy vào rừng.', [[1, 'weapon']]],
        ['vi', 'Tổ tuần tra thu giữ 2 vật có đặc điểm giống lựu đạn trong cốp xe.', [[2, 'weapon']]],
        [
          'vi',
          'Tại nhà riêng, công an thu giữ một vật giống súng săn và ba con dao.',
          [
            [1, 'weapon'],
            [3, 'weapon'],
          ],
        ],
        // The likened noun names no unit: the number counts what it did before.
        ['vi', 'Công an thu giữ 4 vật nghi là tang vật của vụ trộm.', [[4, 'other']]],
      ],
      valueAndUnit,
    );
  });

  describe('vi "thành công" between the verb of a tally and "một"', () => {
    itReadsEach(
      [
        ['vi', 'Phòng Cảnh sát hình sự đã triệt phá thành công một chuyên án cờ bạc.', [[1, 'case']]],
        ['vi', 'Biên phòng tỉnh giải cứu thành công một thuyền viên gặp nạn.', [[1, 'person']]],
        // No verb of a tally before it: "thành công" is an adverb of another verb and "một" an article.
        ['vi', 'Hội thao được tổ chức thành công một cách tốt đẹp tại huyện.', []],
      ],
      valueAndUnit,
    );
  });
});
