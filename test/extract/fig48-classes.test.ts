/**
 * Classes of batch 48 (fig48: figures), on sentences written for this test:
 * - Urdu names the whole before its part with a genitive ("1000 بندوق کے پرزے"); an event after the particle is
 *   no part but what befell the whole ("3 گاڑیوں کے حادثات", accidents of 3 vehicles): the number counts the
 *   vehicles (figures/read.ts ownedThing).
 * - Urdu آگ (fire) right after a number counts fires as cases ("4 آگ"), as "آگ لگیں" (fires broke out) does, and
 *   ادارے (establishments) is a counted noun of its own, so the window stops there ("6 ادارے آگ سے بچاؤ…",
 *   six establishments breaking fire-prevention rules, counts establishments, not fires) (lexicon ur units).
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

const URDU_PARTS: Array<[string, string, Array<[number, string]>]> = [
  [
    'ur',
    'شاہراہ پر 3 گاڑیوں کے حادثات میں 2 افراد زخمی ہوئے۔',
    [
      [3, 'vehicle'],
      [2, 'person'],
    ],
  ],
  ['ur', 'پولیس نے 4 کاروں کے حادثے کی تحقیقات شروع کیں۔', [[4, 'vehicle']]],
  // A part of things after the genitive is still what the number counts.
  ['ur', 'پولیس نے 1000 بندوق کے پرزے ضبط کیے۔', [[1000, 'other']]],
];

describe('fig48: an event after an Urdu genitive is no part of the whole counted', () => {
  itReadsEach(URDU_PARTS, valueAndUnit);
});

const URDU_FIRES: Array<[string, string, Array<[number, string]>]> = [
  [
    'ur',
    'گزشتہ سال کے مقابلے میں ضلع میں 5 آگ، 9 حادثات کم ہوئے۔',
    [
      [5, 'case'],
      [9, 'case'],
    ],
  ],
  ['ur', 'معائنے میں 8 ادارے آگ سے بچاؤ کے ضوابط پر عمل نہیں کر رہے تھے۔', [[8, 'other']]],
  ['ur', 'ٹیم نے 12 کاروباری اداروں کا معائنہ کیا۔', [[12, 'other']]],
];

describe('fig48: Urdu fires counted are cases; establishments are counted as themselves', () => {
  itReadsEach(URDU_FIRES, valueAndUnit);
});
