/**
 * Session 22 (pe22b): a city named after a person read after an office is the city, not an official
 * ("مدينة هو تشي منه", Hồ Chí Minh city); an office's holder named after an honorific that closes the office's
 * phrase in Arabic ("مدير ... السيد X"); a rank before a name whose family name the script's list lacks, a
 * middle name between ("Trịnh Văn Long" in Arabic, Urdu and Persian letters); and Văn as a rare family name
 * of a three-syllable name after a title ("Văn Đức Long"). Invented sentences, written for the purpose.
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import type { Document } from '../../lambdas/extract/types.js';

function doc(body: string, language: string): Document {
  return { body, folded: fold(body), sentences: splitSentences(body), language };
}

function officials(body: string, language: string): Array<[string, string | null]> {
  return findPeople(doc(body, language), { isPlaceName, isNamesake, isLocalityName }).map((p) => [
    p.name,
    p.rank,
  ]);
}

type Case = [language: string, body: string, expected: Array<[string, string | null]>];

describe('Function: findPeople (a city named after a person, in Arabic script, is no official)', () => {
  it.each<Case>([
    ['ar', 'وقال نائب رئيس هو تشي منه إن المدينة ستستثمر في البنية التحتية خلال السنوات المقبلة.', []],
    [
      'ar',
      'وقال مدير جمارك هو تشي منه تران فان هاي إن 18 مخالفة تم اكتشافها هذا العام في المطار.',
      [['تران فان هاي', null]],
    ],
    [
      'ar',
      'وقال مدير شرطة محافظة دونغ ناي العقيد نجوين فان هونغ إن التحقيق مستمر في القضية حتى الآن.',
      [['نجوين فان هونغ', 'colonel']],
    ],
  ])('[%s] %s', (language, body, expected) => {
    expect(officials(body, language)).toEqual(expected);
  });
});

describe('Function: findPeople (Arabic: an honorific closes the office phrase before its holder)', () => {
  it.each<Case>([
    [
      'ar',
      'وقال نائب مدير إدارة الضرائب في مدينة هو تشي منه السيد تران فان هاي إن الإيرادات ارتفعت.',
      [['تران فان هاي', null]],
    ],
    [
      'ar',
      'وأعلن رئيس لجنة الشعب لمدينة هو تشي منه السيد فام مينه تونغ أن المشروع سيكتمل قريبا.',
      [['فام مينه تونغ', null]],
    ],
  ])('[%s] %s', (language, body, expected) => {
    expect(officials(body, language)).toEqual(expected);
  });
});

describe('Function: findPeople (a rank before a family name the list lacks, a middle name between)', () => {
  it.each<Case>([
    [
      'ur',
      'ٹیم میں کیپٹن لی وان ہائی اور سینئر لیفٹیننٹ ٹرین کووک بنہ شامل تھے جو سڑک پر گشت کر رہے تھے۔',
      [
        ['لی وان ہائی', 'captain'],
        ['ٹرین کووک بنہ', 'senior lieutenant'],
      ],
    ],
    [
      'ar',
      'وقال الرائد كوانغ فان تشين إن الدورية أوقفت السيارة عند نقطة التفتيش.',
      [['كوانغ فان تشين', 'major']],
    ],
    ['ur', 'میجر کھوات وان تھانگ نے بتایا کہ گاڑی کو روک لیا گیا۔', [['کھوات وان تھانگ', 'major']]],
    ['fa', 'سرهنگ ترینه وان هونگ گفت که تحقیقات ادامه دارد.', [['ترینه وان هونگ', 'colonel']]],
  ])('[%s] %s', (language, body, expected) => {
    expect(officials(body, language)).toEqual(expected);
  });
});

describe('Function: findPeople (Văn as the family name of a three-syllable name after a title)', () => {
  it.each<Case>([
    [
      'it',
      'Il direttore del centro, Van Duc Long, ha dichiarato che i lavori finiranno a dicembre.',
      [['Van Duc Long', null]],
    ],
    [
      'en',
      'The director of the hospital, Van Thanh Hai, said the five injured were stable.',
      [['Van Thanh Hai', null]],
    ],
    [
      'ro',
      'Potrivit directorului spitalului, Van Minh Tuan, cei cinci răniți sunt în stare stabilă.',
      [['Van Minh Tuan', null]],
    ],
    [
      'vi',
      'Trung tá Văn Đức Long cho biết công trình sẽ hoàn thành trong tháng 12.',
      [['Văn Đức Long', 'lieutenant-colonel']],
    ],
    [
      'fr',
      'Le lieutenant-colonel Nguyen Van Long a confirmé l’arrestation de deux suspects.',
      [['Nguyen Van Long', 'lieutenant-colonel']],
    ],
  ])('[%s] %s', (language, body, expected) => {
    expect(officials(body, language)).toEqual(expected);
  });
});
