/**
 * Classes of batch 48b (col48b: bn ja km), on sentences written for this test:
 * - km a number right after a place word, ភូមិ (hamlet), តំបន់ (zone) or សង្កាត់ (ward), names the place, as
 *   one after ភូមិទី does: no count (lexicon nameWords). A count still puts its number before the place word;
 * - km a mine (គ្រាប់មីន, មីនតោន) is a weapon cue; the bare syllable មីន is not one, as it starts the month
 *   មីនា (March);
 * - bn a fire-and-rescue or rescue দল is a team, not a group as a bare দল (a gang) is, with the regional teams'
 *   name (আঞ্চলিক অগ্নিনির্বাপণ ও উদ্ধার দল) one unit so that an adjective may stand before it (units.team);
 * - ja forging official papers or driving licences (公文書偽造, 偽造運転免許証) is an offence: where the article
 *   names it, it leads the article's subjects and a count by the licence is crime, though a driving licence is
 *   otherwise a traffic cue (offences).
 */
import { describe, it } from 'vitest';
import { itReadsEach, valueAndUnit, valueUnitAndTopic } from '../support/figure-cases.js';
import { checkTopics, type TopicCase } from '../support/topic-case.js';

const FIGURES: Array<[string, string, Array<[number, string]>]> = [
  ['km', 'ប៉ូលីសបានទៅភូមិ៣ និងតំបន់ 4 ហើយចាប់ខ្លួនមនុស្ស៥នាក់។', [[5, 'person']]],
  ['km', 'ក្រុមការងារបានល្បាតនៅសង្កាត់ ៧ និងឃាត់ខ្លួនជនសង្ស័យ២នាក់។', [[2, 'person']]],
  // The count of places puts its number before the place word.
  ['km', 'ទឹកជំនន់បានវាយប្រហារ ៤ភូមិ ក្នុងស្រុកនេះ។', [[4, 'locality']]],
  [
    'bn',
    'প্রাদেশিক পুলিশ ৫টি উদ্ধারকারী দল এবং ২টি অগ্নিনির্বাপক দল ঘটনাস্থলে পাঠিয়েছে।',
    [
      [5, 'team'],
      [2, 'team'],
    ],
  ],
  ['bn', 'নগর পুলিশ ১২টি নতুন আঞ্চলিক অগ্নিনির্বাপণ ও উদ্ধার দল গঠন করেছে।', [[12, 'team']]],
  // A bare দল of offenders stays a group.
  ['bn', 'পুলিশ মাদক পাচারকারী ৩টি দল ভেঙে দিয়েছে।', [[3, 'group']]],
];

describe('Function: extractFigures (col48b classes)', () => {
  itReadsEach(FIGURES, valueAndUnit);
});

const TOPICS: TopicCase[] = [
  ['km', 'ពួកគេបានឃើញគ្រាប់មីនមួយ ធ្លាក់ពីលើដំបូល ហើយបុរសបីនាក់បានរត់គេចខ្លួន។', [[3, 'weapons']]],
  // March (មីនា) is no mine: the theft stays crime.
  ['km', 'នៅថ្ងៃទី៩ ខែមីនា ប៉ូលីសបានចាប់ខ្លួនចោរលួចម៉ូតូ៣នាក់។', [[3, 'crime']]],
  // The article names the forgery twice, so its offences lead it (an offence named once leaves a count by the
  // licence to traffic).
  [
    'ja',
    '警察は運転免許証などの公文書偽造グループのメンバー4人を逮捕した。容疑者は偽造免許証を客に売っていた。',
    [[4, 'crime']],
  ],
  // A driving licence with no forgery stays a traffic cue.
  ['ja', '警察は飲酒運転で運転免許証を持たない男2人を摘発した。', [[2, 'traffic']]],
];

describe('Function: extractFigures topics (col48b classes)', () => {
  it.each(TOPICS)('%s: %s', (...c) => checkTopics(c));
});

describe('Function: extractFigures forged licences (col48b classes)', () => {
  // The licences counted with 枚 count the licence noun before it (documents, as tuning r2763's gold writes them;
  // session 56): their topic is the forgery's.
  itReadsEach([['ja', '警察は偽造運転免許証5枚を押収した。', [[5, 'document', 'crime']]]], valueUnitAndTopic);
});
