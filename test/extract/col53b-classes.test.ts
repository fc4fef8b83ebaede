/**
 * Classes of batch 53b (col53b: ar bn ja ko ur), on sentences written for this test:
 * - ko accounts after the generic classifier ("4개의 페이스북 계정", "12개 계좌": social-network and bank
 *   accounts) are accounts, as the other lexicons count tài khoản: ko nounsAfterClassifier.account;
 * - ja bundles (束) and litres written with the Latin letter before a particle ("20Lを") count things, as
 *   リットル does: ja units.other;
 * - ur drug addicts, named with the genitive inside the noun ("منشیات کے عادی", "نشے کے عادی"), are persons
 *   after a number, and "نشے کے عادی" is a drugs cue: ur units.person, topics.drugs;
 * - bn military guns, rifles and cartridges (সামরিক বন্দুক, রাইফেল, কার্তুজ) are weapons cues, so the seizure
 *   of a military gun and its rounds is weapons, not the arrest around it; the bare gun (বন্দুক) of a drug
 *   ring's haul stays the drug case's: bn topics.weapons;
 * - ar a border gate or crossing (بوابة, معبر) names the place after it: a family name that opens the gate's
 *   name ("بوابة كاو تريو", "معبر ها تيان") starts no official: ar people placeWords.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';
import { itReadsEach, valueAndUnit, valueUnitAndTopic } from '../support/figure-cases.js';

describe('Function: extractFigures (col53b classes)', () => {
  describe('ko accounts after the generic classifier are accounts', () => {
    itReadsEach(
      [
        ['ko', '경찰은 용의자가 쓰던 6개의 페이스북 계정을 차단했다.', [[6, 'account']]],
        ['ko', '수사팀은 범죄 조직 명의의 15개 계좌를 동결했다.', [[15, 'account']]],
        ['ko', '경찰은 3개의 은행 계좌를 조사하고 있다.', [[3, 'account']]],
        // Another noun after the classifier keeps its own unit.
        ['ko', '경찰은 2개의 범죄 조직을 적발했다.', [[2, 'group']]],
      ],
      valueAndUnit,
    );
  });

  describe('ja bundles and litres written with "L" count things', () => {
    itReadsEach(
      [
        ['ja', '警察は民家の庭でケシの枝20束を見つけた。', [[20, 'other']]],
        ['ja', '作業班は密輸されたガソリン300Lを押収した。', [[300, 'other']]],
        // A word that holds 束 with no number before it counts nothing.
        ['ja', '表彰式で署長に花束が贈られた。', []],
        // A plate written with the letter L is an identifier.
        ['ja', '警察はナンバープレート29L-456.78の車を停止させた。', []],
      ],
      valueAndUnit,
    );
  });

  describe('ur drug addicts are persons and a drugs cue', () => {
    itReadsEach(
      [
        ['ur', 'بحالی مرکز سے 37 منشیات کے عادی فرار ہو گئے۔', [[37, 'person', 'drugs']]],
        ['ur', 'پولیس نے محلے سے 12 نشے کے عادی افراد کو حراست میں لیا۔', [[12, 'person', 'drugs']]],
        // One addict and a span of years: no count.
        ['ur', 'وہ 8 سال سے منشیات کا عادی تھا۔', []],
      ],
      valueUnitAndTopic,
    );
  });

  describe('bn military guns, rifles and cartridges make a seizure weapons', () => {
    itReadsEach(
      [
        [
          'bn',
          'অভিযানে পুলিশ একটি সামরিক বন্দুক ও ৭টি গুলি জব্দ করেছে।',
          [
            [1, 'weapon', 'weapons'],
            [7, 'other', 'weapons'],
          ],
        ],
        ['bn', 'সীমান্তরক্ষীরা ৩টি রাইফেল উদ্ধার করেছে।', [[3, 'weapon', 'weapons']]],
        // The plural ending -গুলি is no bullet: an arrest stays crime.
        ['bn', 'ঘটনাগুলির তদন্তে পুলিশ ৪ জনকে গ্রেপ্তার করেছে।', [[4, 'person', 'crime']]],
        // The homemade guns of a drug ring's haul are the drug case's.
        ['bn', 'মাদক চক্রের আস্তানা থেকে পুলিশ ৬টি ঘরে তৈরি বন্দুক জব্দ করেছে।', [[6, 'weapon', 'drugs']]],
      ],
      valueUnitAndTopic,
    );
  });
});

function people(text: string, language: string): Array<[string, string | null]> {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName }).map((p) => [
    p.name,
    p.rank,
  ]);
}

describe('Function: findPeople (ar a border gate names the place after it)', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    [
      'ar',
      'قال نائب قائد جمارك بوابة كاو تريو الحدودية، المقدم تران فان هاي، إن البضائع صودرت.',
      [['تران فان هاي', 'lieutenant-colonel']],
    ],
    ['ar', 'قال مدير بوابة كاو تريو الحدودية إن الوحدة ضبطت البضائع.', []],
    ['ar', 'قال نائب قائد جمارك معبر ها تيان الحدودي إن الوحدة تعمل على مدار الساعة.', []],
    // An officer named with his rank after the gate is still read.
    [
      'ar',
      'قال العقيد نجوين فان نام، قائد مركز حرس الحدود في بوابة كاو تريو الدولية، إن الوحدة ضبطت البضائع.',
      [['نجوين فان نام', 'colonel']],
    ],
  ])('%s: %s lists %j', (language, text, expected) => {
    expect(people(text, language)).toEqual(expected);
  });
});
