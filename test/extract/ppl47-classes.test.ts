/**
 * Session 47 people classes, each read with sentences written for the purpose: a Hangul name's Latin gloss
 * closing against its organisation's first word; Hangul spellings of Lương and Vương; a foreign official after a
 * courtesy, vouched for by the office in apposition; an attack verb right after an office holder with no rank;
 * a run in Cyrillic after an office whose Vietnamese reading is a known place.
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

function names(text: string, language: string): string[] {
  return people(text, language).map(([n]) => n);
}

describe('Function: findPeople (a Hangul name glossed in Latin letters before its organisation and office)', () => {
  it.each<[string, string]>([
    // The gloss closes against the organisation's first word, no space between.
    ['부이 꽝 훙(Bùi Quang Hưng)다낭 공안 부국장은 회견에서 설명했다.', '부이 꽝 훙'],
    ['호앙반탐(Hoàng Văn Tám)꽝찌성 인민위원회 부위원장은 현장을 찾았다.', '호앙반탐'],
    // With the space, as before.
    ['부이 꽝 훙(Bùi Quang Hưng) 다낭 공안 부국장은 회견에서 설명했다.', '부이 꽝 훙'],
  ])('%s lists %s', (text, name) => {
    // Act
    const found = names(text, 'ko');
    // Assess
    expect(found).toEqual([name]);
  });
});

describe('Function: findPeople (Hangul spellings 루엉 of Lương and 부엉 of Vương)', () => {
  it.each<[string, string]>([
    ['루엉 반 떤 성 공안국장은 주민들에게 당부했다.', '루엉 반 떤'],
    ['부엉 꾸옥 빈 부위원장은 구조대를 격려했다.', '부엉 꾸옥 빈'],
  ])('%s lists %s', (text, name) => {
    expect(names(text, 'ko')).toEqual([name]);
  });

  it('lists no one for the family name alone with a courtesy', () => {
    expect(names('루엉 씨는 식당을 운영한다.', 'ko')).toEqual([]);
  });
});

describe('Function: findPeople (a foreign official after a courtesy, his office in apposition)', () => {
  it.each<[string, string, string]>([
    [
      'en',
      'Mr Bounmy Phetsavong, Deputy Minister of Public Security of Laos, opened the meeting.',
      'Bounmy Phetsavong',
    ],
    [
      'nl',
      'De heer Bounmy Phetsavong, lid van het Centraal Comité, opende de bijeenkomst.',
      'Bounmy Phetsavong',
    ],
    [
      'fr',
      'M. Bounmy Phetsavong, vice-ministre laotien de la Sécurité publique, a ouvert la réunion.',
      'Bounmy Phetsavong',
    ],
    [
      'de',
      'Herr Bounmy Phetsavong, stellvertretender Minister für Sicherheit, eröffnete das Treffen.',
      'Bounmy Phetsavong',
    ],
    [
      'es',
      'El señor Bounmy Phetsavong, viceministro de Seguridad Pública de Laos, inauguró la reunión.',
      'Bounmy Phetsavong',
    ],
  ])('%s: %s lists %s', (language, text, name) => {
    expect(names(text, language)).toEqual([name]);
  });

  it.each<[string, string]>([
    // No office after the name: the courtesy any visitor is given.
    ['en', 'Mr Bounmy Phetsavong said the road was closed.'],
    // A private person's words in apposition.
    ['en', 'Mr Kurt Lindqvist, a tourist from Sweden, said the boat capsized.'],
    ['de', 'Herr Kurt Lindqvist, Inhaber des Hotels, sagte, das Feuer sei nachts ausgebrochen.'],
    ['fr', 'M. Kurt Lindqvist, un touriste suédois, a été blessé.'],
  ])('%s: %s lists no one', (language, text) => {
    expect(names(text, language)).toEqual([]);
  });
});

describe('Function: findPeople (an attack verb right after an office holder with no rank)', () => {
  it.each<[string, string]>([
    // The assailant, his office in apposition.
    ['es', 'Vo Thanh Long, jefe de la oficina de catastro, disparó contra su colega y luego huyó.'],
    // The one shot, in a relative clause or by a pronoun after his office.
    ['es', 'Luego fue al despacho de Ha Minh Duc, director del departamento, a quien también le disparó.'],
    ['es', 'El hombre entró en el despacho de Ha Minh Duc, director del departamento, y disparó contra él.'],
    ['it', 'Vo Thanh Long, capo dell’ufficio del catasto, ha sparato al suo collega.'],
    ['pt', 'Vo Thanh Long, chefe do escritório de cadastro, disparou contra o colega.'],
  ])('%s: %s lists no one', (language, text) => {
    expect(names(text, language)).toEqual([]);
  });

  it.each<[string, string, string]>([
    // A ranked officer who fires acts in the line of duty (ppl39-classes pins the same).
    ['es', 'El mayor Dinh Van Phuc disparó al aire para detener al sospechoso.', 'Dinh Van Phuc'],
    // An office holder who speaks of an attack by someone else.
    [
      'es',
      'Ha Minh Duc, director del departamento, dijo que el agresor disparó contra dos guardias.',
      'Ha Minh Duc',
    ],
  ])('%s: %s keeps %s', (language, text, name) => {
    expect(names(text, language)).toEqual([name]);
  });
});

describe('Function: findPeople (a Cyrillic run after an office whose Vietnamese reading is a known place)', () => {
  it.each<[string, string]>([
    ['ru', 'Председатель народного комитета района Нам Ты Лием сообщил о ремонте дорог.'],
    ['ru', 'Председатель народного комитета Тхань Лием сообщил о ремонте дорог.'],
    ['uk', 'Голова народного комітету повіту Кам Лам повідомив про ремонт доріг.'],
  ])('%s: %s lists no one', (language, text) => {
    expect(names(text, language)).toEqual([]);
  });

  it.each<[string, string, string]>([
    [
      'ru',
      'Председатель народного комитета района Чинь Ван Тхуан сообщил о ремонте дорог.',
      'Чинь Ван Тхуан',
    ],
    ['ru', 'Генеральный консул Павел Воронин посетил задержанных.', 'Павел Воронин'],
  ])('%s: %s keeps %s', (language, text, name) => {
    expect(names(text, language)).toEqual([name]);
  });
});

describe('Function: findPeople (a rank word hyphened to an office is the office: "secretaris-generaal")', () => {
  it.each<[string, string, string, string | null]>([
    ['nl', 'Secretaris-generaal Vo Van Thuong sprak de delegatie toe.', 'Vo Van Thuong', null],
    ['nl', 'Procureur-generaal Ly Van Khanh sprak de delegatie toe.', 'Ly Van Khanh', null],
    // A rank of its own hyphened stays a rank.
    ['nl', 'Luitenant-generaal Ly Van Khanh sprak de delegatie toe.', 'Ly Van Khanh', 'lieutenant-general'],
    ['pt', 'O secretário-geral Vo Van Thuong discursou.', 'Vo Van Thuong', null],
  ])('%s: %s gives %s, rank %s', (language, text, name, rank) => {
    expect(people(text, language)).toEqual([[name, rank]]);
  });

  it('reads the Dutch head of state before a name', () => {
    expect(names('De staatspresident Vo Van Thuong ondertekende het besluit.', 'nl')).toEqual([
      'Vo Van Thuong',
    ]);
  });
});

describe('Function: findPeople (a katakana name joined to its organisation by a middle dot or a Latin gloss)', () => {
  it.each<[string, string]>([
    ['ja', 'ブイ・クアン・フン・ダナン市警察副局長は会見で説明した。'],
    ['ja', 'ブイ・クアン・フン（Bui Quang Hung）ダナン市警察副局長は会見で説明した。'],
  ])('%s: %s lists ブイ・クアン・フン', (language, text) => {
    expect(names(text, language)).toEqual(['ブイ・クアン・フン']);
  });

  it.each<string>([
    // A province's own dotted name before its committee's office, and the city named after a person.
    'バリア・ブンタウ省人民委員会副委員長は会見で説明した。',
    'ホー・チ・ミン市人民委員会委員長は会見で説明した。',
  ])('%s lists no one', (text) => {
    expect(names(text, 'ja')).toEqual([]);
  });
});

describe('Function: findPeople (a Cyrillic role word in -а or -я, or посол, in an oblique case before its holder)', () => {
  it.each<[string, string, string]>([
    [
      'uk',
      'За словами голови Народного комітету провінції Чінь Ван Тхуана, дороги відремонтовано.',
      'Чінь Ван Тхуан',
    ],
    [
      'ru',
      'По словам главы народного комитета провинции Чинь Ван Тхуана, дороги отремонтированы.',
      'Чинь Ван Тхуан',
    ],
    ['ru', 'Встреча с главой уезда Чинь Ван Тхуаном прошла в понедельник.', 'Чинь Ван Тхуан'],
    ['ru', 'По словам судьи Чинь Ван Тхуана, приговор оглашён.', 'Чинь Ван Тхуан'],
    ['uk', 'За словами судді Чінь Ван Тхуана, вирок оголошено.', 'Чінь Ван Тхуан'],
    ['ru', 'По словам посла Вьетнама Чинь Ван Тхуана, помощь отправлена.', 'Чинь Ван Тхуан'],
  ])('%s: %s lists %s', (language, text, name) => {
    expect(names(text, language)).toEqual([name]);
  });
});
