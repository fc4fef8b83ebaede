/**
 * Session 53 people classes, each read with sentences written for the purpose:
 * - Arabic writes the definite article on common words, never on a syllable of a transcribed Vietnamese name: a
 *   word carrying it ("المصابين", "بالسجن") ends the name read after a rank or an office;
 * - an Arabic rank after the preposition ل is written with the article's alef dropped ("وفقا للرائد X",
 *   according to Major X; "للواء" for "اللواء"): it is the rank still;
 * - a Korean defendant's or suspect's designation right after the name ("X 피고인", "X 피의자"; lexicon privateCues)
 *   makes the named no official whatever office came before it;
 * - Russian "направил", "направила" and Ukrainian "направив", "надіслав" (sent: condolences to the families of the
 *   dead) are an official's act, so the harm word after them is the others' (actWords);
 * - the Ukrainian noun of a detention ("про затримання повідомив полковник X", the colonel reported the
 *   detention) is no private cue: the verb's forms and the detained one's participle stay cues.
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

describe('Function: findPeople (ppl53 classes)', () => {
  describe('an Arabic word with the article ends the name before it', () => {
    itReadsEach([
      ['ar', 'وزار العقيد لي فان هونغ المصابين في المستشفى.', [['لي فان هونغ', 'colonel']]],
      ['ar', 'وقال مدير شرطة المقاطعة نجوين فان نام الخبر في المؤتمر.', [['نجوين فان نام', null]]],
      // A fourth word without the article, a phrase closed after it, stays the name's.
      [
        'ar',
        'وقال المقدم نجوين ثي كيم نجان، إن التحقيق مستمر.',
        [['نجوين ثي كيم نجان', 'lieutenant-colonel']],
      ],
    ]);
  });

  describe('an Arabic rank after the preposition ل is the rank', () => {
    itReadsEach([
      ['ar', 'وفقا للرائد لي فان آن، فإن المشتبه به اعترف.', [['لي فان آن', 'major']]],
      ['ar', 'وفقاً للملازم نجوين فان آن، فإن الحريق بدأ في المطبخ.', [['نجوين فان آن', 'lieutenant']]],
      ['ar', 'وفقا للواء تران فان نام، فإن القضية خطيرة.', [['تران فان نام', 'major-general']]],
      // Without a name after it, the rank lists nobody.
      ['ar', 'وقدمت الشكر للرائد على جهوده.', []],
    ]);
  });

  describe('a Korean defendant or suspect designation after the name makes no official', () => {
    itReadsEach([
      ['ko', '성 당서기 레 반 탄 피고인에게 징역형이 선고됐다.', []],
      ['ko', '성 공안 부국장 레 반 탄 피의자는 혐의를 부인했다.', []],
      // The designation of someone else, later in the clause, leaves the official his office.
      ['ko', '성 공안 부국장 레 반 탄은 피의자를 직접 조사했다.', [['레 반 탄', null]]],
    ]);
  });

  describe('the Ukrainian noun of a detention is no private cue', () => {
    itReadsEach([
      ['uk', 'Про затримання повідомив полковник Нгуєн Ван Кхоа.', [['Нгуєн Ван Кхоа', 'colonel']]],
      [
        'uk',
        'Після затримання підполковник Ле Ван Хунг, заступник начальника поліції, провів нараду.',
        [['Ле Ван Хунг', 'lieutenant-colonel']],
      ],
      // The verb and the participle still make the named a suspect.
      ['uk', 'Поліція затримала майора Нгуєн Ван Хоа за хабар.', []],
      ['uk', 'Затриманий капітан Нгуєн Ван Хоа зізнався.', []],
    ]);
  });

  describe('a Russian or Ukrainian official who sends condolences acts in the story', () => {
    itReadsEach([
      [
        'ru',
        'Премьер-министр Фам Минь Тинь направил соболезнования семьям погибших.',
        [['Фам Минь Тинь', null]],
      ],
      [
        'uk',
        'Голова Народного комітету провінції Ле Ван Тхань надіслав допомогу пораненим.',
        [['Ле Ван Тхань', null]],
      ],
      // "направили" (they sent him) is no act of his: the injured major stays a victim.
      ['ru', 'Майор Ле Ван Ан был ранен, его направили в больницу.', []],
    ]);
  });
});
