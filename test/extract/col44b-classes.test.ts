/**
 * Classes of batch 44b (col44b: ur bn), on sentences written for this test:
 * - a road named by its two ends whose first end no list has, the second a province with a road word of the
 *   language right after it ("… - ক্যান থো হাইওয়েতে"), names that province as a road's end, not where the
 *   story happens (places/roads.ts, unreadRoadStart; bn "হাইওয়ে", "এক্সপ্রেসওয়ে" join the road words);
 * - a locality followed by its own type word, a comma and a province ("বিন তান জেলা, ভিন লং প্রদেশ") is
 *   that province's (places/lexicon.ts joinsProvince), also when its name was read by a coarse key and
 *   another named province has a place of a like name (places/resolve.ts);
 * - ur counted nouns: fires broken out ("آگ لگیں", "آتشزدگی") and rescues ("ریسکیو") are cases, victims ("متاثرین")
 *   persons, a rescue vehicle ("ریسکیو گاڑیاں") a vehicle (lexicon `units`).
 */
import { describe, expect, it } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';
import { placeSlugsOf as placesOf } from '../support/primary-choice.js';

describe('Bengali: the second end of a road whose first end is unread', () => {
  it('reads the province before the road word as an end of the road, not the story’s place', () => {
    // The road's name twice, the place once: only the road's ends outnumber it.
    const found = placesOf(
      'সোমবার লোক হোয়া - ক্যান থো এক্সপ্রেসওয়েতে একটি গাড়ি উল্টো দিকে চলছিল। ঘটনাটি ঘটেছে ফং হিয়েপ শহরে, ' +
        'হাউ জিয়াং প্রদেশে। চালক পরে লোক হোয়া - ক্যান থো এক্সপ্রেসওয়ে ছেড়ে চলে যায়।',
      'bn',
    );
    expect(found.primary).toBe('hau-giang');
  });

  it('keeps a province named with a road word and no dash before it', () => {
    expect(placesOf('ক্যান থো হাইওয়েতে একটি ট্রাক উল্টে যায়।', 'bn').primary).toBe('can-tho');
  });
});

describe('Bengali: a locality, its type word, a comma and its province', () => {
  it('reads the locality in the province written after it', () => {
    const found = placesOf(
      'ক্যান থো থেকে আসা একটি ট্রাক গতকাল বিন তান জেলা, ভিন লং প্রদেশে একটি বাড়িতে ধাক্কা দেয়।',
      'bn',
    );
    expect(found.localities).toContain('binh-tan');
    expect(found.primary).toBe('vinh-long');
  });
});

const FIGURES: Array<[string, string, Array<[number, string]>]> = [
  [
    'ur',
    'گزشتہ سال صوبے میں 15 آگ لگیں اور فائر پولیس نے 9 ریسکیو میں حصہ لیا۔',
    [
      [15, 'case'],
      [9, 'case'],
    ],
  ],
  ['ur', 'ریسکیو ٹیم نے ملبے سے 3 متاثرین کو نکال لیا۔', [[3, 'person']]],
  ['ur', 'شہر میں اس ماہ 8 آتشزدگی کے واقعات ہوئے۔', [[8, 'case']]],
  // Fire alone is no count: "fire prevention" after a counted noun of no list ("establishments").
  ['ur', 'معائنے میں 5 ادارے آگ سے بچاؤ کے ضوابط کی خلاف ورزی کر رہے تھے۔', [[5, 'other']]],
  // A rescue vehicle is a vehicle, not a rescue.
  [
    'ur',
    'موقع پر دو ریسکیو گاڑیاں اور 4 فائر ٹرک بھیجے گئے۔',
    [
      [2, 'vehicle'],
      [4, 'vehicle'],
    ],
  ],
];

describe('Urdu counted nouns: fires, rescues and victims', () => {
  itReadsEach(FIGURES, valueAndUnit);
});
