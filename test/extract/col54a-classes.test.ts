/**
 * Classes of session 54 (col54a: vi, en), on sentences written for this test:
 * - vi a verb of the tally with a particle before the written one, "được" (achieved) or "thêm" (more): "bắt giữ
 *   được một đối tượng", "khởi tố thêm một bị can" count it as the bare verb does (lexicon `tallies.between`);
 * - vi "túi" (a bag) is a counted noun, matched as written so that "tụi" (a gang, them) is none (lexicon
 *   `unitsAsWritten`), and a written one before it in a tally counts one (tally.ts reads the nouns as written);
 * - a quotation mark that also closes ('"') glued to the word before a count ends that word's quotation: the
 *   count after it opens no slogan (vi `đang "ôm" 14 bánh heroin`, en `was "carrying" 6 bricks`); a quotation
 *   that opens with its number is still a slogan.
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

describe('Function: extractFigures (col54a classes)', () => {
  describe('vi a tally verb with "được" or "thêm" before a written one counts one', () => {
    itReadsEach(
      [
        ['vi', 'Tổ công tác bắt giữ được một đối tượng tại chợ đầu mối.', [[1, 'person']]],
        ['vi', 'Lực lượng chức năng thu giữ được một khẩu súng tự chế.', [[1, 'weapon']]],
        ['vi', 'Cơ quan điều tra khởi tố thêm một bị can trong vụ án.', [[1, 'person']]],
        ['vi', 'Sau đó, công an bắt được thêm một đối tượng bỏ trốn.', [[1, 'person']]],
        // "phát hiện" is no verb of a tally, and "một số" (some) is no one.
        ['vi', 'Tổ tuần tra phát hiện được một người đàn ông đi xe máy.', []],
        ['vi', 'Công an bắt giữ thêm một số đối tượng liên quan.', []],
      ],
      valueAndUnit,
    );
  });

  describe('vi "túi" (a bag) counts, "tụi" does not', () => {
    itReadsEach(
      [
        ['vi', 'Trên xe có hai túi chứa ma túy đá.', [[2, 'other']]],
        ['vi', 'Công an thu giữ một túi ni lông chứa ma túy.', [[1, 'other']]],
        ['vi', 'Có hai tụi nhỏ chơi ngoài sân.', []],
        ['vi', 'Đối tượng đeo túi da trên người.', []],
      ],
      valueAndUnit,
    );
  });

  describe('a closing quotation mark before a count opens no slogan', () => {
    itReadsEach(
      [
        ['vi', 'Cảnh sát bắt quả tang người đàn ông đang "ôm" 14 bánh heroin.', [[14, 'other']]],
        ['en', 'The courier was "carrying" 6 bricks of heroin.', [[6, 'other']]],
        ['vi', 'Phong trào "3 không" được triển khai tại xã.', []],
        ['en', 'The campaign "3 no" started in the commune.', []],
      ],
      valueAndUnit,
    );
  });
});
