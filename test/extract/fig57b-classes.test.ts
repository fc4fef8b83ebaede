/**
 * Classes of session 57 (fig57b: figure precision), on sentences written for this test:
 * - a picture's file name left as a line of its own by a copied page ("12kg Heroin 4471.jpg") names a file:
 *   no number on that line is a figure, in any language (text/file-name.ts); the lines around it still count;
 * - it "alle ore 22": the plural of the hour word (Intl's, "ore") before a number tells the hour of the clock,
 *   unless a number before it makes it a span ("dopo 48 ore 3 persone") or the number counts a noun of its own
 *   (figures/date-field.ts isHourAfterHours);
 * - vi "quận" (district), "quán" (shop) and "quân" (a piece, a troop) fold to one "quan": the two units are
 *   matched as written (lexicon unitsAsWritten), so "8 quân cờ" counts no district and "6 quán" counts shops;
 *   a word as written yields to a longer folded phrase it starts ("quán karaoke", read.ts readUnit).
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

describe('Function: extractFigures (fig57b classes)', () => {
  describe("a picture's file name line counts nothing", () => {
    itReadsEach(
      [
        ['de', '12kg Heroin 4471.jpg\nDie Polizei nahm 3 Verdächtige fest.', [[3, 'person']]],
        ['en', 'Police arrested 2 suspects.\nsuspect 4 bags 2291.png', [[2, 'person']]],
        ['vi', 'tang vat 5 bich 0317.JPG\nCông an bắt giữ 4 đối tượng.', [[4, 'person']]],
        // A file named inside a sentence is no file name line: the sentence still counts.
        ['en', 'The picture 3.jpg was shared online after police arrested 4 men.', [[4, 'person']]],
      ],
      valueAndUnit,
    );
  });

  describe('it the hour after "ore" is the clock', () => {
    itReadsEach(
      [
        ['it', 'Gli agenti hanno arrestato due sospetti alle ore 22.', [[2, 'person']]],
        ['it', 'I carabinieri hanno fermato tre giovani verso le ore 23 in piazza.', [[3, 'person']]],
        // A span of hours, and a number counting its own noun, stay counts.
        ['it', 'Dopo 48 ore 3 persone sono state salvate.', [[3, 'person']]],
        ['it', 'Nelle ultime ore 5 persone sono morte.', [[5, 'person']]],
      ],
      valueAndUnit,
    );
  });

  describe('vi quận, quán and quân as written', () => {
    itReadsEach(
      [
        ['vi', 'Công an thu giữ 8 quân cờ bằng nhựa.', [[8, 'other']]],
        ['vi', 'Tổ công tác kiểm tra 6 quán trên địa bàn.', [[6, 'point']]],
        ['vi', 'Thành phố có 12 quận.', [[12, 'locality']]],
        ['vi', 'Lực lượng chức năng huy động 200 quân nhân tham gia cứu hộ.', [[200, 'person']]],
        // A longer folded phrase the word starts keeps its own unit (venues are `other`).
        ['vi', 'Đoàn liên ngành xử phạt 7 quán karaoke không đảm bảo phòng cháy.', [[7, 'other']]],
      ],
      valueAndUnit,
    );
  });
});
