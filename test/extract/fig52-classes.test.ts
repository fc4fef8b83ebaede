/**
 * Classes of session 52 (fig52: vi, hi, ur, ar, en), on sentences written for this test:
 * - a number with the hour mark against it ("7g") after a word of the hour ("lúc", at) is an hour of the
 *   clock with no minutes or day period after it, no mass in grams: vi hoursBefore "luc";
 * - a written one and a person noun followed in its clause by the arrest counts one, as a death or an injury
 *   after it does: hi and ur fatesAfter "गिरफ्तार", "گرفتار" (the annotators count "एक व्यक्ति को गिरफ्तार");
 * - the aggregative numerals (hi "तीनों", "चारों"; ur "تینوں", "چاروں": all three, all four) are numbers
 *   as "दोनों" is, but not in the idioms of sides ("चारों ओर", "چاروں طرف": all around): numberIdioms;
 * - a spelled number with no noun of its own after "the number of" and its noun, or after a toll, counts what
 *   they name, as the number in digits does ("وكان عدد القتلى سبعة", "the death toll rose to seven");
 * - ar "مريض" / "مرضى" (patient, patients) are persons;
 * - bn "কেস" (a case, the English word, as hi "केस" and ur "کیسز" already were) counts cases.
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

describe('Function: extractFigures (fig52 classes)', () => {
  describe('"lúc" before a number with the hour mark makes it an hour', () => {
    itReadsEach(
      [
        ['vi', 'Lúc 6g, tổ tuần tra bắt 2 đối tượng vận chuyển pháo nổ.', [[2, 'person']]],
        ['vi', 'Vào lúc 22g ngày 3/4, Công an xã phát hiện 5 thanh niên đánh bạc.', [[5, 'person']]],
        // Without the word of the hour, "7g" is grams of what follows.
        ['vi', 'Khám xét nơi ở, lực lượng thu giữ 7g ma túy đá.', [[0.007, 'kg']]],
        // "lúc" far from the number dates nothing.
        ['vi', 'Đến lúc bị bắt, đối tượng còn cất giấu 5g heroin.', [[0.005, 'kg']]],
      ],
      valueAndUnit,
    );
  });

  describe('a written one before a person noun followed by the arrest counts one', () => {
    itReadsEach(
      [
        ['hi', 'पुलिस ने चोरी के मामले में एक युवक को गिरफ्तार किया।', [[1, 'person']]],
        ['ur', 'پولیس نے چوری کے الزام میں ایک شخص کو گرفتار کر لیا۔', [[1, 'person']]],
        // A person who only speaks is no count.
        ['hi', 'एक व्यक्ति ने पुलिस को घटना की सूचना दी।', []],
        ['ur', 'ایک شخص نے پولیس کو واقعے کی اطلاع دی۔', []],
      ],
      valueAndUnit,
    );
  });

  describe('aggregative numerals count; the idioms of sides do not', () => {
    itReadsEach(
      [
        ['hi', 'तीनों आरोपियों को अदालत में पेश किया गया।', [[3, 'person']]],
        ['hi', 'हादसे के बाद चारों लोगों को अस्पताल ले जाया गया।', [[4, 'person']]],
        ['ur', 'تینوں ملزمان کو عدالت میں پیش کیا گیا۔', [[3, 'person']]],
        ['ur', 'چاروں افراد کو اسپتال منتقل کر دیا گیا۔', [[4, 'person']]],
        ['hi', 'पुलिस ने गोदाम को चारों ओर से घेर लिया।', []],
        ['ur', 'پولیس نے گودام کو چاروں طرف سے گھیر لیا۔', []],
      ],
      valueAndUnit,
    );
  });

  describe('a spelled number after "the number of" or a toll counts what they name', () => {
    itReadsEach(
      [
        ['ar', 'وكان عدد القتلى في الحادث سبعة.', [[7, 'person']]],
        ['ar', 'ارتفع عدد الجرحى إلى خمسة.', [[5, 'person']]],
        ['en', 'The death toll from the landslide rose to nine on Sunday.', [[9, 'person']]],
        // A spelled number with no such phrase before it in its clause stays unread.
        ['ar', 'وقع الحادث على الطريق السريع، وتضررت ثلاثة.', []],
      ],
      valueAndUnit,
    );
  });

  describe('ar patients are persons', () => {
    itReadsEach(
      [
        ['ar', 'يرقد 25 مريضا في مستشفى المقاطعة.', [[25, 'person']]],
        ['ar', 'نقلت سيارات الإسعاف 3 مرضى إلى المستشفى.', [[3, 'person']]],
        // The patient named with no number before him is no count.
        ['ar', 'زار الطبيب المريض مرتين.', []],
      ],
      valueAndUnit,
    );
  });

  describe('bn "কেস" counts cases', () => {
    itReadsEach(
      [
        ['bn', 'জেলায় এ বছর ডেঙ্গুর ১২০টি কেস পাওয়া গেছে।', [[120, 'case']]],
        // The article before it is no count of one case.
        ['bn', 'চিকিৎসকরা বলেছেন এটি একটি জটিল কেস।', []],
      ],
      valueAndUnit,
    );
  });
});
