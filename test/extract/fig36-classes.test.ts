/**
 * Figure classes of session 36 (th, bn, ur, vi), on sentences written for this test:
 * - ur ایک (one, also "a") before a person's noun with a fate after it in its clause ("ایک شخص ہلاک ہو
 *   گیا", one person was killed) counts one person, as vi "một người tử vong" does (lexicon fatesAfter); a
 *   person only mentioned ("ایک ترجمان نے بتایا", a spokesman said) or a thing counts nothing; the person
 *   nouns of this news (عورت, لڑکی, کسان, راہگیر ...) count after a numeral too;
 * - vi/ur/bn a number in digits right before a Vietnamese family name that opens a street's name ("45 Nguyễn
 *   Trãi", "23 نگوین بن", "৩৩৫ নগুয়েন খোই", with its case ending "১২ নগুয়েনের") is a house number, no count
 *   (lexicon streetsAfter); a lower-case word that folds to a name ("2 lễ hội") and a common word of the
 *   language (ur "55 ہو گئی", became 55) are no street.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

const CASES: Array<[string, string, Array<[number, string]>]> = [
  ['ur', 'پل ٹوٹنے سے ایک شخص ہلاک ہو گیا اور ٹریفک کئی گھنٹے بند رہی۔', [[1, 'person']]],
  ['ur', 'دھماکے میں ایک بوڑھی عورت زخمی ہوئی جسے ہسپتال منتقل کیا گیا۔', [[1, 'person']]],
  ['ur', 'دریا میں نہاتے ہوئے ایک لڑکا ڈوب گیا۔', [[1, 'person']]],
  ['ur', 'طوفان کے بعد ایک کسان ابھی تک لاپتہ ہے۔', [[1, 'person']]],
  ['ur', 'ایک ترجمان نے بتایا کہ تحقیقات جاری ہیں۔', []],
  ['ur', 'سیلاب میں ایک ٹرک پانی میں بہہ گیا۔', []],
  ['ur', 'حادثے میں چار راہگیر زخمی ہو گئے۔', [[4, 'person']]],
  ['ur', 'آگ سے تین عورتیں جھلس گئیں۔', [[3, 'person']]],
  ['vi', 'Vụ cháy xảy ra tại căn nhà 45 Nguyễn Trãi khiến 2 người bị thương.', [[2, 'person']]],
  ['vi', 'Cháy nhà ở 27 Lê Lợi, phường Bến Thành, 1 người tử vong.', [[1, 'person']]],
  [
    'vi',
    'Trong 2 lễ hội vừa qua, 3 người bị thương.',
    [
      [2, 'other'],
      [3, 'person'],
    ],
  ],
  ['ur', 'رات گئے 23 نگوین بن سٹریٹ پر ایک مکان میں آگ لگ گئی جس سے 4 افراد زخمی ہو گئے۔', [[4, 'person']]],
  ['ur', 'سیلاب سے ہلاکتوں کی تعداد 55 ہو گئی ہے۔', [[55, 'person']]],
  ['bn', 'রাত দুটোর দিকে ৩৩৫ নগুয়েন খোই সড়কের একটি বাড়িতে আগুন লাগে এবং ৩ জন আহত হন।', [[3, 'person']]],
  ['bn', 'দমকল বাহিনী ১২ নগুয়েনের বাড়িতে আগুন নেভায়, ৪ জন আহত হয়েছেন।', [[4, 'person']]],
];

describe('fig36 figure classes', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    const got = extractFigures(documentOf(text, language), []).map((f) => [f.value, f.unit]);
    expect(got).toEqual(expected);
  });
});
