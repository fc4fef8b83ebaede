/**
 * Session 39's people classes: compound ranks in Japanese and Korean, an age in brackets between a Hangul name
 * and its rank, and the others below. Sentences written for the purpose.
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

describe('Function: findPeople (compound ranks: 上級大尉, 상급 대위, thượng úy as translated)', () => {
  it.each<[string, string, string, string]>([
    ['ja', 'チャン・ヴァン・ナム上級大尉は現場で指揮を執った。', 'チャン・ヴァン・ナム', 'senior lieutenant'],
    [
      'ja',
      '出席者はレ・ヴァン・ホア大尉、ファム・ミン・トゥアン上級大尉。',
      'ファム・ミン・トゥアン',
      'senior lieutenant',
    ],
    ['ko', '쩐 반 남 상급 대위는 현장을 지휘했습니다.', '쩐 반 남', 'senior lieutenant'],
  ])('%s: %s gives %s, %s', (language, text, name, rank) => {
    expect(people(text, language)).toContainEqual([name, rank]);
  });

  it('keeps the plain rank apart', () => {
    expect(people('쩐 반 남 대위는 현장을 지휘했습니다.', 'ko')).toEqual([['쩐 반 남', 'captain']]);
  });
});

describe('Function: findPeople (an age in brackets between a Hangul name and its rank)', () => {
  it.each<[string, string, string]>([
    ['응우옌 반 남(45) 중령은 현장을 지휘했습니다.', '응우옌 반 남', 'lieutenant-colonel'],
    ['검문소에서 트럭이 레 쑤언 빈(37세) 소령을 피해 달아났습니다.', '레 쑤언 빈', 'major'],
  ])('%s gives %s, %s', (text, name, rank) => {
    expect(people(text, 'ko')).toEqual([[name, rank]]);
  });

  it.each([
    // A captain with an age may be a ship's master (lambdas/extract/README.md, people).
    '어선의 응우옌 반 남(45세) 대위는 배를 몰았습니다.',
    // No rank: the age marks a private person.
    '응우옌 반 남(45세)은 체포되었습니다.',
  ])('reads no official in %s', (text) => {
    expect(people(text, 'ko')).toEqual([]);
  });
});

describe('Function: findPeople (one official once, under one spelling: oneSpellingEach)', () => {
  it.each<[string, Array<[string, string | null]>]>([
    // The name in Latin letters beside its Hangul transcription, either first; 남 may be Nam.
    [
      'Tran Van Nam 중령은 말했습니다. 쩐 반 남 중령은 현장을 지휘했습니다.',
      [['쩐 반 남', 'lieutenant-colonel']],
    ],
    [
      '쩐 반 남 중령은 현장을 지휘했습니다. Tran Van Nam 중령은 말했습니다.',
      [['쩐 반 남', 'lieutenant-colonel']],
    ],
    // A name cut short in one sentence is the full name of another.
    [
      '레 꽝 중령이 이끄는 팀이 출동했습니다. 레 꽝 빈 중령은 말했습니다.',
      [['레 꽝 빈', 'lieutenant-colonel']],
    ],
    // Two ranks given, and different, are two officials.
    [
      '레 꽝 빈 대령과 레 꽝 중령이 참석했습니다.',
      [
        ['레 꽝 빈', 'colonel'],
        ['레 꽝', 'lieutenant-colonel'],
      ],
    ],
    // A Latin name no transcription of which is listed stays apart.
    [
      'Le Van Hung 중령은 말했습니다. 쩐 반 남 중령은 현장을 지휘했습니다.',
      [
        ['Le Van Hung', 'lieutenant-colonel'],
        ['쩐 반 남', 'lieutenant-colonel'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(people(text, 'ko')).toEqual(expected);
  });
});

describe('Function: findPeople (a four-word name in Urdu, closed by a postposition)', () => {
  it.each<[string, string]>([
    ['صوبائی پولیس کے ڈائریکٹر جناب نگوین تھی من خائی نے بتایا کہ', 'نگوین تھی من خائی'],
    ['کمیٹی کے چیئرمین مسٹر تران وان نام نے بتایا', 'تران وان نام'],
    // A fourth word no postposition closes is the clause's next word.
    ['کمیٹی کے چیئرمین مسٹر تران وان نام کہتے ہیں', 'تران وان نام'],
  ])('%s gives %s', (text, name) => {
    expect(people(text, 'ur').map(([n]) => n)).toEqual([name]);
  });
});

describe('Function: findPeople (the officials an attack verb before them harmed, in Spanish: attackWords)', () => {
  it.each([
    'El agresor entró en la oficina y disparó con una pistola a los subdirectores Tran Van Binh y Le Thi Hoa.',
    'El delincuente hirió al teniente coronel Le Van Nam.',
  ])('reads no official in %s', (text) => {
    expect(people(text, 'es')).toEqual([]);
  });

  it.each<[string, string]>([
    // The subject of the verb, written before it, acts.
    ['El coronel Nguyen Van Hung disparó contra el sospechoso.', 'Nguyen Van Hung'],
    // Another sentence is another story.
    ['Un hombre atacó a dos vecinos. El coronel Tran Van Binh dirigió la búsqueda.', 'Tran Van Binh'],
  ])('%s keeps %s', (text, name) => {
    expect(people(text, 'es').map(([n]) => n)).toEqual([name]);
  });
});

describe('Function: findPeople (an office in brackets after a rank)', () => {
  function roles(text: string, language: string): Array<[string, string | null]> {
    return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName }).map((p) => [
      p.name,
      p.role,
    ]);
  }

  it.each<[string, string, string, string]>([
    ['ko', '응우옌 반 남 중령(성 공안 부국장)은 말했습니다.', '응우옌 반 남', '부국장'],
    ['ko', '대령 응우옌 반 남(부국장)은 말했습니다.', '응우옌 반 남', '부국장'],
    ['ja', 'グエン・ヴァン・ナム大佐（省警察副局長）は述べた。', 'グエン・ヴァン・ナム', '副局長'],
  ])('%s: %s gives %s, %s', (language, text, name, role) => {
    expect(roles(text, language)).toEqual([[name, role]]);
  });

  it('reads no office in an age', () => {
    expect(roles('응우옌 반 남 중령(45)은 말했습니다.', 'ko')).toEqual([['응우옌 반 남', null]]);
  });
});

describe('Function: findPeople (ja: an office の a Han name 氏)', () => {
  it.each<[string, string]>([
    ['式典では、日本大使館の一等書記官の田中一郎氏が挨拶を述べた。', '田中一郎'],
    ['局長の黎文海氏は会見で述べた。', '黎文海'],
  ])('%s gives %s', (text, name) => {
    expect(people(text, 'ja')).toEqual([[name, null]]);
  });

  it.each([
    // No office before: a citizen with a courtesy.
    '式典では、日本の田中一郎氏が挨拶を述べた。',
    // A former office vouches for nobody.
    '元大使の田中一郎氏が挨拶を述べた。',
    // An occupation is no office.
    '会社員の田中一郎氏は逮捕された。',
  ])('reads no official in %s', (text) => {
    expect(people(text, 'ja')).toEqual([]);
  });
});
