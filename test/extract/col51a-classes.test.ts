/**
 * Classes of batch 51a (col51a: vi), on sentences written for this test:
 * - a number before "Tết" is a day of the lunar new year ("29 Tết", "mùng 2 Tết"), a date, no count, as a
 *   number next to "tháng" or "ngày" is: vi months "tet";
 * - a number after "hạng" (class, of an order or a certificate: "hạng Nhì", "hạng 3") names the class, no
 *   count: vi nameWordsAsWritten "hạng", matched as written since "hàng" (goods, rows) folds to the same word;
 * - "lò" (kiln, oven: "cho ra lò 50 kg", turned out 50 kg) folds to "lo", the name word of "lô 5" (plot 5) and
 *   "quốc lộ 1" (highway 1): the number after it counts when a unit noun follows it, as after "điều" or
 *   "thu" (vi nameVerbs "lo");
 * - "cựu" (former) before a person noun makes one noun of both ("hai cựu chiến binh", two veterans; "3 cựu
 *   cán bộ", three former officers): vi units.person "cuu can bo", "cuu chien si", "cuu chien binh".
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

describe('Function: extractFigures (col51a classes)', () => {
  describe('a number before "Tết" is a day of the new year', () => {
    itReadsEach(
      [
        ['vi', 'Chiều 29 Tết, Công an huyện bắt 3 đối tượng đánh bạc tại nhà dân.', [[3, 'person']]],
        ['vi', 'Sáng mùng 2 Tết, tổ tuần tra phát hiện 4 thanh niên đốt pháo.', [[4, 'person']]],
        // "Tết" before a counted noun dates nothing: the count stays.
        ['vi', 'Trong dịp Tết 120 cán bộ, chiến sĩ được điều động trực tại các chốt.', [[120, 'person']]],
      ],
      valueAndUnit,
    );
  });

  describe('a number after "hạng" names a class', () => {
    itReadsEach(
      [
        ['vi', 'Đơn vị được tặng Huân chương Chiến công hạng Nhì vì có thành tích trong phá án.', []],
        ['vi', 'Hai cá nhân được tặng Bằng khen hạng 3 của Bộ Công an.', [[2, 'person']]],
      ],
      valueAndUnit,
    );
  });

  describe('a number after "lò" counts the unit noun after it; after "lô" it names a plot', () => {
    itReadsEach(
      [
        ['vi', 'Xưởng này đã cho ra lò 50 kg pháo nổ trước khi bị phát hiện.', [[50, 'kg']]],
        ['vi', 'Công an phát hiện kho hàng ở lô 5 khu công nghiệp Tân Bình.', []],
      ],
      valueAndUnit,
    );
  });

  describe('"cựu" (former) before a person noun is part of the noun', () => {
    itReadsEach(
      [
        ['vi', 'Hội thăm hỏi hai cựu chiến binh bị thương trong vụ cháy.', [[2, 'person']]],
        ['vi', 'Tòa xét xử 3 cựu cán bộ ngân hàng vì tội tham ô tài sản.', [[3, 'person']]],
      ],
      valueAndUnit,
    );
  });
});
