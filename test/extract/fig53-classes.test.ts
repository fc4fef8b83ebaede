/**
 * Classes of session 53 (fig53: vi, hi, ur, bn), on sentences written for this test:
 * - the written one that is also the indefinite article (vi "một", hi "एक", ur "ایک", bn "একটি/একজন") counts
 *   where it is the count of a tally, as a digit there would be: after the verb (vi "bắt giữ một đối tượng",
 *   "thu giữ một chiếc xuồng", "triệt phá một vụ") or with the verb or passive after its noun in its clause
 *   (vi "một xe máy bị tạm giữ", ur "ایک ٹرک … ضبط", bn "একটি মোটরবাইক জব্দ", "একজন সন্দেহভাজনকে গ্রেপ্তার"):
 *   lexicon `tallies`; a noun naming the kind of the next ("একটি গাড়ি চালককে", a car driver) counts that next;
 * - elsewhere it is an article introducing an actor or a thing and counts nothing ("một người đàn ông đi xe
 *   máy", "ایک ٹرک نے ٹکر ماری": the doer's mark `tallies.doers`), and "một số" (some) is no one;
 * - ar "العام" (the year, with the article) is a word of time as "عام" is: "هذا العام 34 قضية" (this year, 34
 *   cases) counts the cases, as "this year 312 cases" does; "العام" of a title (المدعي العام) stays a name word.
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

describe('Function: extractFigures (fig53 classes)', () => {
  describe('a written one in a tally counts one', () => {
    itReadsEach(
      [
        ['vi', 'Công an xã đã bắt giữ một đối tượng tàng trữ trái phép chất ma túy.', [[1, 'person']]],
        ['vi', 'Tổ tuần tra tạm giữ một chiếc xuồng máy chở hàng lậu trên sông.', [[1, 'vehicle']]],
        ['vi', 'Công an huyện vừa triệt phá một vụ cá độ bóng đá qua mạng.', [[1, 'case']]],
        ['vi', 'Sau va chạm, một xe máy bị tạm giữ để phục vụ điều tra.', [[1, 'vehicle']]],
        ['hi', 'पुलिस ने गोदाम से एक ट्रक जब्त किया।', [[1, 'vehicle']]],
        ['hi', 'दमकलकर्मियों ने धुएं से भरे कमरे से एक बुजुर्ग व्यक्ति को बचाया।', [[1, 'person']]],
        ['ur', 'پولیس نے بازار سے ایک مشتبہ شخص کو حراست میں لے لیا۔', [[1, 'person']]],
        ['ur', 'چھاپے کے دوران پولیس نے ایک ٹرک ضبط کر لیا۔', [[1, 'vehicle']]],
        ['bn', 'পুলিশ চেকপোস্টে একটি মোটরবাইক জব্দ করেছে।', [[1, 'vehicle']]],
        ['bn', 'পুলিশ একজন সন্দেহভাজনকে গ্রেপ্তার করেছে।', [[1, 'person']]],
        ['bn', 'সীমান্তে পুলিশ একটি গাড়ি চালককে আটক করে।', [[1, 'person']]],
        // A vehicle after the person is where he was, not what the arrest counts.
        ['bn', 'পুলিশ একজন ব্যক্তিকে গাড়িতে করে মাদক পরিবহনের সময় গ্রেপ্তার করে।', [[1, 'person']]],
      ],
      valueAndUnit,
    );
  });

  describe('a written one introducing an actor or a thing counts nothing', () => {
    itReadsEach(
      [
        ['vi', 'Tổ công tác phát hiện một người đàn ông đi xe máy chở hàng cấm.', []],
        ['vi', 'Một xe ô tô tải tông vào dải phân cách giữa quốc lộ.', []],
        ['vi', 'Công an đã bắt giữ một số đối tượng liên quan.', []],
        ['hi', 'एक ट्रक ने सड़क पर खड़ी मोटरसाइकिल को टक्कर मार दी।', []],
        ['ur', 'ایک ٹرک نے سڑک کنارے کھڑی موٹر سائیکل کو ٹکر مار دی۔', []],
        ['bn', 'একটি লাল গাড়ি বিপরীত দিকে যাচ্ছিল।', []],
      ],
      valueAndUnit,
    );
  });

  describe('ar a number after "the year" with a counted noun of its own counts it', () => {
    itReadsEach(
      [
        ['ar', 'سجلت المقاطعة هذا العام 34 قضية مخدرات.', [[34, 'case']]],
        ['ar', 'ضبطت شرطة المرور منذ بداية العام 120 دراجة نارية.', [[120, 'vehicle']]],
        // A number that may be a day, or with no noun of its own, is left to the name word.
        ['ar', 'قال المدعي العام 3 مرات إن القضية معقدة.', []],
      ],
      valueAndUnit,
    );
  });
});
