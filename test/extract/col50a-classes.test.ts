/**
 * Classes of batch 50a (col50a: vi), on sentences written for this test:
 * - a number after the name of a unit's area or team ("khu vực 4", area 4; "Tổ công tác 205", working team 205)
 *   is its name, yet counts when a counted noun follows it ("khu vực 3 xã", an area of three communes; "tổ công
 *   tác 5 người", a five-man team): vi nameWords "khu vuc", "cong tac", with "vuc" and "tac" in nameVerbs, the
 *   rule that lets a counted noun after the number win;
 * - the wheels of a vehicle ("xe máy 2 bánh", a two-wheeled motorbike) are its size, no count, while "bánh"
 *   after any other word still counts bricks ("40 bánh heroin"): vi sizesAfterVehicle;
 * - "TT." is the abbreviation of "thị trấn" (township), as "H." is of "huyện" and "TX." of "thị xã", so
 *   "TT.Long Hải" names a township and its province (vi places before.township).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

describe('Function: extractFigures (col50a classes)', () => {
  describe("a number after an area's or a team's name is the name, unless a counted noun follows", () => {
    itReadsEach(
      [
        [
          'vi',
          'Đại úy Trần Văn Bình, Đội trưởng Đội Chữa cháy khu vực 4, phát hiện khói bốc lên từ kho hàng.',
          [],
        ],
        [
          'vi',
          'Chủ tịch tỉnh trao thưởng 10 triệu đồng cho Tổ công tác 205 vì thành tích tuần tra.',
          [[10_000_000, 'vnd']],
        ],
        ['vi', 'Từ khi thành lập, Tổ công tác 205 đã phát hiện 12 vụ vi phạm.', [[12, 'case']]],
        // A counted noun after the number: a count, as before.
        ['vi', 'Công an xã thành lập tổ công tác 5 người để tuần tra ban đêm.', [[5, 'person']]],
        ['vi', 'Lực lượng biên phòng tuần tra tại khu vực 3 xã biên giới.', [[3, 'locality']]],
      ],
      valueAndUnit,
    );
  });

  describe("a vehicle's wheels are its size", () => {
    itReadsEach(
      [
        ['vi', 'Lực lượng chức năng tạm giữ chiếc xe máy 2 bánh của đối tượng.', []],
        [
          'vi',
          'Tổ tuần tra thu giữ 1 xe máy 2 bánh và 40 bánh heroin giấu trong cốp xe.',
          [
            [1, 'vehicle'],
            [40, 'other'],
          ],
        ],
      ],
      valueAndUnit,
    );
  });
});

function provinces(text: string): string[] {
  const result = extractArticle(new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.rejection.message);
  return result.article.provinces.map((p) => p.slug).sort();
}

describe('Function: extractArticle (col50a classes): "TT." abbreviates a township', () => {
  it.each([
    [
      'Ngày 5/3, Ban Giám đốc Công an tỉnh khen thưởng Phòng Cảnh sát hình sự vì đã phá vụ trộm cắp tài sản tại TT.Long Hải (huyện Long Điền).',
      ['ba-ria-vung-tau'],
    ],
  ])('%s', (text, expected) => {
    // Act, assess
    expect(provinces(text)).toEqual(expected);
  });
});
