/**
 * Classes of batch 49 (fig49: figures), on sentences written for this test:
 * - A fraction written in words ("i tre quarti dei fermati", "two thirds of the victims", "zwei Drittel"): the
 *   number is the numerator of a share of a whole, no count; a count named inside the share still is one
 *   ("two thirds of the 40 victims" counts 40) (lexicon fractionWords, figures/read.ts).
 * - Vietnamese "năm" is five and year: before a counted noun it is five ("bắt giữ năm đối tượng"), unless a word
 *   that makes it the year stands before it ("mỗi năm người dân…", each year the residents…) or a number does
 *   ("5 năm", five years); "nam" written without its breve is another word (male) (lexicon vi digitsBeforeNoun,
 *   nounDigitAfter; figures/digit-before-noun.ts).
 * - Vietnamese "cả trăm" (a whole hundred) is a hundred, as "một trăm" is; "hàng trăm" (hundreds of) stays vague
 *   (lexicon vi oneBeforeMultiplier, figures/multiplied.ts).
 * - A noun far from its count, past words that qualify it: Bengali glues the genitive (-ের) and the adverb
 *   (-ভাবে) to the word, and such words do not use up the window that looks for the counted noun ("৩টি মাদক
 *   পাচারের মামলা", three drug-trafficking cases; "দুটি ব্যাপকভাবে ক্ষতিগ্রস্ত কমিউন", two badly damaged
 *   communes) (lexicon bn modifierEndings, figures/read.ts).
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

const FRACTIONS: Array<[string, string, Array<[number, string]>]> = [
  ['it', 'I tre quarti dei sospettati sono stranieri.', []],
  ['it', 'Due terzi dei fermati sono minorenni.', []],
  ['fr', 'Les trois quarts des suspects sont étrangers.', []],
  ['fr', 'Les deux tiers des 30 victimes sont des enfants.', [[30, 'person']]],
  ['es', 'Dos tercios de los 12 detenidos son extranjeros.', [[12, 'person']]],
  ['es', 'Las tres cuartas partes de los detenidos son extranjeros.', []],
  ['en', 'Three quarters of the suspects were foreigners.', []],
  ['en', 'Two thirds of the 40 victims were children.', [[40, 'person']]],
  ['pt', 'Dois terços dos suspeitos são estrangeiros.', []],
  ['de', 'Zwei Drittel der 15 Verdächtigen sind Ausländer.', [[15, 'person']]],
  ['nl', 'Twee derde van de verdachten is buitenlander.', []],
  ['pl', 'Dwie trzecie podejrzanych to cudzoziemcy.', []],
  ['cs', 'Dvě třetiny podezřelých jsou cizinci.', []],
  ['ru', 'Две трети задержанных — иностранцы.', []],
  ['ro', 'Două treimi dintre suspecți sunt străini.', []],
];

describe('fig49: a number before a fraction word is a share, no count', () => {
  itReadsEach(FRACTIONS, valueAndUnit);
});

const FIVE_OR_YEAR: Array<[string, string, Array<[number, string]>]> = [
  ['vi', 'Công an bắt giữ năm đối tượng.', [[5, 'person']]],
  ['vi', 'Năm người bị thương trong vụ tai nạn.', [[5, 'person']]],
  ['vi', 'Công an triệu tập năm cá nhân liên quan.', [[5, 'person']]],
  ['vi', 'Lực lượng chức năng thu giữ năm chiếc xe máy.', [[5, 'vehicle']]],
  ['vi', 'Tài sản của năm đối tượng bị kê biên.', [[5, 'person']]],
  ['vi', 'Mỗi năm người dân phải nộp thuế.', []],
  ['vi', 'Hàng năm người dân đóng góp.', []],
  ['vi', 'Sau 5 năm người dân đã có nhà.', []],
  ['vi', 'Công an bắt giữ nam thanh niên.', []],
  ['vi', 'Năm 2024, công an bắt giữ 3 đối tượng.', [[3, 'person']]],
];

describe('fig49: Vietnamese "năm" before a counted noun is five', () => {
  itReadsEach(FIVE_OR_YEAR, valueAndUnit);
});

const WHOLE_HUNDRED: Array<[string, string, Array<[number, string]>]> = [
  ['vi', 'Lực lượng chức năng huy động cả trăm cán bộ tham gia.', [[100, 'person']]],
  ['vi', 'Vụ án gây thiệt hại cả trăm tỷ đồng.', [[100000000000, 'vnd']]],
  ['vi', 'Vụ án gây thiệt hại hàng trăm tỷ đồng.', []],
];

describe('fig49: Vietnamese "cả trăm" is a hundred', () => {
  itReadsEach(WHOLE_HUNDRED, valueAndUnit);
});

const FAR_NOUNS: Array<[string, string, Array<[number, string]>]> = [
  ['bn', 'পুলিশ ৩টি মাদক পাচারের মামলা তদন্ত করছে।', [[3, 'case']]],
  ['bn', '৯ মাসে ১৯,০০০ এরও বেশি মাদক পাচারের মামলায় গ্রেপ্তার করা হয়েছে।', [[19000, 'case']]],
  ['bn', 'ঝড়ে দুটি ব্যাপকভাবে ক্ষতিগ্রস্ত কমিউনের মানুষ সরে গেছে।', [[2, 'locality']]],
  // A noun in the genitive that is itself counted stays what the number counts.
  ['bn', 'পুলিশ ৩টি দেশের মানুষকে আটক করেছে।', [[3, 'country']]],
  ['bn', 'আদালত তাকে ২০ বছরের কারাদণ্ড দিয়েছে।', []],
];

describe('fig49: Bengali words glued to a modifier ending lead to the counted noun', () => {
  itReadsEach(FAR_NOUNS, valueAndUnit);
});
