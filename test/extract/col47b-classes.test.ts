/**
 * Classes of batch 47b (col47b: bn ur), on sentences written for this test:
 * - bn officials: the genitive written as a vowel sign after a name that ends in a consonant ("নামের", of Nam)
 *   ends the name there, as the independent -এর and -য়ের do (lexicon namesInScript.particles);
 * - bn -মূলক makes an adjective of the noun it is glued to ("অপরাধমূলক", criminal), as -গত does: the case
 *   word অপরাধ (crime) inside it names no count (lexicon adjectiveSuffixes);
 * - bn a chat or social network named (Zalo, Facebook, TikTok, Telegram) sets a deal or a cheat online: cyber,
 *   as the English and Vietnamese lexicons have it (topics.cyber);
 * - ur relief and donations (امدادی سامان, عطیات) are topic other, as Bengali ত্রাণ and সহায়তা are, even
 *   where the police carry them;
 * - ko a stun gun (전기충격기) is a weapon, counted with 정 as guns are;
 * - ja the tael of gold is written テール as well as タエル (a count of unit other).
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';
import { checkTopics, type TopicCase } from '../support/topic-case.js';

function officials(text: string, language: string): Array<[string, string | null]> {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName })
    .map((p): [string, string | null] => [p.name, p.rank])
    .sort();
}

describe('Function: findPeople (col47b classes)', () => {
  it.each([
    ['bn', 'কর্নেল লে ভ্যান নামের নির্দেশে একটি দল ঘটনাস্থলে পৌঁছায়।', [['লে ভ্যান নাম', 'colonel']]],
    ['bn', 'মেজর ত্রান ভ্যান সনের কার্যালয়ে বৈঠক হয়।', [['ত্রান ভ্যান সন', 'major']]],
    // The longer ending after a vowel is still taken whole.
    ['bn', 'মেজর ফাম ভ্যান হাইয়ের নেতৃত্বে একটি দল ঘটনাস্থলে পৌঁছায়।', [['ফাম ভ্যান হাই', 'major']]],
  ])('%s: %s', (language, text, expected) => {
    // Act
    const found = officials(text, language);

    // Assess
    expect(found).toEqual(expected);
  });
});

const FIGURES: Array<[string, string, Array<[number, string]>]> = [
  [
    'ko',
    '압수품에는 전기충격기 24정과 칼 3자루가 포함된다.',
    [
      [24, 'weapon'],
      [3, 'weapon'],
    ],
  ],
  [
    'ja',
    '警察は金10テールと銃2丁を押収した。',
    [
      [10, 'other'],
      [2, 'weapon'],
    ],
  ],
  // The criminal rings are groups; the cases are cases.
  [
    'bn',
    'পুলিশ ৪টি অপরাধমূলক চক্র ভেঙে দিয়েছে এবং ৩টি মামলা তদন্ত করছে।',
    [
      [4, 'group'],
      [3, 'case'],
    ],
  ],
];

describe('Function: extractFigures (col47b classes)', () => {
  itReadsEach(FIGURES, valueAndUnit);
});

const TOPICS: TopicCase[] = [
  [
    'bn',
    'ফেসবুকে একটি অ্যাকাউন্ট থেকে অর্ডার পেয়ে তিনি ২০০ কেজি মাছ পাঠান, যার মূল্য ৩০ মিলিয়ন ভিয়েতনামি ডং।',
    [
      [200, 'cyber'],
      [30000000, 'cyber'],
    ],
  ],
  ['bn', 'জালোতে পরিচিত হওয়া এক ব্যক্তি তার কাছ থেকে ১৫ মিলিয়ন ভিয়েতনামি ডং নিয়েছে।', [[15000000, 'cyber']]],
  ['ur', 'صوبائی پولیس نے طلبہ کے لیے 15 ٹن امدادی سامان بھیجا۔', [[15000, 'other']]],
  // The relief word in the next sentence of the paragraph names what the goods were.
  ['ur', 'پولیس نے 15 ٹن سامان جمع کیا۔ یہ امدادی سامان شہر پہنچ گیا۔', [[15000, 'other']]],
];

describe('Function: extractFigures topics (col47b classes)', () => {
  it.each(TOPICS)('%s: %s', (...c) => checkTopics(c));
});
