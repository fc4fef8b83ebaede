/**
 * Classes of batch 39b (col39b: ur th km bn hi), on sentences written for this test:
 * - Arabic-script punctuation reads as the Latin mark of the same use (figures/tokens.ts): "،" separates the
 *   items of a list as "," does, so an item written with the indefinite "ایک" in a list of counted things
 *   counts one ("ایک ساتھی ڈرائیور، دو کنڈکٹر اور 15 مسافر");
 * - ur counted nouns: a conductor ("کنڈکٹر") and a fellow driver ("ساتھی ڈرائیور") are persons, a fire boat or
 *   a motor boat ("فائر بوٹ", "موٹر بوٹ") a vehicle (lexicon `units`; "بوٹ" alone is also a boot, so only the
 *   compounds);
 * - ranks below the officers' in ur, bn and hi ("کارپورل", "কর্পোরাল", "कॉर्पोरल": corporal; sergeant) name an
 *   official as the officers' ranks do (lexicon `ranks`, as en and de have them);
 * - bn writes the family name Lương also "লুওং" (lexicon `namesInScript.familyNames`);
 * - km one before a generic classifier counts the noun right before it ("រថយន្តមួយគ្រឿង", one car), as two
 *   does ("ម៉ូតូពីរគ្រឿង"); one group ("មនុស្សមួយក្រុម", a group of people) stays the article
 *   (figures/segmented.ts);
 * - after a weekday and its comma (Latin or Arabic), a number that counts a noun of its own is a count, not the
 *   day (figures/read.ts; found when "،" began to read as ",": "يوم الخميس، 13 جثة").
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

const FIGURES: Array<[string, string, Array<[number, string]>]> = [
  [
    'ur',
    'گاڑی میں ایک ساتھی ڈرائیور، تین کنڈکٹر اور 22 مسافر سوار تھے۔',
    [
      [1, 'person'],
      [3, 'person'],
      [22, 'person'],
    ],
  ],
  [
    'ur',
    'پولیس نے ایک موٹر سائیکل، دو موبائل فون اور 5 پستول برآمد کیے۔',
    [
      [1, 'vehicle'],
      [2, 'other'],
      [5, 'weapon'],
    ],
  ],
  // No list: "ایک" opening a clause is the article, no count.
  ['ur', 'ایک خاتون نے پولیس کو اطلاع دی، جس کے بعد 4 ملزمان گرفتار ہوئے۔', [[4, 'person']]],
  [
    'ur',
    'آگ بجھانے کے لیے 3 فائر ٹرک اور 2 فائر بوٹ بھیجی گئیں۔',
    [
      [3, 'vehicle'],
      [2, 'vehicle'],
    ],
  ],
  [
    'km',
    'ប៉ូលីសបានឃាត់មនុស្សមួយក្រុម រួចរឹបអូសរថយន្តមួយគ្រឿង និងម៉ូតូពីរគ្រឿង។',
    [
      [1, 'vehicle'],
      [2, 'vehicle'],
    ],
  ],
  ['km', 'ម្ចាស់ហាងបានលក់មួយគ្រឿងកាលពីម្សិលមិញ។', []],
  [
    'ur',
    'دریا میں ایک موٹر بوٹ اور 6 کشتیاں ضبط کی گئیں۔',
    [
      [1, 'vehicle'],
      [6, 'vehicle'],
    ],
  ],
  // The Arabic comma after a weekday is a comma there too: a number after it that counts a noun of its own is a
  // count, not the day ("on Thursday, 13 bodies"); a month after the number keeps the date.
  ['ar', 'انتشل رجال الإنقاذ، يوم الخميس، 13 جثة من موقع الانهيار.', [[13, 'person']]],
  ['en', 'On Thursday, 13 bodies were recovered from the site.', [[13, 'person']]],
  ['en', 'On Thursday, 13 October, 5 suspects were arrested.', [[5, 'person']]],
];

describe('Function: extractFigures (col39b classes)', () => {
  itReadsEach(FIGURES, valueAndUnit);
});

function officials(text: string, language: string): Array<[string, string | null]> {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName })
    .map((p): [string, string | null] => [p.name, p.rank])
    .sort();
}

describe('Function: findPeople (col39b classes)', () => {
  it.each([
    ['ur', 'کارپورل ڈو وان ہنگ نے آگ بجھانے میں حصہ لیا۔', 'ڈو وان ہنگ', 'corporal'],
    ['bn', 'কর্পোরাল ফাম ভ্যান লং উদ্ধার অভিযানে অংশ নেন।', 'ফাম ভ্যান লং', 'corporal'],
    ['hi', 'कॉर्पोरल ट्रान वान हाई ने आग बुझाने में मदद की।', 'ट्रान वान हाई', 'corporal'],
    ['bn', 'জননিরাপত্তা মন্ত্রী জেনারেল লুওং ভ্যান হুং সিদ্ধান্তে স্বাক্ষর করেন।', 'লুওং ভ্যান হুং', 'general'],
  ])('%s: %s', (language, text, name, rank) => {
    expect(officials(text, language)).toEqual([[name, rank]]);
  });
});
