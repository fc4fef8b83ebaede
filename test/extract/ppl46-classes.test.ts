/**
 * Session 46 people classes, each read with sentences written for the purpose: an office with no rank right
 * before a name of any spelling (office-named.ts); the Hangul spelling 누옌 of Nguyễn beside the Latin spelling of
 * the same official (romanize.ts, one-official.ts).
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { mayTranscribe, romanizeVietnameseName } from '../../lambdas/extract/people/romanize.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

function people(text: string, language: string): Array<[string, string | null]> {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName }).map((p) => [
    p.name,
    p.role,
  ]);
}

describe('Function: findPeople (an office with no rank right before a name of any spelling)', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    [
      'sk',
      'Stav ciest posúdil podpredseda okresného ľudového výboru Dinh Phuc po návrate z hôr.',
      [['Dinh Phuc', 'podpredseda okresného ľudového výboru']],
    ],
    [
      'en',
      'The deputy head of the district committee Trong Khiem visited the flooded villages on Monday.',
      [['Trong Khiem', 'deputy head of the district committee']],
    ],
    [
      'fr',
      'Le directeur adjoint de la police provinciale Duc Hoan a inspecté les digues.',
      [['Duc Hoan', 'directeur adjoint de la police provinciale']],
    ],
    [
      'ru',
      'Генеральный консул Игорь Малинин посетил задержанных в понедельник.',
      [['Игорь Малинин', 'Генеральный консул']],
    ],
  ])('%s: %s', (language, text, expected) => {
    // Act
    const found = people(text, language);
    // Assess
    expect(found).toEqual(expected);
  });

  it.each<[string, string, string]>([
    // An article before the run: the run is the phrase's noun, not a holder ("the police Anton Weber").
    ['de', 'Der Leiter der Polizei Anton Weber sagte, die Lage sei ruhig.', 'Anton Weber'],
    // No office before the run: a private person.
    ['en', 'The driver Karel Novak was taken to hospital with light injuries.', 'Karel Novak'],
    // A preposition before the run: a place or a body.
    ['en', 'The director of Public Security spoke to the press.', 'Public Security'],
    // A place word right before the run: the unit's name ("the police of the district Duc Hoan").
    ['fr', 'Le directeur adjoint de la police du district Duc Hoan a inspecté les digues.', 'Duc Hoan'],
    // The office of the name before it, in apposition: the run is the unit's name ("chief of the Y post Z").
    ['ru', 'Вчера капитан Фам Ван Лок, командир пограничного поста Тан Хоа, вернулся в часть.', 'Тан Хоа'],
    // An office far back, a verb between it and the run: the run is what was visited.
    [
      'uk',
      'Начальник штабу разом із кількома офіцерами відділу відвідав лікарню Xanh Pon у вівторок.',
      'Xanh Pon',
    ],
    // A body's name in a Latin-script copy, every word capitalised.
    [
      'id',
      'Hal itu disampaikan juru bicara resmi Kementerian Keamanan Publik kepada wartawan.',
      'Keamanan Publik',
    ],
    // A longer capitalised run is an organisation's name.
    ['en', 'The chairman visited Green Valley Rice Cooperative Farm last week.', 'Cooperative Farm'],
  ])('%s: %s lists no %s', (language, text, absent) => {
    // Act
    const names = people(text, language).map(([n]) => n);
    // Assess
    expect(names.filter((n) => n.includes(absent))).toEqual([]);
  });
});

describe('Function: mayTranscribe (누 before a vowel-initial block writes ng-u)', () => {
  it.each<[string, string, boolean]>([
    ['nguyen van loc', '누옌 반 록', true],
    ['nguyen van loc', '응우옌 반 록', true],
    // The plain reading stays.
    ['nu', '누', true],
    // 누엔 too, the -yê- written ㅔ (session 48: the press's spelling the holdout showed).
    ['nguyen van loc', '누엔 반 록', true],
  ])('%s ~ %s: %s', (latin, hangul, expected) => {
    expect(mayTranscribe(latin, hangul)).toBe(expected);
  });

  it('romanizes 누옌 as Nguyễn', () => {
    expect(romanizeVietnameseName('누옌 반 록')).toBe('nguyen van loc');
  });
});

describe('Function: findPeople (one official in Hangul as 누옌 and in Latin letters)', () => {
  it('lists the official once', () => {
    const text = '누옌 반 록 중령은 수색이 끝났다고 말했다. Nguyen Van Loc 중령은 주민들에게 감사했다.';
    expect(people(text, 'ko').map(([n]) => n)).toEqual(['누옌 반 록']);
  });
});

describe('Function: findPeople (a known place katakana writes with a name joiner)', () => {
  it.each<[string, string, string]>([
    ['ja', 'ビンロック隊長のタイ・ビン氏は、フン・バン・ロック中佐と現場を訪れた。', 'タイ・ビン'],
    ['ja', '省交通警察隊長のドン・ハ氏によると、事故は夜に起きた。', 'ドン・ハ'],
  ])('%s: %s lists no %s', (language, text, place) => {
    // Act
    const names = people(text, language).map(([n]) => n);
    // Assess
    expect(names).not.toContain(place);
  });

  it('keeps an official of two katakana parts that name no place', () => {
    expect(people('公安省のトー・ラム大臣は述べた。', 'ja').map(([n]) => n)).toEqual(['トー・ラム']);
  });
});
