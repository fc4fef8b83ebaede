/**
 * Figure and topic classes of batch 35 (col35b: ko th ja zh ur), on sentences written for this test:
 * - ko compound vehicle nouns before a classifier ("지휘차량 2대", "사다리차 1대"): the lexicon's vehicle words
 *   were whole nouns only ("차량", "소방차"), so a fire brigade's list of its engines counted nothing;
 * - ko "그 중 N대" (N of them): a classifier with no noun of its own after a partitive counts again the thing
 *   counted before it (lexicon elliptic.before);
 * - zh "N例" counts cases (patients, instances), as "起" and "宗" do;
 * - ja "Nの施設" (N premises inspected): a bare number linked by の to a noun of establishments counts them;
 * - th an area whose unit is written in two words ("500 ตาราง เมตร") is an area, as "ตารางเมตร" is;
 * - ur "نوجوان" (young people) is a noun of persons, and "دونوں" (both) counts two before a noun of persons
 *   only ("دونوں ممالک", both countries, is no count);
 * - ur accident words ("حادثہ", "حادثے") name a road accident unless another event leads (lexicon accidents);
 * - ja a case classifier after a doer marked by the topic particle ("消防部隊は18件", the fire unit, 18
 *   cases) counts cases, not the team; "車は5台" still counts the cars (doer-before.ts);
 * - ja "計" / "合計" (in total) between a noun and its number is a count phrase: "消防車計4台" counts vehicles.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

const UNITS: Array<[string, string, Array<[number, string]>]> = [
  [
    'ko',
    '현장에는 지휘차량 2대와 사다리차 1대가 출동했다.',
    [
      [2, 'vehicle'],
      [1, 'vehicle'],
    ],
  ],
  [
    'ko',
    '주차장의 오토바이 6대가 불에 탔고 그 중 4대는 완전히 전소됐다.',
    [
      [6, 'vehicle'],
      [4, 'vehicle'],
    ],
  ],
  ['zh', '当地医院共收治伤者215例。', [[215, 'case']]],
  ['ja', '警察は今年、340の施設を検査した。', [[340, 'organization']]],
  ['th', 'เพลิงไหม้โกดังสินค้าพื้นที่ 500 ตาราง เมตร', [[500, 'other']]],
  ['ur', 'پولیس نے تین نوجوانوں کو حراست میں لے لیا۔', [[3, 'person']]],
  ['ur', 'حادثے کے بعد دونوں مسافر ہسپتال منتقل کر دیے گئے۔', [[2, 'person']]],
  ['ur', 'دونوں ممالک کے درمیان ایک معاہدہ طے پایا۔', []],
  ['ja', '消防部隊は18件の救出活動を行った。', [[18, 'case']]],
  ['ja', '押収された車は5台だった。', [[5, 'vehicle']]],
  ['ja', '同省には消防車計4台が配備された。', [[4, 'vehicle']]],
];

describe('Function: extractFigures (col35b classes)', () => {
  itReadsEach(UNITS, valueAndUnit);

  it('reads an Urdu accident as a road accident', () => {
    // Act
    const figures = extractFigures(documentOf('بس حادثے میں 4 افراد زخمی ہو گئے۔', 'ur'), []);

    // Assess
    expect(figures.map((f) => [f.value, f.unit, f.topic])).toEqual([[4, 'person', 'traffic']]);
  });
});
