/**
 * Session 52 people classes, each read with sentences written for the purpose: a captain a source word names as
 * the speaker ("according to Captain X, the suspect ..."), the story after the comma no apposition of his; one
 * official whose name a translation spells with and without a syllable's coda (Bengali "থানহ", "থান"); a
 * private organisation joined by a genitive before its head's office (Urdu "رضاکار ٹیم کے سربراہ X"), or named
 * between the office and the name (Arabic "مدير شركة ... X"); a ship's master or a club's head named with his
 * vessel or club in a phrase after the name ("Captain X of the fishing vessel", "voorzitter X van de
 * voetbalclub") or before his title; Thai and Korean heads of a district ("นายอำเภอ", "군수").
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

function people(text: string, language: string): Array<[string, string | null]> {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName }).map((p) => [
    p.name,
    p.rank,
  ]);
}

describe('Function: findPeople (a captain named as the speaker by a source word)', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    ['en', 'According to Captain Tran Van Nam, the suspect was arrested.', [['Tran Van Nam', 'captain']]],
    ['ru', 'По словам капитана Чан Ван Нама, подозреваемого задержали.', [['Чан Ван Нам', 'captain']]],
    ['uk', 'За словами капітана Чан Ван Нама, підозрюваного затримали.', [['Чан Ван Нам', 'captain']]],
    [
      'it',
      'Secondo il capitano Tran Van Nam, il sospettato è stato arrestato.',
      [['Tran Van Nam', 'captain']],
    ],
    ['pt', 'Segundo o capitão Tran Van Nam, o suspeito foi preso.', [['Tran Van Nam', 'captain']]],
    ['nl', 'Volgens kapitein Tran Van Nam, de verdachte is opgepakt.', [['Tran Van Nam', 'captain']]],
    // No source word: the words after the comma say who the captain is, a ship's master with his crew.
    ['en', 'The fishing boat captain Tran Van Nam, the suspect, was arrested.', []],
    ['en', 'Captain Tran Van Nam, a suspect in the smuggling case, was arrested.', []],
  ])('%s: %s lists %j', (language, text, expected) => {
    expect(people(text, language)).toEqual(expected);
  });
});

describe('Function: findPeople (one official, a syllable spelt with and without its coda)', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    ['bn', 'ক্যাপ্টেন কিউ থানহ হাং বলেন। পরে ক্যাপ্টেন কিউ থান হাং বলেন।', [['কিউ থানহ হাং', 'captain']]],
    ['hi', 'कैप्टन ले थान्ह हाई ने कहा। बाद में कैप्टन ले थान हाई ने बताया।', [['ले थान्ह हाई', 'captain']]],
    // Two ranks, or a vowel that differs, are two officials.
    [
      'bn',
      'কর্নেল নগুয়েন ভান হুং বলেন। পরে মেজর নগুয়েন ভা হুং বলেন।',
      [
        ['নগুয়েন ভান হুং', 'colonel'],
        ['নগুয়েন ভা হুং', 'major'],
      ],
    ],
    [
      'bn',
      'ক্যাপ্টেন কিউ থানহ হাং বলেন। পরে ক্যাপ্টেন কিউ থানহ হুং বলেন।',
      [
        ['কিউ থানহ হাং', 'captain'],
        ['কিউ থানহ হুং', 'captain'],
      ],
    ],
    // Latin letters spell Vietnamese: Thanh and Than are two names.
    [
      'en',
      'Captain Le Thanh Hai spoke. Later Captain Le Than Hai spoke.',
      [
        ['Le Thanh Hai', 'captain'],
        ['Le Than Hai', 'captain'],
      ],
    ],
  ])('%s: %s lists %j', (language, text, expected) => {
    expect(people(text, language)).toEqual(expected);
  });
});

describe('Function: findPeople (a private organisation joined by a genitive before its head)', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    ['ur', 'رضاکار ٹیم کے سربراہ نگوین وان نام نے بتایا کہ امدادی کام جاری ہے۔', []],
    // The provincial police's head is an official.
    ['ur', 'صوبائی پولیس کے سربراہ نگوین وان نام نے بتایا کہ تحقیقات جاری ہیں۔', [['نگوین وان نام', null]]],
  ])('%s: %s lists %j', (language, text, expected) => {
    expect(people(text, language)).toEqual(expected);
  });
});

describe('Function: findPeople (a company named between an Arabic office and its holder)', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    ['ar', 'قال مدير شركة هوا فات نغوين فان هوا إن المبيعات ارتفعت.', []],
    ['ar', 'قال مدير شرطة المقاطعة نغوين فان هوا إن التحقيق جار.', [['نغوين فان هوا', null]]],
  ])('%s: %s lists %j', (language, text, expected) => {
    expect(people(text, language)).toEqual(expected);
  });
});

describe('Function: findPeople (a ship or a club named with its captain or head)', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    ['en', 'Captain Nguyen Van Son of the fishing vessel said the storm hit.', []],
    ['en', 'Football club president Tran Van Nam said the team would win.', []],
    ['nl', 'Kapitein Nguyen Van Son van het vissersschip zei dat de storm toesloeg.', []],
    ['nl', 'Voorzitter Tran Van Nam van de voetbalclub zei dat.', []],
    ['nl', 'De voorzitter van de voetbalclub, Tran Van Nam, zei dat.', []],
    ['ur', 'ماہی گیری کشتی کے کپتان نگوین وان سون نے کہا کہ طوفان آیا۔', []],
    ['ur', 'کمپنی کے ڈائریکٹر نگوین وان ہوا نے کہا کہ فروخت بڑھ گئی۔', []],
    // A police captain, a unit after his name, and the head of a state body stay officials.
    [
      'en',
      'Captain Nguyen Van Son of the district police said the storm hit.',
      [['Nguyen Van Son', 'captain']],
    ],
    ['nl', 'Voorzitter Tran Van Nam van het Volkscomité zei dat.', [['Tran Van Nam', null]]],
    ['ur', 'صوبائی پولیس کے کپتان نگوین وان سون نے کہا کہ', [['نگوین وان سون', 'captain']]],
  ])('%s: %s lists %j', (language, text, expected) => {
    expect(people(text, language)).toEqual(expected);
  });
});

describe('Function: findPeople (a district head in Thai and Korean)', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    ['th', 'นายอำเภอ เหงียน วัน นาม กล่าวว่า ถนนเปิดแล้ว', [['เหงียน วัน นาม', null]]],
    ['th', 'นายเหงียน วัน นาม นายอำเภอเมือง กล่าวว่า ถนนเปิดแล้ว', [['เหงียน วัน นาม', null]]],
    ['th', 'พ.ต.ท. เหงียน วัน นาม รองสารวัตรสถานีตำรวจ กล่าวว่า', [['เหงียน วัน นาม', 'lieutenant-colonel']]],
    ['ko', '쩐 반 남 군수는 도로가 개통됐다고 밝혔다.', [['쩐 반 남', null]]],
    // Military supplies (군수품) are no county head.
    ['ko', '쩐 반 남 씨는 군수품을 운반했다.', []],
  ])('%s: %s lists %j', (language, text, expected) => {
    expect(people(text, language)).toEqual(expected);
  });
});
