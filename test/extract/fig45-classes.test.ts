/**
 * Classes of batch 45 (fig45: figures), on sentences written for this test:
 * - a product's model is named by a brand word and a number ("iPhone 14", "دو iPad 9"): a word with a capital
 *   after a small letter inside it, or a Latin word in the running text of a caseless script, names a brand, and
 *   the number after it is the model's, no count, wherever the word stands and in languages that capitalise
 *   every noun; a count before the brand still counts, and a counted noun after the number keeps it a count
 *   (figures/model-name.ts, read.ts isProperNameLabel).
 * - Vietnam numbers the border gates of one town ("Móng Cái 1"): a small number between a name and a gate's
 *   word, or after a gate's word and a name (lexicon gateWords: en, id, ms, ru, ur, hi, bn, ko), names the gate,
 *   no count, as a numbered commune's does; a count of gates after a verb or a preposition still counts
 *   (figures/numbered-place.ts).
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

const MODELS: Array<[string, string, Array<[number, string]>]> = [
  [
    'en',
    'Thieves took 4 iPhone 14 handsets and 2 laptops from the shop.',
    [
      [4, 'other'],
      [2, 'other'],
    ],
  ],
  ['en', 'The suspect sold an iPad 9 to a buyer online.', []],
  ['de', 'Die Polizei fand 3 Pistolen und ein iPhone 12 im Auto.', [[3, 'weapon']]],
  ['fr', 'La police a saisi 6 motos et un iPhone 13.', [[6, 'vehicle']]],
  ['ur', 'ملزم کے گھر سے 3 پستول اور ایک iPad 9 ملا۔', [[3, 'weapon']]],
  // A place kept in Latin letters in a caseless script: its number names it; a counted noun after still counts.
  ['ur', 'کوانگ نین صوبے کے Mong Cai 1 سرحدی دروازے پر 12 افراد گرفتار', [[12, 'person']]],
  ['ur', 'صوبہ Quang Tri 14 افراد کو امداد ملی۔', [[14, 'person']]],
  ['hi', 'आरोपी के पास से 5 मोटरसाइकिलें और Nokia 8 बरामद हुईं।', [[5, 'vehicle']]],
  // Not a brand: an upper-case code is a currency's, which still counts money.
  ['en', 'He was fined USD 300 for the offence.', [[300, 'other']]],
];

describe('fig45: a number after a brand word is the model, no count', () => {
  itReadsEach(MODELS, valueAndUnit);
});

const GATES: Array<[string, string, Array<[number, string]>]> = [
  ['en', 'Officers at Tan Thanh 2 border gate stopped 6 lorries carrying fruit.', [[6, 'vehicle']]],
  [
    'en',
    'The province closed 2 border gates and sent 40 officers.',
    [
      [2, 'other'],
      [40, 'person'],
    ],
  ],
  ['id', 'Petugas di pos perbatasan Huu Nghi 1 menangkap 4 orang.', [[4, 'person']]],
  ['ru', 'На пункте пропуска Лаокай 2 задержали 7 человек.', [[7, 'person']]],
  ['ur', 'تان تھان 2 سرحدی گیٹ پر 9 افراد گرفتار کیے گئے۔', [[9, 'person']]],
  ['ur', 'حکام نے 3 سرحدی گیٹ بند کر دیے۔', [[3, 'other']]],
  ['hi', 'लाओ काई 2 सीमा द्वार पर 8 लोगों को पकड़ा गया।', [[8, 'person']]],
  ['bn', 'তান থান ২ সীমান্ত গেটে ৫ জনকে আটক করা হয়েছে।', [[5, 'person']]],
  ['ko', '경찰은 라오까이 2 국경 관문에서 4명을 체포했다.', [[4, 'person']]],
];

describe('fig45: a number between a name and a border gate names the gate, no count', () => {
  itReadsEach(GATES, valueAndUnit);
});
