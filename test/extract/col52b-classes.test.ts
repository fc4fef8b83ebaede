/**
 * Classes of batch 52b (col52b: bn ko ur), on sentences written for this test:
 * - ur "اموات" (deaths, the plural of موت) after a number counts persons, as "ہلاک" does ("9 اموات"):
 *   ur units.person;
 * - bn "অফিসার" (officer, the English loan beside কর্মকর্তা), "সৈনিক" and "সৈন্য" (soldier, troops) are
 *   person nouns: bn units.person;
 * - bn "একজন" (one person) before a person noun whose fate follows it in its clause ("একজন সৈনিক …
 *   মারা যান", a soldier … died) counts one person, as vi "một cán bộ bị thương" does: bn fatesAfter;
 *   without a fate the article counts nothing ("একজন সৈনিক বলেন", a soldier said);
 * - bn "ক্যামেরা লেন্স" (camera lens) is a thing, no camera: bn units.other, the longer entry winning;
 * - ko "업소", "가게", "상점", "점포", "매장" (establishments, shops) after a generic classifier ("300개 업소")
 *   are points, as "곳" is and as the other lexicons count establishments: ko nounsAfterClassifier.point.
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

describe('Function: extractFigures (col52b classes)', () => {
  describe('ur "اموات" (deaths) after a number counts persons', () => {
    itReadsEach(
      [
        ['ur', 'گزشتہ ہفتے صوبے میں سڑک حادثات میں 9 اموات ریکارڈ کی گئیں۔', [[9, 'person']]],
        // A count of cases beside the word stays a count of cases.
        ['ur', 'پولیس نے 3 مقدمات درج کیے، جن میں کوئی اموات نہیں ہوئیں۔', [[3, 'case']]],
      ],
      valueAndUnit,
    );
  });

  describe('bn officers and soldiers are persons', () => {
    itReadsEach(
      [
        ['bn', 'আগুন নেভাতে ১২ অফিসার ঘটনাস্থলে পৌঁছান।', [[12, 'person']]],
        ['bn', 'উদ্ধার কাজে ৩০ সৈন্য অংশ নেয়।', [[30, 'person']]],
      ],
      valueAndUnit,
    );
  });

  describe('bn "একজন" before a person noun with a fate after it counts one person', () => {
    itReadsEach(
      [
        ['bn', 'টহলের সময় একজন সৈনিক দুর্ঘটনায় মারা যান।', [[1, 'person']]],
        ['bn', 'সংঘর্ষে একজন অফিসার গুরুতর আহত হন।', [[1, 'person']]],
        // No fate: the article names a speaker, no count.
        ['bn', 'একজন সৈনিক সাংবাদিকদের সাথে কথা বলেন।', []],
      ],
      valueAndUnit,
    );
  });

  describe('bn a camera lens is no camera', () => {
    itReadsEach(
      [
        ['bn', 'যাত্রীর ব্যাগে ৩টি ক্যামেরা লেন্সে সোনা লুকানো ছিল।', [[3, 'other']]],
        ['bn', 'পুলিশ দোকান থেকে ৫টি ক্যামেরা জব্দ করে।', [[5, 'camera']]],
      ],
      valueAndUnit,
    );
  });

  describe('ko establishments after a generic classifier are points', () => {
    itReadsEach(
      [
        ['ko', '공안은 노래방 120개 업소를 점검했다.', [[120, 'point']]],
        ['ko', '단속반은 시장의 15개 가게를 조사했다.', [[15, 'point']]],
        // A company (업체) stays an organization.
        ['ko', '경찰은 5개 업체를 조사했다.', [[5, 'organization']]],
      ],
      valueAndUnit,
    );
  });
});
