/**
 * Figure classes of session 42, on sentences written for this test (never an article's text):
 * - ur writes a hundred as سو, a scale after a number ("3 ہزار 2 سو", 3,200; "چار سو", 400), and, after a
 *   letter that joins nothing, a lost space is invisible: "سوافراد" is "سو افراد" (a hundred persons);
 * - "KP.2", "P.7" (quarter 2, ward 7): digits glued to the dot of an abbreviation in capitals name a unit or a
 *   road in a text of any language; the village or ward word after them counts nothing;
 * - ur and hi name the whole before its part: "600 بندوق کے پرزے" (six hundred gun parts) counts the parts,
 *   `other`, not guns;
 * - ja 店舗 and 店 count shops (`other`);
 * - a name word written as a stem ("комисси*", commission) names the number right after it, not one after a
 *   verb that follows it: "Комиссия одобрила 6 проектов" (the commission approved six projects) counts them.
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

const CASES: Array<[string, string, Array<[number, string]>]> = [
  ['ur', 'سیلاب میں 3 ہزار 2 سو افراد بے گھر ہوئے۔', [[3200, 'person']]],
  ['ur', 'سیلاب میں 3 ہزار 2 سوافراد بے گھر ہوئے۔', [[3200, 'person']]],
  ['ur', 'اس سال چار سو مسافروں کو بچایا گیا۔', [[400, 'person']]],
  // سو alone is "so", no number.
  ['ur', 'سو پولیس نے تحقیقات شروع کیں۔', []],
  ['km', 'ប៉ូលិសបានល្បាតនៅ KP.2 ភូមិ Tan Lap ហើយចាប់មនុស្ស៤នាក់។', [[4, 'person']]],
  ['en', 'Officers patrolled P.7 ward and detained 4 people.', [[4, 'person']]],
  [
    'ur',
    'پولیس نے 600 بندوق کے پرزے اور 4 بندوقیں ضبط کیں۔',
    [
      [600, 'other'],
      [4, 'weapon'],
    ],
  ],
  ['hi', 'पुलिस ने 600 बंदूक के पुर्जे जब्त किए।', [[600, 'other']]],
  // A person after the genitive is left to the noun window: the vehicles keep their count.
  [
    'ur',
    'پولیس نے 5 موٹر سائیکلوں کے ساتھ 2 افراد کو پکڑا۔',
    [
      [5, 'vehicle'],
      [2, 'person'],
    ],
  ],
  ['ja', '警察は市内の4店舗を立ち入り検査した。', [[4, 'other']]],
  ['ja', '火災で飲食店7店が焼けた。', [[7, 'other']]],
  ['ru', 'Комиссия одобрила 6 проектов.', [[6, 'project']]],
  ['ru', 'Эта комиссия утвердила 6 проектов.', [[6, 'project']]],
  ['ru', 'Заседание комиссии 6 мая прошло спокойно.', []],
];

describe('Function: extractFigures (fig42: Urdu hundreds, abbreviated labels, parts after a genitive, shops, stems before a verb)', () => {
  itReadsEach(CASES, valueAndUnit);
});
