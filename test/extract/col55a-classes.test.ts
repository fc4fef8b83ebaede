/**
 * Classes of session 55 (col55a: vi), on sentences written for this test:
 * - vi "quản lý" (a manager) is a person counted: "2 quản lý" was read as two localities, its folded "quan" being
 *   also "quận" (a district);
 * - vi "chục" (ten) after a digit word multiplies it, as "mươi" does ("hai chục người", 20 people; "năm chục", 50),
 *   and after the article or "cả" it is ten ("một chục", "cả chục", as "cả trăm" is a hundred); "hàng chục" (tens
 *   of) stays vague, and so do "vài chục" and "mấy chục" (a few tens), a scale after them or none.
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

describe('Function: extractFigures (col55a classes)', () => {
  describe('vi "quản lý" (a manager) counts persons', () => {
    itReadsEach(
      [
        [
          'vi',
          'Công an phát hiện 9 người đang chơi bài và 2 quản lý của quán.',
          [
            [9, 'person'],
            [2, 'person'],
          ],
        ],
        ['vi', 'Cơ quan công an mời 3 quản lý nhà hàng lên làm việc.', [[3, 'person']]],
        // A district is still a locality, and a team named by its number is no count.
        ['vi', 'Vụ việc xảy ra tại 2 quận nội thành.', [[2, 'locality']]],
        ['vi', 'Đội 4 quản lý thị trường đã kiểm tra cửa hàng.', []],
      ],
      valueAndUnit,
    );
  });

  describe('vi "chục" after a digit word or an article is a number of tens', () => {
    itReadsEach(
      [
        ['vi', 'Cảnh sát bắt giữ hai chục đối tượng tại sới bạc.', [[20, 'person']]],
        ['vi', 'Gần ba chục người bị đưa về trụ sở làm việc.', [[30, 'person']]],
        ['vi', 'Lực lượng chức năng tạm giữ một chục xe máy.', [[10, 'vehicle']]],
        ['vi', 'Công an huy động cả chục cán bộ truy bắt đối tượng.', [[10, 'person']]],
        ['vi', 'Tại hiện trường có hơn chục người đang đánh bạc.', [[10, 'person']]],
        // Plural vagueness: tens of, a few tens of.
        ['vi', 'Hàng chục người dân đã được sơ tán khỏi khu vực.', []],
        ['vi', 'Mỗi ván bài có vài chục triệu đồng được đặt cược.', []],
        ['vi', 'Nhóm đối tượng mang theo mấy chục con dao.', []],
      ],
      valueAndUnit,
    );
  });
});
