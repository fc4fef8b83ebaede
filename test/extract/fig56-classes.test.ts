/**
 * Classes of session 56 (fig56: vi, ja, id, pl), on sentences written for this test:
 * - vi the written one "một" counts as the object of more verbs of a tally (lexicon `tallies.before`): a bust
 *   that wipes out a place ("triệt xóa một tụ điểm", one point) and a thing held illegally ("tàng trữ một khẩu
 *   súng", one weapon), as a digit after these verbs is a figure;
 * - an amount ("tàng trữ một lượng ma túy") and "một số" (some) after them stay no figure;
 * - ja the counter of flat things 枚 counts the unit noun before it, as 個 does ("偽造免許証2枚", two documents),
 *   and stays `other` after any other noun ("写真5枚");
 * - id and pl shops counted are things (`other`), as the tuning gold writes them ("1 toko", "w trzech
 *   sklepach"), not sites (`point`): a stall or a place stays a site ("2 kios", "2 punkty").
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

describe('Function: extractFigures (fig56 classes)', () => {
  describe('vi a written one after a verb of a bust or an illegal holding counts one', () => {
    itReadsEach(
      [
        ['vi', 'Công an huyện đã triệt xóa một tụ điểm đánh bạc ven sông.', [[1, 'point']]],
        ['vi', 'Lực lượng chức năng triệt xoá một điểm bán ma túy trong hẻm.', [[1, 'point']]],
        ['vi', 'Khi bị kiểm tra, người này đang tàng trữ một khẩu súng tự chế.', [[1, 'weapon']]],
      ],
      valueAndUnit,
    );
  });

  describe('vi an amount or "some" after those verbs counts nothing', () => {
    itReadsEach(
      [
        ['vi', 'Người đàn ông tàng trữ một lượng lớn thuốc lá lậu trong kho.', []],
        ['vi', 'Đối tượng khai đã tàng trữ một số pháo tự chế tại nhà.', []],
      ],
      valueAndUnit,
    );
  });

  describe('ja the counter 枚 counts the noun before it', () => {
    itReadsEach(
      [
        ['ja', '警察は男の車から偽造運転免許証3枚を押収した。', [[3, 'document']]],
        ['ja', '男は友人に写真5枚を送った。', [[5, 'other']]],
      ],
      valueAndUnit,
    );
  });

  describe('id and pl shops counted are things, not sites', () => {
    itReadsEach(
      [
        ['id', 'Kebakaran menghanguskan 3 toko pakaian di pasar.', [[3, 'other']]],
        [
          'id',
          'Polisi menggerebek 2 kios dan 4 lokasi lain.',
          [
            [2, 'point'],
            [4, 'point'],
          ],
        ],
        ['pl', 'Pożar zniszczył trzy sklepy przy rynku.', [[3, 'other']]],
        [
          'pl',
          'Policja przeszukała 5 sklepów i 2 punkty.',
          [
            [5, 'other'],
            [2, 'point'],
          ],
        ],
      ],
      valueAndUnit,
    );
  });
});
