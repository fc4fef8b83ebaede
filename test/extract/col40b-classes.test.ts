/**
 * Classes of batch 40b (col40b: ur bn th), on sentences written for this test:
 * - the agentive participle of Urdu and Hindi (figures/agentive.ts, lexicon `agentive`): a phrase closed by an
 *   oblique infinitive and "والے/والوں" ("वाले/वालों") counts those who do it ("7 خلاف ورزی کرنے والوں", seven
 *   violators, not seven violations); money, a measure or a noun of things before it keeps its count, a
 *   postposition or the article ends the phrase, and before a noun the participle is an adjective ("पांच
 *   मछली पकड़ने वाली नौकाओं", five fishing boats);
 * - ur, hi, bn counted nouns: an offender ("مجرم") and a gambler ("جواری", "जुआरी", "জুয়াড়ি") are persons; bn
 *   licence points ("পয়েন্ট", "ড্রাইভিং লাইসেন্স পয়েন্ট") are points, as ja "運転免許証の6点" is (lexicon
 *   `units`);
 * - the Arabic script's comma "،" (and its semicolon, question mark, the Urdu full stop) ends the part of a
 *   clause a counted noun's topic is read in, as "," does (figures/topic.ts): "18 crimes, 40 drug offenders"
 *   leaves the crimes no drugs;
 * - gambling ("جوا", "जुआ", "জুয়া") is an offence, which names the gamblers' topic (lexicon `offences`, as en
 *   "gambling"); a driving licence is a road word in ur, hi and bn as in en, ja and vi (lexicon `topics`).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

const FIGURES: Array<[string, string, Array<[number, string]>]> = [
  [
    'ur',
    'پولیس نے 45 جواریوں اور 12 منشیات کے مجرموں کو گرفتار کیا۔',
    [
      [45, 'person'],
      [12, 'person'],
    ],
  ],
  ['ur', 'ٹریفک پولیس نے 7 خلاف ورزی کرنے والوں کو جرمانہ کیا۔', [[7, 'person']]],
  ['ur', 'چوکی پر 30 ٹریفک قوانین کی خلاف ورزی کرنے والوں کو روکا گیا۔', [[30, 'person']]],
  ['ur', 'پولیس نے 9 منشیات فروخت کرنے والوں کو گرفتار کیا۔', [[9, 'person']]],
  // Money or a noun of things before the participle: the number counts them, who paid or seized is another.
  ['ur', 'انہوں نے 10 ملین ڈونگ ادا کرنے والے شخص سے بات کی۔', [[10_000_000, 'vnd']]],
  ['ur', 'وزیر نے 5 گاڑیاں ضبط کرنے والے اہلکاروں کی تعریف کی۔', [[5, 'vehicle']]],
  ['hi', 'पुलिस ने 12 नशा बेचने वालों को गिरफ्तार किया।', [[12, 'person']]],
  // Before a noun the participle describes it: the boats are counted.
  ['hi', 'आग ने पांच मछली पकड़ने वाली नौकाओं को नष्ट कर दिया।', [[5, 'vehicle']]],
  ['hi', 'पुलिस ने 20 जुआरियों को पकड़ा।', [[20, 'person']]],
  ['bn', 'চালকের ৪ পয়েন্ট কেটে নেওয়া হয়েছে।', [[4, 'point']]],
  ['bn', 'আইনে ৬টি ড্রাইভিং লাইসেন্স পয়েন্ট কাটা হয়।', [[6, 'point']]],
];

describe('Function: extractFigures (col40b classes)', () => {
  itReadsEach(FIGURES, valueAndUnit);

  it('hi: a postposition ends the phrase, so a number before it counts no boat after it', () => {
    // Act
    const figures = extractFigures(documentOf('गांव 2 में एक मछली पकड़ने वाली नाव में आग लग गई।', 'hi'), []);

    // Assess
    expect(figures.map((f) => [f.value, f.unit])).not.toContainEqual([2, 'vehicle']);
  });
});

const TOPICS: Array<[string, string, string, string]> = [
  [
    'ur',
    'پولیس نے 18 سنگین جرائم کی تحقیقات کیں، 40 منشیات کے مجرموں کو گرفتار کیا۔',
    '18 سنگین جرائم',
    'crime',
  ],
  ['ur', 'پولیس نے 25 جواریوں اور 30 منشیات کے مجرموں کو گرفتار کیا۔', '25 جواریوں', 'crime'],
  // A fine beside a suspended driving licence is a road offence's.
  [
    'bn',
    'চালকের ড্রাইভিং লাইসেন্স স্থগিত করা হয় এবং তাকে ১৫ মিলিয়ন ভিয়েতনামি ডং জরিমানা করা হয়।',
    '১৫ মিলিয়ন ভিয়েতনামি ডং',
    'traffic',
  ],
  ['ur', 'اس کا ڈرائیونگ لائسنس معطل کر دیا گیا اور 4 ملین ڈونگ جرمانہ کیا گیا۔', '4 ملین ڈونگ', 'traffic'],
];

describe('Function: extractFigures topics (col40b classes)', () => {
  it.each(TOPICS)('%s: %s → %s %s', (language, text, figure, topic) => {
    // Act
    const found = extractFigures(documentOf(text, language), []).find((f) => f.text === figure);

    // Assess
    expect(found?.topic).toBe(topic);
  });
});
