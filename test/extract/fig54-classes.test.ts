/**
 * Classes of session 54 (fig54: hi, ur, bn), on sentences written for this test. They narrow session 53's
 * written one of a tally (figures/tally.ts, lexicon `tallies`):
 * - a noun in the genitive or the ablative (hi "के", "से"; ur "کے", "سے"; bn "থেকে", "কাছ", glued "-র/-এর") is
 *   whose or where from, not what the tally counts ("একজন ব্যক্তির কাছ থেকে ইয়াবা জব্দ", yaba seized from one
 *   person; "একটি ব্যাগ থেকে", from a bag), unless the verbal noun of the tally follows it (`tallies.obliques`);
 * - a verb after another noun marked as its object (hi "को", ur "کو") befell that noun, not the one named with
 *   "one" ("एक बस खाई में गिरी और यात्रियों को बचाया गया": the passengers were rescued) (`tallies.objects`);
 *   a second noun of persons ends the noun phrase ("ایک مشتبہ شخص کو", a suspect person);
 * - a vehicle named with "one" and harmed (`tallies.harms`) in a sentence naming a road crash (`tallies.crashes`)
 *   is the crash's actor, no tally ("हादसे में एक बस क्षतिग्रस्त"); one seized after a crash, or burned in a
 *   fire, still counts;
 * - ar a number word with the article after its noun with the article counts the noun ("الأشخاص الأربعة", the
 *   four persons; "السيارات الثلاث", the three cars), as "أربعة أشخاص" does (`numberArticles`, definite-number.ts);
 *   one is left out ("الشخص الواحد");
 * - a number of persons right after a word of capacity is what a vehicle or a hall holds, no count (ar "تتسع
 *   لشخصين", "مقاعد ل 50 راكباً"; vi "sức chứa 20.000 người"; en "a capacity of 40 passengers"): lexicon
 *   `capacities`, capacity.ts; a capacity in tonnes stays a measure, as the gold counts it.
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

describe('Function: extractFigures (fig54 classes)', () => {
  describe('a written one in a tally still counts one', () => {
    itReadsEach(
      [
        ['hi', 'पुलिस ने नाके पर एक संदिग्ध व्यक्ति को गिरफ्तार किया।', [[1, 'person']]],
        ['hi', 'हादसे के बाद पुलिस ने एक ट्रक जब्त कर लिया।', [[1, 'vehicle']]],
        ['ur', 'پولیس نے ایک مشتبہ شخص کو پوچھ گچھ کے لیے حراست میں لے لیا۔', [[1, 'person']]],
        ['ur', 'آگ میں ایک موٹر سائیکل جل کر تباہ ہو گئی۔', [[1, 'vehicle']]],
        ['bn', 'পুলিশ তল্লাশি চৌকিতে একটি ব্যাগ জব্দ করেছে।', [[1, 'other']]],
        ['bn', 'পুলিশ একজন ব্যক্তিকে গ্রেপ্তার করেছে।', [[1, 'person']]],
      ],
      valueAndUnit,
    );
  });

  describe('a written one that is whose or where from counts nothing', () => {
    itReadsEach(
      [
        ['hi', 'पुलिस ने एक व्यक्ति के पास से हेरोइन बरामद की।', []],
        ['ur', 'پولیس نے ایک شخص کے قبضے سے ہیروئن برآمد کی۔', []],
        ['bn', 'পুলিশ একজন ব্যক্তির কাছ থেকে ইয়াবা জব্দ করেছে।', []],
        ['bn', 'পুলিশ একটি ব্যাগ থেকে ইয়াবা জব্দ করেছে।', []],
      ],
      valueAndUnit,
    );
  });

  describe("a written one before another noun marked as the verb's object counts nothing", () => {
    itReadsEach(
      [
        ['hi', 'एक बस खाई में गिर गई और यात्रियों को बचाया गया।', []],
        ['ur', 'ایک ٹرک نہر میں گر گیا اور ڈرائیور کو بچا لیا گیا۔', []],
      ],
      valueAndUnit,
    );
  });

  describe('a vehicle named with one and harmed in a crash counts nothing', () => {
    itReadsEach(
      [
        ['hi', 'हादसे में एक बस बुरी तरह क्षतिग्रस्त हो गई।', []],
        ['ur', 'تصادم کے بعد ایک ٹرک مکمل طور پر تباہ ہو گیا۔', []],
        ['bn', 'দুর্ঘটনায় একটি বাস ধ্বংস হয়ে যায়।', []],
      ],
      valueAndUnit,
    );
  });

  describe('ar a definite number word after its definite noun counts it', () => {
    itReadsEach(
      [
        ['ar', 'نقل المسعفون الأشخاص الأربعة إلى المستشفى.', [[4, 'person']]],
        ['ar', 'صادرت شرطة المرور السيارات الثلاث.', [[3, 'vehicle']]],
        ['ar', 'الشخص الواحد لا يستطيع حمل الصندوق.', []],
        ['ar', 'تراجعت الأسعار في السنوات الثلاث الماضية.', []],
      ],
      valueAndUnit,
    );
  });

  describe('a number of persons after a word of capacity counts nothing', () => {
    itReadsEach(
      [
        ['ar', 'كانت الشاحنة تتسع فقط لشخصين في المقصورة.', []],
        ['ar', 'سقطت الحافلة التي تضم مقاعد ل 45 راكباً في النهر.', []],
        ['vi', 'Nhà thi đấu mới có sức chứa 3.000 người.', []],
        ['en', 'The ferry, with a capacity of 40 passengers, carried 52 people.', [[52, 'person']]],
        ['en', 'The dredger has a capacity of 1,500 tonnes.', [[1500000, 'kg']]],
      ],
      valueAndUnit,
    );
  });
});
