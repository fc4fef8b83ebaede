/**
 * Classes of session 57 (fig57: vi), on sentences written for this test:
 * - a written one right after the verb of a bust or an arrest counts the group it busts or caught, as a digit there
 *   would ("triệt phá một đường dây", one ring; "bắt quả tang một nhóm đối tượng", one group, not one person):
 *   tally.ts, the convention of tuning.gold.json's `about` (sessions 54 and 55);
 * - a group named elsewhere is an actor and counts nothing ("phát hiện một đường dây", "một nhóm thanh niên
 *   đánh nhau"), and "một số" (some) is no one;
 * - the particle "thành công" (successfully) may stand between the verb and the one ("truy bắt thành công một đối
 *   tượng"), as "được" and "thêm" do (lexicon `tallies.between`, now read as phrases).
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
});
