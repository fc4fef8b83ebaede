/**
 * Nationality nouns count persons in every language with a figures lexicon: derived from the language's own
 * country names by its demonym endings (fa/ur -ی, hi -ी/-ई, bn -ী, he -י/-ים), or listed where the language
 * declines or borrows them (is "Víetnama", tl "Tsino"). A generic classifier of Chinese, Japanese and Korean
 * (zh 支 把 枚, ja 本, ko 자루) counts what the noun before the number names ("枪支3支", "권총 3자루": weapons),
 * and things (`other`) with none. Sentences written for the project as a news outlet would write them, before
 * the engine read them so.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, figures: [number, string][]];

const DEMONYMS: Case[] = [
  ['fa', 'پلیس مرزی ۴ کامبوجی را در نزدیکی گذرگاه بازداشت کرد.', [[4, 'person']]],
  [
    'fa',
    'در این پرونده دو ژاپنی و سه تایلندی متهم شده‌اند.',
    [
      [2, 'person'],
      [3, 'person'],
    ],
  ],
  ['he', 'המשטרה עצרה 5 תאילנדים שעבדו ללא אישור.', [[5, 'person']]],
  ['he', 'בין העצורים נמצאו שלושה יפנים.', [[3, 'person']]],
  [
    'ur',
    'ایئرپورٹ پر 6 ملائشیائی مسافروں کے ساتھ 2 انڈونیشیائیوں کو روکا گیا۔',
    [
      [6, 'person'],
      [2, 'person'],
    ],
  ],
  ['hi', 'पुलिस ने 7 जापानियों से पूछताछ की।', [[7, 'person']]],
  ['bn', 'সীমান্তে ৩ থাইল্যান্ডীকে আটক করা হয়েছে।', [[3, 'person']]],
  ['is', 'Lögreglan yfirheyrði fjóra Kínverja vegna málsins.', [[4, 'person']]],
  ['tl', 'Apat na Tsino ang inaresto ng mga pulis sa pantalan.', [[4, 'person']]],
];

describe('nationality nouns count persons', () => {
  for (const [language, text, expected] of DEMONYMS)
    it(`${language}: ${text}`, () => {
      const got = extractFigures(documentOf(text, language), []).map((f) => [f.value, f.unit]);
      expect(got).toEqual(expected);
    });
});

const COUNTERS: Case[] = [
  [
    'zh',
    '民警当场查获猎枪2支、管制刀具6把。',
    [
      [2, 'weapon'],
      [6, 'weapon'],
    ],
  ],
  [
    'zh',
    '搜查中发现手榴弹3枚和邮票40枚。',
    [
      [3, 'weapon'],
      [40, 'other'],
    ],
  ],
  [
    'ja',
    '容疑者の部屋からナイフ4本と注射器20本が見つかった。',
    [
      [4, 'weapon'],
      [20, 'other'],
    ],
  ],
  [
    'ko',
    '검문 과정에서 엽총 2자루와 흉기 3자루가 나왔다.',
    [
      [2, 'weapon'],
      [3, 'weapon'],
    ],
  ],
  [
    'ko',
    '창고에서 칼 5자루와 쌀 12자루를 찾아냈다.',
    [
      [5, 'weapon'],
      [12, 'other'],
    ],
  ],
];

describe('a generic classifier counts the noun before the number', () => {
  for (const [language, text, expected] of COUNTERS)
    it(`${language}: ${text}`, () => {
      const got = extractFigures(documentOf(text, language), []).map((f) => [f.value, f.unit]);
      expect(got).toEqual(expected);
    });
});
