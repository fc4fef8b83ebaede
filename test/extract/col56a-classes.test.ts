/**
 * Classes of session 56's batch 56a (vi), on sentences written for this test:
 * - the number of a jointed stick's sections ("gậy 2 khúc", "gậy ba khúc", a two- or three-section staff) is
 *   the weapon's name, not a count: a number written after "gậy" (lexicon `nameWordsAsWritten`, with its
 *   diacritics, so "gây" (to cause) keeps its count); a number before "gậy" still counts the sticks;
 * - "giải quyết mâu thuẫn" (to settle a quarrel, the brawl's words) and "gây náo loạn" are offences (lexicon
 *   `offences`): a lead that tells a group armed to settle a quarrel makes the arms the brawl's tools, and the
 *   people held are the crime's; with no offence told the arms stay the article's subject.
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit, valueUnitAndTopic } from '../support/figure-cases.js';

describe('Function: extractFigures (col56a classes)', () => {
  describe("vi a number after 'gậy' names the stick's sections", () => {
    itReadsEach(
      [
        [
          'vi',
          'Tổ tuần tra thu giữ 2 con dao và 1 gậy 3 khúc bằng sắt.',
          [
            [2, 'weapon'],
            [1, 'other'],
          ],
        ],
        [
          'vi',
          'Trong xe có 1 cây gậy hai khúc và 1 bình xịt hơi cay.',
          [
            [1, 'other'],
            [1, 'weapon'],
          ],
        ],
        // A number before the stick counts the sticks; "gây" (to cause) keeps its count.
        ['vi', 'Công an thu giữ 4 gậy sắt tại hiện trường.', [[4, 'other']]],
        ['vi', 'Nhóm này gây 3 vụ trộm trên địa bàn.', [[3, 'case']]],
      ],
      valueAndUnit,
    );
  });

  describe('vi a quarrel settled with arms is a crime story', () => {
    itReadsEach(
      [
        [
          'vi',
          'Chiều qua, một nhóm thanh niên mang theo hung khí kéo đến nhà dân để giải quyết mâu thuẫn.\n\nCông an đã thu giữ nhiều hung khí.\n\nCơ quan điều tra đã bắt tạm giam 3 bị can.',
          [[3, 'person', 'crime']],
        ],
        // No offence told: the arms stay the subject.
        [
          'vi',
          'Chiều qua, một nhóm thanh niên mang theo hung khí kéo đến nhà dân.\n\nCông an đã thu giữ nhiều hung khí.\n\nCơ quan điều tra đã bắt tạm giam 3 bị can.',
          [[3, 'person', 'weapons']],
        ],
      ],
      valueUnitAndTopic,
    );
  });
});
