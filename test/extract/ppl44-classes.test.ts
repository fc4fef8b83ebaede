/**
 * Session 44's people classes, sentences written for the purpose: Korean verbs after the name that make its
 * holder the source, the leader or the speaker ("X 대령에 따르면", "X 중령이 이끄는", "…확인했다"), so a harm or
 * charge word in what they report is not theirs; a Japanese rank glued before a katakana name, after its
 * service or unit ("警察中佐グエン・…", "公安省の大佐グエン・…氏"); katakana names whose parts the equals sign or
 * double hyphen joins ("グエン＝ヴァン＝ラム").
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

describe('Function: findPeople (ko: the source, leader or speaker a verb after the name makes)', () => {
  it.each<[string, Array<[string, string | null]>]>([
    ['응우옌 반 람 대령에 따르면 용의자 두 명이 체포됐다.', [['응우옌 반 람', 'colonel']]],
    ['응우옌 반 람 대령이 이끄는 수사팀은 숨진 피해자의 신원을 확인했다.', [['응우옌 반 람', 'colonel']]],
    ['응우옌 반 람 대령은 현장에서 숨진 운전자를 확인했다.', [['응우옌 반 람', 'colonel']]],
    ['응우옌 반 람 대령은 기자들에게 3명이 다쳤다고 알렸다.', [['응우옌 반 람', 'colonel']]],
  ])('%s', (text, expected) => {
    expect(people(text, 'ko')).toEqual(expected);
  });

  it.each<string>([
    '응우옌 반 람 중령은 교통사고로 숨졌다.',
    '응우옌 반 람 중령이 숨진 것으로 확인됐다.',
    '공안국은 응우옌 반 람 중령을 체포했다.',
  ])('%s: the harmed or arrested officer is still no official of the story', (text) => {
    expect(people(text, 'ko')).toEqual([]);
  });
});

describe('Function: findPeople (ja: a rank glued before a katakana name)', () => {
  it.each<[string, Array<[string, string | null]>]>([
    ['ハノイ市警察中佐グエン・ヴァン・ラム氏は述べた。', [['グエン・ヴァン・ラム', 'lieutenant-colonel']]],
    ['公安省の大佐グエン・ヴァン・ラム氏によると、2人が逮捕された。', [['グエン・ヴァン・ラム', 'colonel']]],
    ['大佐グエン・ヴァン・ラムは記者団に述べた。', [['グエン・ヴァン・ラム', 'colonel']]],
    ['警視グエン・ヴァン・ラムによると、2人が死亡した。', [['グエン・ヴァン・ラム', 'major']]],
    [
      '国境警備隊のチャン・ヴァン・フン大尉と大尉レ・ヴァン・ナムが出席した。',
      [
        ['チャン・ヴァン・フン', 'captain'],
        ['レ・ヴァン・ナム', 'captain'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(people(text, 'ja')).toEqual(expected);
  });

  it.each<string>([
    '元中佐グエン・ヴァン・ラムは逮捕された。',
    '中佐グエン・ヴァン・ラム容疑者が送検された。',
    '少佐レ・ミン・トゥアンが殉職した。',
  ])('%s: a former rank, a suspect or a harmed officer makes no official', (text) => {
    expect(people(text, 'ja')).toEqual([]);
  });
});

describe('Function: findPeople (ja: katakana name parts joined by the equals sign or double hyphen)', () => {
  it.each<[string, Array<[string, string | null]>]>([
    ['グエン＝ヴァン＝ラム中佐は述べた。', [['グエン＝ヴァン＝ラム', 'lieutenant-colonel']]],
    ['グエン=ヴァン=ラム中佐は述べた。', [['グエン=ヴァン=ラム', 'lieutenant-colonel']]],
    ['副局長グエン゠ヴァン゠ラム氏は述べた。', [['グエン゠ヴァン゠ラム', null]]],
    // One official under both spellings is listed once.
    [
      'グエン・ヴァン・ラム中佐は述べた。グエン＝ヴァン＝ラム中佐によると、3人が負傷した。',
      [['グエン・ヴァン・ラム', 'lieutenant-colonel']],
    ],
  ])('%s', (text, expected) => {
    expect(people(text, 'ja')).toEqual(expected);
  });

  it('a place joined so makes no person', () => {
    expect(people('トゥアティエン=フエ省の警察は発表した。', 'ja')).toEqual([]);
  });
});

describe('Function: findPeople (an inverted report in a compound past is the next person’s)', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    [
      'fr',
      'Le capitaine Vo Dinh Phuc a été blessé, a indiqué le colonel Tran Van Lam.',
      [['Tran Van Lam', 'colonel']],
    ],
    [
      'it',
      'Il capitano Vo Dinh Phuc è rimasto ferito, ha dichiarato il colonnello Tran Van Lam.',
      [['Tran Van Lam', 'colonel']],
    ],
    [
      'it',
      'Il capitano Vo Dinh Phuc è rimasto ferito, ha dichiarato il tenente colonnello Tran Van Lam.',
      [['Tran Van Lam', 'lieutenant-colonel']],
    ],
  ])('%s: %s', (language, text, expected) => {
    expect(people(text, language)).toEqual(expected);
  });

  it('a clause that goes on after the verb is still the first officer’s', () => {
    expect(
      people(
        'Le capitaine Vo Dinh Phuc, qui a été blessé, a indiqué que le colonel Tran Van Lam dirigeait l’opération.',
        'fr',
      ),
    ).toEqual(expect.arrayContaining([['Vo Dinh Phuc', 'captain']]));
  });
});

describe('Function: findPeople (ja, ko: a service between the name and its rank)', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    ['ja', 'グエン・ヴァン・ラム警察中佐は述べた。', [['グエン・ヴァン・ラム', 'lieutenant-colonel']]],
    ['ja', 'チャン・ティ・フオン公安少佐によると、3人が逮捕された。', [['チャン・ティ・フオン', 'major']]],
    ['ko', '응우옌 반 람 경찰 중령은 밝혔다.', [['응우옌 반 람', 'lieutenant-colonel']]],
    ['ko', '쩐 티 흐엉 공안 소령은 사건 경위를 설명했다.', [['쩐 티 흐엉', 'major']]],
  ])('%s: %s', (language, text, expected) => {
    expect(people(text, language)).toEqual(expected);
  });
});

describe('Function: findPeople (ru, uk: the officer who opened fire or wounded others is no official)', () => {
  it.each<[string, string]>([
    [
      'ru',
      'Лейтенант Та Ван Зунг, начальник штаба пограничной заставы, открыл огонь из автомата и ранил троих сослуживцев.',
    ],
    [
      'uk',
      'Лейтенант Та Ван Зунг, начальник штабу прикордонної застави, відкрив вогонь і поранив трьох військових.',
    ],
  ])('%s: %s', (language, text) => {
    expect(people(text, language)).toEqual([]);
  });

  it.each<[string, string, Array<[string, string | null]>]>([
    [
      'ru',
      'Подполковник Чан Ван Лам, начальник отдела, заявил, что нападавший ранил двух полицейских.',
      [['Чан Ван Лам', 'lieutenant-colonel']],
    ],
    [
      'ru',
      'Полковник Чан Ван Лам, заместитель начальника полиции провинции, сообщил, что двое погибли.',
      [['Чан Ван Лам', 'colonel']],
    ],
  ])('%s: the official who reports the shooting stays: %s', (language, text, expected) => {
    expect(people(text, language)).toEqual(expected);
  });
});

describe('Function: findPeople (ja: the source, leader or actor a verb after the name makes)', () => {
  it.each<string>([
    'グエン・ヴァン・ラム中佐によれば、2人が負傷した。',
    'グエン・ヴァン・ラム中佐が率いる捜査班は、死亡した男性の身元を確認した。',
    'グエン・ヴァン・ラム中佐は、死亡した運転手の身元を確認した。',
    'グエン・ヴァン・ラム中佐は、負傷者を見舞った。',
  ])('%s', (text) => {
    expect(people(text, 'ja')).toEqual([['グエン・ヴァン・ラム', 'lieutenant-colonel']]);
  });

  it.each<string>([
    'グエン・ヴァン・ラム中佐は、事故で負傷した。',
    'グエン・ヴァン・ラム中佐は、死亡が確認された。',
  ])('%s: the harmed officer is still no official of the story', (text) => {
    expect(people(text, 'ja')).toEqual([]);
  });
});

describe('Function: findPeople (ru: the harm told after the apposition is the officer’s)', () => {
  it('an officer injured who neither speaks nor acts is a victim (session 38 convention)', () => {
    // The people spec's commune-name-not-person sentence now says the officer reported the incident instead.
    expect(
      people('Лейтенант До Ван Нам, сотрудник полиции посёлка Ким Тхань, получил лёгкое ранение.', 'ru'),
    ).toEqual([]);
  });
});
