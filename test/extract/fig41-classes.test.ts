/**
 * Figure classes of session 41, on sentences written for this test (never an article's text):
 * - km and lo write one as the numeral before a classifier ("ស្បែកជើងមួយគូ", one pair of shoes; "ລົດໜຶ່ງຄັນ",
 *   one car), as Thai does (oneBeforeClassifier), "a" with the classifier first; one group ("មនុស្សមួយក្រុម",
 *   a group of people) stays the collective's article; a word ICU segments with the number word and its
 *   classifier together ("មួយគូ") is cut after the number word;
 * - km កន្លែង (place) is a classifier: the noun before it says what is counted ("ហាងកាហ្វេមួយកន្លែង", one
 *   coffee shop, `other`; "ទីតាំង៣កន្លែង", three locations, `point`);
 * - ko 개 is a generic classifier: a noun before the number, spaced or not, names what it counts ("권총 3 개",
 *   three pistols); with no noun it counts `other`; "가지" (kinds) counts;
 * - the Latin symbols of mass are read in every script ("120kg" in a Russian or Urdu text; "mg" a reading,
 *   `other`), and a lone zero before the mark leads no group of thousands ("0.250mg/L" is no 250);
 * - ja/zh alternatives glued to the classifier ("3台または4台", three or four vehicles) are a guess, as
 *   "three or four" is: neither counts.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

const read = (language: string, text: string) =>
  extractFigures(documentOf(text, language), []).map((f) => [f.value, f.unit]);

const CASES: Array<[string, string, Array<[number, string]>]> = [
  ['km', 'ប៉ូលិសបានរកឃើញស្បែកជើងមួយគូ។', [[1, 'other']]],
  ['km', 'ភ្លើងបានឆេះហាងកាហ្វេមួយកន្លែង។', [[1, 'other']]],
  ['km', 'ប៉ូលិសបានឆែកឆេរទីតាំង៣កន្លែង។', [[3, 'point']]],
  ['km', 'ពួកគេឃើញមនុស្សមួយក្រុមនៅតាមផ្លូវ។', []],
  ['lo', 'ຕຳຫຼວດຍຶດລົດໜຶ່ງຄັນ.', [[1, 'vehicle']]],
  ['ko', '경찰은 소총 2 개를 압수했다.', [[2, 'weapon']]],
  ['ko', '경찰은 소총 2개를 압수했다.', [[2, 'weapon']]],
  ['ko', '경찰은 상자 안에서 4개를 찾았다.', [[4, 'other']]],
  ['ko', '사기범들은 7가지 수법을 썼다.', [[7, 'other']]],
  ['ru', 'Полиция изъяла 120kg героина.', [[120, 'kg']]],
  ['ur', 'پولیس نے 45kg چرس برآمد کی۔', [[45, 'kg']]],
  ['en', 'Police found 5mg of fentanyl in the bag.', [[5, 'other']]],
  ['ko', '음주 측정 결과 0.250mg/L로 나타났다.', [[0.25, 'other']]],
  // Alternatives in a glued script: the classifier and "or" are one word ("2台または3台"), a guess of neither.
  ['ja', '現場では車3台または4台が燃えた。', []],
  ['zh', '现场有3辆或4辆车被烧毁。', []],
  // A group of thousands still reads as one ("1.250 người" translated with the source's dot).
  ['ko', '경찰은 필로폰 1.250개를 압수했다.', [[1250, 'other']]],
];

describe('Function: extractFigures (fig41: classifiers after one, generic classifiers, symbols of mass)', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    // Act
    const figures = read(language, text);

    // Assess
    expect(figures).toEqual(expected);
  });
});
