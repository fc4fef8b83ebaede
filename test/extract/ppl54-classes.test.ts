/**
 * Session 54 people classes, each read with sentences written for the purpose:
 * - in the spaced scripts without capitals (Arabic, Urdu, Bengali, Hindi) a dash between spaces sets off the
 *   office after a name as a comma does ("X - نائب قائد الجمارك: ..."), and a colon before a quotation ends it;
 * - a former-word with a deputy word spaced between it and the office ("سابق نائب ڈائریکٹر X", "প্রাক্তন উপ পরিচালক
 *   X") and Arabic's former-word after the office ("نائب المدير السابق X") make the office no longer held;
 * - English and Italian passive arrests and charges after a name ("X, a police officer, was arrested", "è stato
 *   arrestato"; lexicon chargeWords) make its holder a defendant; read after the name only, so that "the suspect
 *   was arrested by Colonel X" keeps the colonel, and the officer who speaks stays;
 * - Korean papers that do not follow the official transcription spell Nguyễn 구엔 or 뉴엔 and Dương 두옹: family
 *   names as 응우옌 and 즈엉 are (ko lexicon namesInScript.familyNames);
 * - an Arabic office whose organisation ends with a place word with the article ("أمين لجنة الحزب في المقاطعة X",
 *   the Party secretary in the province, X) has its holder's name right after it, and "بأن" (that) ends a name;
 * - a private cue before a rank names the officer no suspect when a word stands between them: the passive's agent
 *   ("arrested by Colonel X", "arrêté par le colonel X", "arrestato dal colonnello X").
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

type Case = [language: string, text: string, expected: Array<[string, string | null]>];

function itReadsEach(cases: Case[]): void {
  it.each<Case>(cases)('%s: %s lists %j', (language, text, expected) => {
    // Act
    const people = findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName });

    // Assess
    expect(people.map((p) => [p.name, p.rank])).toEqual(expected);
  });
}

describe('Function: findPeople (ppl54 classes)', () => {
  describe('a spaced dash opens the office after a name written in a script without capitals', () => {
    itReadsEach([
      ['ar', 'قال نجوين فان هونغ - نائب قائد جمارك المعبر: "نحن نعمل".', [['نجوين فان هونغ', null]]],
      [
        'ar',
        'قال السيد نجوين فان هونغ - نائب رئيس اللجنة الشعبية للمقاطعة: "الوضع مستقر".',
        [['نجوين فان هونغ', null]],
      ],
      ['ur', 'نگوین وان ہنگ - صوبائی پولیس کے ڈپٹی ڈائریکٹر نے کہا۔', [['نگوین وان ہنگ', null]]],
      ['bn', 'নগুয়েন ভান হুং - প্রাদেশিক পুলিশের উপ-পরিচালক বলেন।', [['নগুয়েন ভান হুং', null]]],
      // No office after the dash, or a private one: nobody.
      ['ar', 'قال نجوين فان هونغ - سائق الشاحنة: "لم أر شيئا".', []],
      ['ar', 'اعتقلت الشرطة نجوين فان هونغ - مدير شركة البناء.', []],
    ]);
  });

  describe('a former-word over a spaced deputy word, or after an Arabic office, makes no official', () => {
    itReadsEach([
      ['ur', 'سابق نائب ڈائریکٹر نگوین وان ہنگ کو گرفتار کر لیا گیا۔', []],
      ['bn', 'প্রাক্তন উপ পরিচালক নগুয়েন ভান হুংকে গ্রেপ্তার করা হয়েছে।', []],
      ['ar', 'وقال نائب المدير السابق نجوين فان هونغ إن القضية أغلقت.', []],
      // The deputy's office without a former-word is held.
      ['ur', 'نائب ڈائریکٹر نگوین وان ہنگ نے کہا۔', [['نگوین وان ہنگ', null]]],
      ['bn', 'উপ পরিচালক নগুয়েন ভান হুং বলেন।', [['নগুয়েন ভান হুং', null]]],
    ]);
  });

  describe('a passive arrest or charge after a name makes its holder a defendant', () => {
    itReadsEach([
      ['en', 'Nguyen Van Hung, a police officer in Hanoi, was arrested for taking bribes.', []],
      ['en', 'Police officer Nguyen Van Hung was accused of taking bribes.', []],
      ['en', 'Captain Le Van Tan was suspended after the incident.', []],
      ['it', 'Nguyen Van Hung, agente di polizia a Hanoi, è stato arrestato per corruzione.', []],
      // The officer who speaks of the arrest, or makes it, stays.
      [
        'en',
        'Colonel Nguyen Van Hung said the driver was detained at the scene.',
        [['Nguyen Van Hung', 'colonel']],
      ],
      [
        'en',
        'The suspect was arrested by police under Colonel Nguyen Van Hung.',
        [['Nguyen Van Hung', 'colonel']],
      ],
      [
        'it',
        'Il colonnello Nguyen Van Hung ha detto che il sospettato è stato arrestato.',
        [['Nguyen Van Hung', 'colonel']],
      ],
    ]);
  });

  describe('Korean spellings of Nguyễn and Dương outside the official transcription are family names', () => {
    itReadsEach([
      ['ko', '꽝닌성 공안 부국장 구엔 반 훙 대령은 밝혔다.', [['구엔 반 훙', 'colonel']]],
      ['ko', '뉴엔 반 탄 꽝닌성 인민위원회 위원장은 현장을 방문했다.', [['뉴엔 반 탄', null]]],
      ['ko', '국경수비대 사령관 두옹 반 남 중령은 밝혔다.', [['두옹 반 남', 'lieutenant-colonel']]],
      // A suspect so spelt stays a suspect.
      ['ko', '피의자 구엔 반 훙은 혐의를 인정했다.', []],
    ]);
  });

  describe('an Arabic organisation may end with a place word with the article', () => {
    itReadsEach([
      ['ar', 'وقال أمين لجنة الحزب في المقاطعة نجوين فان هونغ إن الوضع مستقر.', [['نجوين فان هونغ', null]]],
      [
        'ar',
        'وأفاد رئيس المحكمة الشعبية للمقاطعة نجوين فان هونغ بأن الحكم نهائي.',
        [['نجوين فان هونغ', null]],
      ],
      // The name must follow the place word: a verb between leaves the office without a holder.
      ['ar', 'وقال رئيس اللجنة الشعبية في المقاطعة التقى نجوين فان هونغ.', []],
    ]);
  });

  describe('the agent of a passive arrest is the officer, not a suspect', () => {
    itReadsEach([
      [
        'en',
        'Tran Van Nam, the gang leader, was arrested by Colonel Nguyen Van Hung.',
        [['Nguyen Van Hung', 'colonel']],
      ],
      ['fr', 'Le suspect a été arrêté par le colonel Nguyen Van Hung.', [['Nguyen Van Hung', 'colonel']]],
      [
        'it',
        'Il sospettato è stato arrestato dal colonnello Nguyen Van Hung.',
        [['Nguyen Van Hung', 'colonel']],
      ],
      // The cue right before the rank still names a suspect.
      ['en', 'Police arrested Major Nguyen Van Hung for taking bribes.', []],
      ['vi', 'Bị cáo Đại úy Nguyễn Văn Hùng khai nhận hành vi.', []],
    ]);
  });
});
