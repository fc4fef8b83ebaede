/**
 * Classes of batch 49a (col49a: vi), on sentences written for this test:
 * - "thưởng nóng" (a spot award) ends in "nóng", the name word of a hotline ("đường dây nóng 113"), yet
 *   announces an amount: "thưởng nóng 10 triệu đồng" is a count (vi countPhrases);
 * - "tương đương" (equivalent to) ends in "đương", which folds to "duong" as "đường" (road) does, a name word
 *   before a number, yet announces the same thing counted again: "(tương đương 40kg)", "tương đương 4.000 USD"
 *   are figures (vi countPhrases);
 * - the units of gold, "chỉ vàng", "cây vàng", "lượng vàng", are counted things, so the figure is the number and its
 *   unit word, not a bare number; "chỉ" alone stays the adverb "only" (vi units.other);
 * - the cyber-security department ("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao") is a unit
 *   that acts, like PA05, not a cue of the cyber topic: two departments awarded are the awards' (vi agencies.cyber).
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit, valueUnitAndTopic } from '../support/figure-cases.js';

describe('Function: extractFigures (col49a classes)', () => {
  describe('a phrase that ends in a name word yet announces a count', () => {
    itReadsEach(
      [
        ['vi', 'Giám đốc Công an tỉnh đã thưởng nóng 15 triệu đồng cho tổ công tác.', [[15_000_000, 'vnd']]],
        [
          'vi',
          'Lực lượng chức năng thu giữ 80 bánh heroin (tương đương 28kg) trên xe khách.',
          [
            [80, 'other'],
            [28, 'kg'],
          ],
        ],
        [
          'vi',
          'Nhóm đối tượng chiếm đoạt 250 triệu đồng, tương đương 10.000 USD, của người bị hại.',
          [
            [250_000_000, 'vnd'],
            [10_000, 'other'],
          ],
        ],
        // The hotline and the road keep their numbers as names.
        [
          'vi',
          'Người dân có thể gọi đường dây nóng 113 khi phát hiện 2 đối tượng khả nghi.',
          [[2, 'person']],
        ],
        ['vi', 'Chiếc xe tải chạy trên đường 14 thì bị tổ tuần tra dừng lại.', []],
      ],
      valueAndUnit,
    );
  });

  describe('units of gold are counted things', () => {
    itReadsEach(
      [
        [
          'vi',
          'Kẻ gian đã lấy đi 4 chỉ vàng và 3 triệu đồng trong tủ.',
          [
            [4, 'other', '4 chỉ vàng'],
            [3_000_000, 'vnd', '3 triệu đồng'],
          ],
        ],
        [
          'vi',
          'Công an thu giữ 2 cây vàng và 5 lượng vàng tại nhà đối tượng.',
          [
            [2, 'other', '2 cây vàng'],
            [5, 'other', '5 lượng vàng'],
          ],
        ],
      ],
      (f) => [f.value, f.unit, f.text],
    );
  });

  describe('the cyber-security department acts; it names no topic of an award', () => {
    itReadsEach(
      [
        [
          'vi',
          'Hai đơn vị là Phòng An ninh đối nội và Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao được nhận thư khen và phần thưởng 12 triệu đồng mỗi đơn vị.',
          [
            [2, 'organization', 'awards'],
            [12_000_000, 'vnd', 'awards'],
          ],
        ],
        // What it catches is still its cyber case.
        [
          'vi',
          'Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao bắt 6 đối tượng lừa đảo qua mạng xã hội.',
          [[6, 'person', 'cyber']],
        ],
      ],
      valueUnitAndTopic,
    );
  });
});
