/**
 * Classes of session 51's figures fixer (fig51), on sentences written for this test:
 * - vi a unit noun right before a number is the longest that ends there: "xe mô tô 2 bánh" (a two-wheeled
 *   motorbike) ends with "mô tô", not with the "tô" that alone folds to "tổ" (a team), so the wheels are the
 *   vehicle's size, no count (read.ts unitEndingRightBefore);
 * - vi an hour written with its mark against it ("15g", g for giờ) before minutes or a part of the day ("15g30",
 *   "9g sáng") is an hour of the clock, no mass in grams, and lends no unit to the date after it (lexicon
 *   hourMarks);
 * - bn a part of the day before an hour ("রাত ১০টার মধ্যে", by 10 at night) makes it a time (nameWords);
 * - bn "এক লাখ" (one lakh) is 100,000: the one is a number before a scale word (oneBeforeMultiplier);
 * - bn a bare দল counts gangs right after a noun of offenders and teams elsewhere (teamsOrGangs);
 * - ko a number with a word of a legal limit after its unit ("0.25mg/L 미만", below; "0.4mg/l를 초과하는",
 *   above) is the limit, no figure (limitsAfter);
 * - th a weekday that ends a run of words written without spaces ("ในวันเสาร์ (19)", on Saturday the 19th) dates
 *   the number in brackets after it, as a weekday word alone does (read.ts weekdayEndingAt);
 * - ur words joined by a conjunction are adjectives of the noun after them only when no fate follows: "جانور
 *   اور پرندے ہلاک" (animals and birds killed) counts no persons (read.ts nounAfterAdjective);
 * - Review (output-identical): the low single mark ‚ joins the inventory of quotation marks (not a speech mark),
 *   and read.ts QUOTES, OPENING_QUOTES and NAME_OPENERS are chosen from it (chosenMarks) with exactly the
 *   members they had, listed here;
 * - ur the phrase an agentive participle closes may hold the place where it happens (میں, in): "12 کھیتوں میں
 *   لگنے والی آگ" (12 fires that broke out in fields) counts the fires (lexicon agentive.links).
 */
import { describe, expect, it } from 'vitest';
import { NAME_OPENERS, OPENING_QUOTES, QUOTES } from '../../lambdas/extract/figures/read.js';
import { QUOTATION_MARKS, closingMarks, openingMarks } from '../../lambdas/extract/text/quotation-marks.js';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

const FIGURES: Array<[string, string, Array<[number, string]>]> = [
  [
    'vi',
    'Đội tuần tra giữ 3 xe mô tô 2 bánh và 5 xe ô tô 4 chỗ.',
    [
      [3, 'vehicle'],
      [5, 'vehicle'],
    ],
  ],
  ['vi', 'Bọn chúng dùng 2 xe mô tô 3 bánh chở hàng.', [[2, 'vehicle']]],
  ['vi', 'Lúc 9g sáng nay (14-3), công an bắt 3 người.', [[3, 'person']]],
  ['vi', 'Vào 20g30 tối qua, 2 xe bị cháy.', [[2, 'vehicle']]],
  // Grams stay grams where no part of the day or minutes follow.
  [
    'vi',
    'Công an thu 15g ma túy và 20g heroin.',
    [
      [0.015, 'kg'],
      [0.02, 'kg'],
    ],
  ],
  ['bn', 'সেদিন রাত ১০টার মধ্যে আগুন নিয়ন্ত্রণে আসে।', []],
  ['bn', 'সন্ধ্যা ৭টার দিকে পুলিশ ৪ জনকে আটক করে।', [[4, 'person']]],
  ['bn', 'বন্যায় এক লাখ হেক্টর জমি ক্ষতিগ্রস্ত হয়েছে।', [[100000, 'other']]],
  ['bn', 'এক হাজার মানুষ সরিয়ে নেওয়া হয়েছে।', [[1000, 'person']]],
  ['bn', 'তদনুসারে, ১১টি প্রতিষ্ঠিত দলের সাথে পুলিশ কাজ করে।', [[11, 'team']]],
  ['bn', 'উদ্ধারকর্মীরা ৩টি দল গঠন করে তল্লাশি চালায়।', [[3, 'team']]],
  ['bn', 'পুলিশ দুটি ট্রাফিক পুলিশের দলকে পাঠায়।', [[2, 'team']]],
  // After a noun of offenders a bare দল is a gang; a ring (চক্র) always is.
  ['bn', 'পুলিশ ডাকাতদের ২টি দল ধরেছে।', [[2, 'group']]],
  ['bn', 'পুলিশ ৪টি চক্র ভেঙে দিয়েছে।', [[4, 'group']]],
  ['ko', '검사 결과 알코올 농도가 0.31mg/L(호흡 중 0.25mg/L 미만)로 나타났다.', [[0.31, 'other']]],
  ['ko', '경찰은 기준치인 0.4mg/l를 초과하는 0.52mg/l의 알코올 농도를 적발했다.', [[0.52, 'other']]],
  // A minimum (이상) still counts, as an approximate figure.
  ['ko', '경찰은 100명 이상을 단속했다.', [[100, 'person']]],
  // th the day of the month in brackets after a weekday that ends a run of words is a date.
  ['th', 'มีผู้โดยสาร 40 คน เรือล่มในวันเสาร์ (19) ท่ามกลางพายุ', [[40, 'person']]],
  ['ur', 'سیلاب میں 3.5 ملین جانور اور پرندے ہلاک ہو گئے۔', [[3500000, 'other']]],
  // A place (میں, in) inside the phrase a participle closes: the noun after the participle is counted.
  [
    'ur',
    'پچھلے سال صوبے میں 4 آگ، 12 کھیتوں میں لگنے والی آگ کم ہوئیں۔',
    [
      [4, 'case'],
      [12, 'case'],
    ],
  ],
  ['ur', 'پولیس نے منشیات فروخت کرنے والے 7 افراد کو گرفتار کیا۔', [[7, 'person']]],
  // A year the particle follows at once is the particle's: born in 1985, no doers.
  ['ur', 'پولیس نے محترمہ لان (1985 میں پیدا ہونے والی، اسٹریٹ 12) کو گرفتار کیا۔', []],
  // Adjectives joined before a counted noun still lead to it.
  ['ur', 'پولیس نے 495 عام جدید اور جامع ماڈلز ضبط کیے۔', [[495, 'model']]],
  // (lead, at the merge) A number after the comma of a month or a feast that counts a noun of its own is a count,
  // as after a weekday's comma; a month given its day first still dates nothing after it.
  ['en', 'In March, 40 people died in road accidents across the province.', [[40, 'person']]],
  ['vi', 'Dịp Tết, 40 người chết vì tai nạn giao thông trên địa bàn tỉnh.', [[40, 'person']]],
  ['en', 'On Thursday, 13 October, police arrested 3 people.', [[3, 'person']]],
];

describe('Function: extractFigures (fig51 classes)', () => {
  itReadsEach(FIGURES, valueAndUnit);
});

describe("fig51: figures' quotation-mark sets are chosen from the inventory, members unchanged", () => {
  it.each([
    ['QUOTES', QUOTES, ['«', '»', '"', '“', '”', '„', "'", '‚', '‹', '›']],
    ['OPENING_QUOTES', OPENING_QUOTES, ['«', '"', '“', '„', '‚', '‹']],
    ['NAME_OPENERS', NAME_OPENERS, ['«', '"', '“', '„', '‚', '‹', '「', '『']],
  ] as const)('%s', (_name, set, members) => {
    // Assess
    expect([...set]).toEqual(members);
  });

  it('keeps the speech marks the low single mark ‚ does not join', () => {
    // Prepare: text/quotes.ts and places/scripts.ts read speech marks only
    const speech = QUOTATION_MARKS.filter((m) => m.speech);

    // Act / Assess
    expect([...openingMarks(speech)]).toEqual(['«', '“', '„', '「', '『', '"', '＂']);
    expect([...closingMarks(speech)]).toEqual(['»', '”', '“', '」', '』', '"', '＂']);
  });
});
