/**
 * Classes of session 57 (fig57: vi), on sentences written for this test:
 * - a written one right after the verb of a bust or an arrest counts the group it busts or caught, as a digit there
 *   would ("triệt phá một đường dây", one ring; "bắt quả tang một nhóm đối tượng", one group, not one person):
 *   tally.ts, the convention of tuning.gold.json's `about` (sessions 54 and 55);
 * - a group named elsewhere is an actor and counts nothing ("phát hiện một đường dây", "một nhóm thanh niên
 *   đánh nhau"), and "một số" (some) is no one;
 * - the particle "thành công" (successfully) may stand between the verb and the one ("truy bắt thành công một đối
 *   tượng"), as "được" and "thêm" do (lexicon `tallies.between`, now read as phrases);
 * - en, fr, es, it: the article right after the verb (or its noun) of an arrest, a seizure, a bust or a prosecution
 *   counts its object, as a digit there would ("arrested a man", "l'arrestation d'un individu", "detuvo a un
 *   sospechoso", "ha arrestato un uomo"; lexicon `tallies.before`); a group whose size follows ("a group of five")
 *   is counted by its size; the article that only introduces an actor or an amount counts nothing ("a man on a
 *   motorbike", "un homme a été vu", "seized a large amount of heroin").
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

describe('Function: extractFigures (fig57 classes)', () => {
  describe('vi a written one busted or caught counts one group', () => {
    itReadsEach(
      [
        [
          'vi',
          'Công an thành phố vừa triệt phá một đường dây buôn bán pháo nổ qua biên giới.',
          [[1, 'group']],
        ],
        [
          'vi',
          'Tổ công tác bắt quả tang một nhóm đối tượng đang sát phạt ăn tiền trong rẫy cà phê.',
          [[1, 'group']],
        ],
        ['vi', 'Công an tỉnh đã triệt xóa một băng nhóm chuyên trộm cắp xe máy.', [[1, 'group']]],
      ],
      valueAndUnit,
    );
  });

  describe('vi "thành công" between the verb and the one', () => {
    itReadsEach(
      [
        ['vi', 'Trinh sát đã truy bắt thành công một đối tượng bỏ trốn sang tỉnh bên.', [[1, 'person']]],
        ['vi', 'Lực lượng biên phòng đã triệt phá thành công một chuyên án buôn lậu gỗ quý.', [[1, 'case']]],
      ],
      valueAndUnit,
    );
  });

  describe('vi a group that only introduces an actor counts nothing', () => {
    itReadsEach(
      [
        ['vi', 'Trinh sát phát hiện một đường dây đưa người xuất cảnh trái phép qua đường mòn.', []],
        ['vi', 'Chiều qua, một nhóm thanh niên đánh nhau trước cổng chợ huyện.', []],
        ['vi', 'Công an đã triệt phá một số băng nhóm trộm cắp trên địa bàn.', []],
      ],
      valueAndUnit,
    );
  });

  describe('en fr es it the article of an arrested, seized or busted object counts one', () => {
    itReadsEach(
      [
        ['en', 'Border police arrested a woman carrying heroin across the pass.', [[1, 'person']]],
        ['en', 'Officers seized a pistol hidden under the driver seat.', [[1, 'weapon']]],
        ['en', 'The provincial police have busted a gambling ring operating online.', [[1, 'group']]],
        ['fr', "Les enquêteurs ont procédé à l'arrestation d'un individu près de la gare.", [[1, 'person']]],
        ['fr', 'Les douaniers ont démantelé un réseau de contrebande de cigarettes.', [[1, 'group']]],
        ['es', 'Los agentes detuvieron a un sospechoso cerca del mercado.', [[1, 'person']]],
        ['it', 'I carabinieri hanno arrestato un uomo dopo una lunga fuga.', [[1, 'person']]],
        // The group's size is the count.
        ['en', 'Police arrested a group of four teenagers with knives.', [[4, 'person']]],
      ],
      valueAndUnit,
    );
  });

  describe('en fr an article that introduces an actor or an amount counts nothing', () => {
    itReadsEach(
      [
        ['en', 'A man on a motorbike threw the bag into the river.', []],
        ['en', 'Customs officers seized a large amount of cocaine at the port.', []],
        ['fr', 'Un homme a été vu près du pont avant le départ du feu.', []],
      ],
      valueAndUnit,
    );
  });
});
