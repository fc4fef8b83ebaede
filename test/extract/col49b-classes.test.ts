/**
 * Classes of batch 49b (col49b: ar ur), on sentences written for this test:
 * - ur nouns of persons by status or office count persons: accomplices and companions (ساتھی), lawyers
 *   (وکلاء), defendants (مدعا علیہان), heads (سربراہ, ہیڈز, also after a genitive: "5 محکمہ کے سربراہ", the
 *   heads of five departments) and the "faces" (چہرے) an honours list counts (units.person);
 * - ur models (ماڈلز) are unit model, centres (مراکز) organization, and the collectives (اجتماعی) a
 *   commendation counts beside persons are teams, as vi "tập thể" is (units);
 * - ur "کے قریب" (about) written between a number and its noun is skipped as "سے زائد" is (connectors);
 * - ur an ordinal written apart ("60 ویں سالگرہ", the 60th anniversary) is a label, no count (labelsAfter);
 * - ur honours, awards and commendations (اعزاز, ایوارڈ, تعریفی, تمغہ) are topic awards; retirement and pensions
 *   (ریٹائرمنٹ, پنشن) are administration, as en "pension*" and vi "lương hưu" are;
 * - ar a day of Tết ("29 تيت", the 29th of the lunar new year) is a date, as a day of a month is (months);
 * - ur people: a chief (چیف) is an office; a defendant (مدعا علیہ) is no official, whatever office he held;
 * - ar people: الجنرال is the rank of general; a secretary (أمين) and a chairwoman (رئيسة) are offices; a headline's
 *   present-tense verb right after a two-word name ("يحضر", attends; "يترأس", chairs) ends the name
 *   (namesInScript.wordsAfterName).
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';
import { checkTopics, type TopicCase } from '../support/topic-case.js';

const FIGURES: Array<[string, string, Array<[number, string]>]> = [
  [
    'ur',
    'عدالت نے 17 مدعا علیہان کے مقدمے کی سماعت کی اور 90 سے زائد وکلاء اس میں شریک ہوئے۔',
    [
      [17, 'person'],
      [90, 'person'],
    ],
  ],
  ['ur', 'پولیس نے گروہ کے سرغنہ اور اس کے 6 ساتھیوں کو گرفتار کر لیا۔', [[6, 'person']]],
  [
    'ur',
    'صوبائی پولیس نے 3 ڈیپارٹمنٹ ہیڈز اور 5 محکمہ کے سربراہ کی ریٹائرمنٹ کا اعلان کیا۔',
    [
      [3, 'person'],
      [5, 'person'],
    ],
  ],
  [
    'ur',
    'تقریب میں 40 چہرے منتخب کیے گئے جو 120 ماڈلز، 1,500 اجتماعی اور 2,000 افراد میں سے تھے۔',
    [
      [40, 'person'],
      [120, 'model'],
      [1500, 'team'],
      [2000, 'person'],
    ],
  ],
  ['ur', 'صوبے میں گاڑیوں کے 7 مراکز کا معائنہ کیا گیا۔', [[7, 'organization']]],
  ['ur', 'پولیس نے بتایا کہ تقریب میں 250 کے قریب افسران اور جوانوں نے شرکت کی۔', [[250, 'person']]],
  // The ordinal of an anniversary is no count; the persons beside it are.
  ['ur', 'یونٹ کی 45 ویں سالگرہ پر 30 افسران کو انعام دیا گیا۔', [[30, 'person']]],
  // A day of Tết is a date, with or without "of" (من) between; the persons rescued are counted.
  ['ar', 'في يوم 28 من تيت أنقذت الشرطة 3 أشخاص من حريق اندلع في منزل.', [[3, 'person']]],
  ['ar', 'اندلع الحريق بعد ظهر يوم 29 تيت وأنقذت الشرطة 4 أشخاص.', [[4, 'person']]],
];

describe('Function: extractFigures (col49b classes)', () => {
  itReadsEach(FIGURES, valueAndUnit);
});

const TOPICS: TopicCase[] = [
  ['ur', 'صوبائی پولیس نے 4 افسران کی ریٹائرمنٹ کا اعلان کیا جو پنشن حاصل کریں گے۔', [[4, 'administration']]],
  ['ur', 'سٹی پولیس نے تقریب میں 25 افسران کو تعریفی اسناد اور ایوارڈ دیے۔', [[25, 'awards']]],
  [
    'ur',
    'وزارت نے 12 اجتماعی اور 30 افراد کو تمغے سے نوازا۔',
    [
      [12, 'awards'],
      [30, 'awards'],
    ],
  ],
];

describe('Function: extractFigures topics (col49b classes)', () => {
  it.each(TOPICS)('%s: %s', (...c) => checkTopics(c));
});

function officials(text: string, language: string): Array<[string, string | null]> {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName })
    .map((p): [string, string | null] => [p.name, p.rank])
    .sort();
}

describe('Function: findPeople (col49b classes)', () => {
  it.each([
    [
      'ur',
      'صوبائی عدالت کے دفتر کے چیف مسٹر لی وان تھانہ نے بتایا کہ سماعت کل ہوگی۔',
      [['لی وان تھانہ', null]],
    ],
    // A defendant who held an office is still no official.
    ['ur', 'مدعا علیہ Tran Van Binh (سابقہ ڈائریکٹر) نے عدالت میں اعتراف کیا۔', []],
    ['ar', 'الوزير دو هونغ يترأس اجتماع شرطة المقاطعة مع قادة الوحدات', [['دو هونغ', null]]],
    ['ar', 'الأمين العام لي مينه يفتتح النصب التذكاري في المدينة', [['لي مينه', null]]],
    [
      'ar',
      'وحضر الاجتماع الجنرال فام فان هوا، وزير الأمن العام، والسيدة تران ثي لان، رئيسة اللجنة الشعبية.',
      [
        ['تران ثي لان', null],
        ['فام فان هوا', 'general'],
      ],
    ],
  ] as Array<[string, string, Array<[string, string | null]>]>)('%s: %s', (language, text, expected) => {
    // Act
    const found = officials(text, language);

    // Assess
    expect(found).toEqual(expected);
  });
});
