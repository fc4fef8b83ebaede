/**
 * Figure classes of batch 38b (col38b: ur bn th ta hi), on sentences written for this test:
 * - bn a classified number under a case ending ("ট্রাক দু’টির একটি", one of the two trucks; "দুটির") counts the
 *   unit noun told right before it, as the bare "দু’টি" does (lexicon `numberWords`, `classifiedNumbers`;
 *   figures/classified.ts);
 * - ur places and sites ("مقامات", "جگہوں") are counted as points, as hi, bn and ta count "स्थानों", "স্থান",
 *   "இடங்கள்" (lexicon `units.point`);
 * - hi, ur and bn centimetres ("10-15 सेमी", "سینٹی میٹر", "সেমি") are sizes, no count: neither bound of a
 *   size's range is a figure (lexicon `distances`);
 * - hi and ur a genitive particle in its plural form ("के", "کے") after the words of a noun phrase leads to the
 *   persons it names ("पांच माध्यमिक विद्यालय के छात्रों", five secondary-school pupils), where it ended the noun
 *   phrase before; the feminine "की" (a death, "की मौत") still ends it (lexicon `genitiveLinks`, figures/read.ts).
 */
import { describe } from 'vitest';
import { itReadsEach, valueUnitAndTopic } from '../support/figure-cases.js';

const CASES: Array<[string, string, Array<[number, string, string]>]> = [
  ['bn', 'সংঘর্ষে ট্রাক দু’টির একটি খাদে পড়ে যায়।', [[2, 'vehicle', 'traffic']]],
  [
    'ur',
    'پولیس نے شہر کے چار مقامات پر چھاپے مارے اور دو جگہوں سے منشیات برآمد کیں۔',
    [
      [4, 'point', 'drugs'],
      [2, 'point', 'drugs'],
    ],
  ],
  [
    'hi',
    'पुलिस ने 40 पटाखे और 10-15 सेमी लंबे 12 पाइप जब्त किए।',
    [
      [40, 'other', 'fireworks'],
      [12, 'other', 'fireworks'],
    ],
  ],
  ['hi', 'जब्त की गई छड़ें 8 सेमी मोटी थीं।', []],
  ['ur', 'پولیس نے 6 پستول ضبط کیے جن کی لمبائی 25 سینٹی میٹر تھی۔', [[6, 'weapon', 'weapons']]],
  ['bn', 'পুলিশ ১২টি বাক্স জব্দ করে, প্রতিটি বাক্স ২০ সেমি লম্বা।', [[12, 'other', 'crime']]],
  ['hi', 'पुलिस ने पांच माध्यमिक विद्यालय के छात्रों को पटाखे बनाते हुए पकड़ा।', [[5, 'person', 'fireworks']]],
  ['ur', 'حادثے میں پانچ سرکاری اسکول کے بچوں کو چوٹیں آئیں۔', [[5, 'person', 'traffic']]],
];

describe('Function: extractFigures (col38b classes)', () => {
  itReadsEach(CASES, valueUnitAndTopic);
});
