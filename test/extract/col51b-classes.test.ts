/**
 * Classes of batch 51b (col51b: ar bn ja ur), on sentences written for this test:
 * - ar a construction machine or a tanker counted is a vehicle, in the dual too ("حفارتين", two excavators;
 *   "جرافة", "صهريج"), as en "excavator", "bulldozer" are (units.vehicle);
 * - ar a bare "فريق" is a team ("فريق دونغ آنه للإطفاء"); the rank of lieutenant-general is written with its
 *   article before a name ("الفريق"), so only that form is a rank (people ranks);
 * - bn Kiều, a Vietnamese family name, is also written "কিউ" (namesInScript.familyNames);
 * - ur the police station where someone confessed ("پولیس اسٹیشن میں") is a place, no crime cue: the paragraph's
 *   subject gives the topic (notCues);
 * - ja going armed to settle a dispute ("紛争を解決") is an offence against public order, the weapons its means:
 *   crime, not weapons (offences).
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';
import { checkTopics, type TopicCase } from '../support/topic-case.js';

const FIGURES: Array<[string, string, Array<[number, string]>]> = [
  ['ar', 'حشدت السلطات حفارتين لإزالة الأنقاض من الطريق.', [[2, 'vehicle']]],
  [
    'ar',
    'وصلت 3 صهاريج مياه و4 جرافات إلى موقع الحريق.',
    [
      [3, 'vehicle'],
      [4, 'vehicle'],
    ],
  ],
  // A count of cars is still read as before.
  ['ar', 'أرسلت الشرطة خمس سيارات إطفاء إلى المصنع.', [[5, 'vehicle']]],
];

describe('Function: extractFigures (col51b classes)', () => {
  itReadsEach(FIGURES, valueAndUnit);
});

function people(text: string, language: string): Array<[string, string | null]> {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName }).map((p) => [
    p.name,
    p.rank,
  ]);
}

describe('Function: findPeople (col51b classes)', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    // A team named after its district is no official.
    ['ar', 'أرسل فريق هوانغ ماي للإطفاء سيارتين إلى الموقع.', []],
    // The rank with its article is still read.
    ['ar', 'قال الفريق نجوين فان لونغ إن القضية خطيرة.', [['نجوين فان لونغ', 'lieutenant-general']]],
    ['bn', 'মেজর কিউ ভ্যান লাম সেদিন মহাসড়কে টহল দিচ্ছিলেন।', [['কিউ ভ্যান লাম', 'major']]],
  ])('%s: %s lists %j', (language, text, expected) => {
    // Act
    const found = people(text, language);

    // Assess
    expect(found).toEqual(expected);
  });
});

const TOPICS: TopicCase[] = [
  [
    'ur',
    'پولیس اسٹیشن میں، لڑکوں نے 300,000 VND میں مواد خریدنے کا اعتراف کیا۔ انہوں نے اس سے پٹاخے بنائے۔',
    [[300000, 'fireworks']],
  ],
  // The other spelling of the station.
  [
    'ur',
    'پولیس سٹیشن میں، لڑکے نے 150,000 VND میں مواد خریدنے کا اعتراف کیا۔ اس نے اس سے آتش بازی کا سامان بنایا۔',
    [[150000, 'fireworks']],
  ],
  // The police still name a crime where nothing else is told.
  ['ur', 'پولیس نے 4 مشتبہ افراد کو گرفتار کر لیا۔', [[4, 'crime']]],
  ['ja', '8人の若者が武器を持って紛争を解決しようとしたところ、警察に止められた。', [[8, 'crime']]],
  // Weapons seized are still weapons.
  ['ja', '警察は密輸された拳銃5丁と弾薬を押収した。', [[5, 'weapons']]],
];

describe('Function: extractFigures topics (col51b classes)', () => {
  it.each(TOPICS)('%s: %s', (...c) => checkTopics(c));
});
