/**
 * Classes of batch 46b (col46b: bn ja ko ur zh), on sentences written for this test:
 * - bn officials: a case ending glued to the name's last word (the accusative -কে, the genitive -এর, -য়ের)
 *   ends the name there, as Nepali "-ले" does (lexicon namesInScript.particles): "কর্নেল ... হাইকে" is colonel
 *   ... Hải, not "Hảike";
 * - bn weapons made at home or by hand ("ঘরে তৈরি বন্দুক") are one unit phrase: the locative ঘরে (at home)
 *   otherwise starts the room (ঘর, unit other) it glues to;
 * - bn fraud (প্রতারণা, জালিয়াতি) is crime, and cyber beside its means at a distance (a phone call, a transfer,
 *   an account) or an impersonation (ছদ্মবেশে): lexicon fraud, channels, impersonation;
 * - zh: an amount of cash with no currency ("30亿现金") is the dong; a number before 车站 (a station) is part
 *   of its name ("甲八车站", Giáp Bát station), no count of vehicles (labelsAfter; unitLookalikes keeps 车站 from
 *   starting the vehicle counter 车 where the station runs on into the next words).
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

describe('Function: findPeople (col46b classes)', () => {
  it.each([
    [
      'bn',
      'মন্ত্রী কর্নেল ত্রান ভ্যান লংকে প্রাদেশিক পুলিশের পরিচালক পদে নিয়োগ দিয়েছেন।',
      [['ত্রান ভ্যান লং', 'colonel']],
    ],
    ['bn', 'মেজর ফাম ভ্যান হাইয়ের নেতৃত্বে একটি দল ঘটনাস্থলে পৌঁছায়।', [['ফাম ভ্যান হাই', 'major']]],
    // No ending: the name is read whole, as before.
    ['bn', 'লেফটেন্যান্ট কর্নেল লে ভ্যান নাম বলেন, তদন্ত চলছে।', [['লে ভ্যান নাম', 'lieutenant-colonel']]],
  ])('%s: %s', (language, text, expected) => {
    // Act
    const found = officials(text, language);

    // Assess
    expect(found).toEqual(expected);
  });
});

const FIGURES: Array<[string, string, Array<[number, string]>]> = [
  [
    'bn',
    'অভিযানে পুলিশ ৪টি ঘরে তৈরি বন্দুক এবং ২টি হাতে তৈরি অস্ত্র জব্দ করেছে।',
    [
      [4, 'weapon'],
      [2, 'weapon'],
    ],
  ],
  [
    'zh',
    '警方在其住处查获近30亿现金和5公斤毒品。',
    [
      [3000000000, 'vnd'],
      [5, 'kg'],
    ],
  ],
  // The station's numeral names it; the motorbikes are counted.
  ['zh', '嫌疑人在美亭三车站,警方缴获2辆摩托车。', [[2, 'vehicle']]],
];

describe('Function: extractFigures (col46b classes)', () => {
  itReadsEach(FIGURES, valueAndUnit);
});

const TOPICS: TopicCase[] = [
  [
    'bn',
    'পুলিশ অফিসারের ছদ্মবেশে ফোন করে একজন ব্যক্তি এক মহিলার কাছ থেকে ২০০ মিলিয়ন ভিয়েতনামি ডং প্রতারণা করেছে।',
    [[200000000, 'cyber']],
  ],
  [
    'bn',
    'একটি ব্যাংক অ্যাকাউন্টে টাকা স্থানান্তর করার পর তিনি ৯০ মিলিয়ন ভিয়েতনামি ডং জালিয়াতির শিকার হন।',
    [[90000000, 'cyber']],
  ],
  // Fraud told with no means at a distance stays crime.
  ['bn', 'বাজারে এক ব্যবসায়ী ক্রেতাদের কাছ থেকে ৫০ মিলিয়ন ভিয়েতনামি ডং প্রতারণা করেছে।', [[50000000, 'crime']]],
];

describe('Function: extractFigures topics (col46b classes)', () => {
  it.each(TOPICS)('%s: %s', (...c) => checkTopics(c));
});
