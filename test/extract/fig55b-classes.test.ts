/**
 * Classes of session 55's second round (fig55b: th, km), on sentences written for this test:
 * - th a word of another (lexicon anotherBefore, อีก), a classifier and one after a noun of the classifier's unit
 *   count one ("เรือประมงอีกลำหนึ่ง", another fishing boat); a classifier and one alone stay an article
 *   ("รถบรรทุกคันหนึ่ง", a truck), and "อีกคันหนึ่ง" with no noun before it names the other of things already
 *   counted, no count; "อีกครั้งหนึ่ง" (once more) and "ในอีกคดีหนึ่ง" (in another case) count nothing;
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

describe('Function: extractFigures (fig55b classes)', () => {
  describe('th another one after a noun of its unit counts one', () => {
    itReadsEach(
      [
        [
          'th',
          'คลื่นซัดเรือประมง 2 ลำ นอกชายฝั่ง ขณะที่เรือประมงอีกลำหนึ่งขาดการติดต่อ',
          [
            [2, 'vehicle'],
            [1, 'vehicle'],
          ],
        ],
        [
          'th',
          'ตำรวจจับผู้ต้องหา 3 คน และยึดรถยนต์อีกคันหนึ่ง',
          [
            [3, 'person'],
            [1, 'vehicle'],
          ],
        ],
        ['th', 'ชาวประมงอีกคนหนึ่งยังสูญหาย', [[1, 'person']]],
        ['th', 'รถตู้สองคัน คันหนึ่งมีที่นั่ง 41 ที่นั่ง และอีกคันหนึ่งมีที่นั่ง 34 ที่นั่ง', [[2, 'vehicle']]],
        ['th', 'รถบรรทุกคันหนึ่งชนรถเก๋งบนทางหลวง', []],
        ['th', 'ในอีกคดีหนึ่ง ตำรวจควบคุมตัวผู้ต้องสงสัย 3 คน', [[3, 'person']]],
        ['th', 'ฝนตกหนักในหมู่บ้านอีกครั้งหนึ่ง', []],
      ],
      valueAndUnit,
    );
  });
});
