/**
 * Session 48 people classes, each read with sentences written for the purpose: Hangul spellings 누엔 and 뉴옌 of
 * Nguyễn; a Korean rank glued to the name before it; a Korean company's office, which names a private person.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { romanizeVietnameseName } from '../../lambdas/extract/people/romanize.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

function people(text: string, language: string): Array<[string, string | null]> {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName }).map((p) => [
    p.name,
    p.rank,
  ]);
}

describe('Function: findPeople (Hangul spellings 누엔 and 뉴옌 of Nguyễn)', () => {
  it.each<[string, Array<[string, string | null]>]>([
    ['누엔 꾸옥 빈 중령은 순찰대를 지휘했다.', [['누엔 꾸옥 빈', 'lieutenant-colonel']]],
    // The three words are read whole, not cut to the given names after an unknown first word.
    ['뉴옌 반 떤 소령은 검문소를 찾았다.', [['뉴옌 반 떤', 'major']]],
  ])('%s lists %j', (text, expected) => {
    // Act
    const found = people(text, 'ko');
    // Assess
    expect(found).toEqual(expected);
  });

  it.each<[string, string]>([
    ['누엔 꾸옥 빈', 'nguyen quoc binh'],
    ['뉴옌 반 떤', 'nguyen van tan'],
  ])('reads %s as %s, so that a Latin spelling beside it is one official', (name, latin) => {
    expect(romanizeVietnameseName(name)).toBe(latin);
  });

  it('lists one official under the Latin and the Hangul spelling', () => {
    const text = 'Nguyen Quoc Binh 중령은 말했다. 누엔 꾸옥 빈 중령은 순찰대를 지휘했다.';
    expect(people(text, 'ko')).toHaveLength(1);
  });
});

describe('Function: findPeople (a Korean rank glued to the name before it)', () => {
  it.each<[string, Array<[string, string | null]>]>([
    ['쩐 꾸옥 빈대령은 구조대를 이끌었다.', [['쩐 꾸옥 빈', 'colonel']]],
    ['팜민떤중령이 현장을 점검했다.', [['팜민떤', 'lieutenant-colonel']]],
  ])('%s lists %j', (text, expected) => {
    expect(people(text, 'ko')).toEqual(expected);
  });

  it.each<string>([
    // An office word ending in a general's rank ("부대장", deputy commander; "연구소장") names no general.
    '부대장은 훈련을 점검했다.',
    '연구소장은 결과를 발표했다.',
    // A Korean word before the rank is no Vietnamese name.
    '김민수대령은 기자회견을 열었다.',
  ])('lists no one in %s', (text) => {
    expect(people(text, 'ko')).toEqual([]);
  });
});

describe('Function: findPeople (a Korean company office names a private person)', () => {
  it.each<string>([
    '운송회사 대표 쩐 반 떤은 조사를 받았다.',
    '목재 업체의 대표 쩐 반 떤은 조사를 받았다.',
    '쩐 반 떤 회사 대표는 조사를 받았다.',
  ])('lists no one in %s', (text) => {
    expect(people(text, 'ko')).toEqual([]);
  });

  it.each<[string, string]>([
    // A state agency whose name holds 기업 (enterprises) is no company.
    ['중소기업청장 쩐 반 떤은 지원책을 발표했다.', '쩐 반 떤'],
    ['성 공안청 부청장 쩐 반 떤은 지원책을 발표했다.', '쩐 반 떤'],
  ])('%s lists %s', (text, name) => {
    expect(people(text, 'ko').map(([n]) => n)).toEqual([name]);
  });
});

describe('Function: findPeople (a foreign official after a head office, no courtesy)', () => {
  it.each<[string, string, string]>([
    ['nl', 'Volgens de Cambodjaanse premier Samdech Borey gaat het overleg door.', 'Samdech Borey'],
    [
      'nl',
      'De delegatie werd geleid door secretaris-generaal en president Boun Khamsavath.',
      'Boun Khamsavath',
    ],
    ['de', 'Der laotische Präsident Boun Khamsavath eröffnete das Treffen.', 'Boun Khamsavath'],
    // The nationality adjective between the office and the name, as Romance languages place it.
    ['fr', 'Le président laotien Boun Khamsavath a ouvert la réunion.', 'Boun Khamsavath'],
    ['es', 'El primer ministro camboyano Samdech Borey inauguró la reunión.', 'Samdech Borey'],
    ['en', 'Lao President Boun Khamsavath opened the meeting.', 'Boun Khamsavath'],
  ])('%s: %s lists %s', (language, text, name) => {
    expect(people(text, language).map(([n]) => n)).toEqual([name]);
  });

  it.each<[string, string]>([
    // A capitalised run right after the office that goes on is an organisation's name, not a holder's.
    ['en', 'The president Boun Khamsavath Trading Company was fined.'],
    // No head office: a foreign name after another word stays unread.
    ['fr', 'Le touriste Boun Khamsavath a été retrouvé.'],
    // A word between the office and the name that is no nationality adjective breaks the office off.
    ['fr', 'Le président reçoit Boun Khamsavath demain.'],
  ])('%s: lists no one in %s', (language, text) => {
    expect(people(text, language)).toEqual([]);
  });
});

describe('Function: findPeople (a name kept in Latin letters, its office in the apposition after it)', () => {
  it.each<[string, string, string]>([
    // A list of officials sets each office off by a spaced dash.
    ['ur', 'اجلاس میں شریک تھے: Tran Quoc Vinh - صوبائی پولیس کے سربراہ؛ اور دیگر۔', 'Tran Quoc Vinh'],
    ['ur', 'Tran Quoc Vinh، مرکزی کمیٹی کے رکن، نے خطاب کیا۔', 'Tran Quoc Vinh'],
  ])('%s: %s lists %s', (language, text, name) => {
    expect(people(text, language).map(([n]) => n)).toEqual([name]);
  });

  it('lists no one where the apposition names a private person', () => {
    expect(people('پولیس نے Tran Quoc Vinh، ایک ڈرائیور، کو گرفتار کیا۔', 'ur')).toEqual([]);
  });
});

describe('Function: findPeople (a Cyrillic vice- prefix glued to its office, and the typographic apostrophe)', () => {
  it.each<[string, string, string]>([
    ['uk', "Віцепрем'єр Ле Тхань Лонг відвідав прикордонний пост.", 'Ле Тхань Лонг'],
    ['uk', 'Віцепрем’єр Ле Тхань Лонг відвідав прикордонний пост.', 'Ле Тхань Лонг'],
    ['uk', 'Прем’єр Ле Тхань Лонг відвідав прикордонний пост.', 'Ле Тхань Лонг'],
    ['ru', 'Вицегубернатор Ле Тхань Лонг посетил пограничный пост.', 'Ле Тхань Лонг'],
  ])('%s: %s lists %s', (language, text, name) => {
    expect(people(text, language).map(([n]) => n)).toEqual([name]);
  });
});

describe('Function: findPeople (a name whose spaces the page lost)', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    [
      'es',
      'El viceministro de Seguridad Pública, LeVanTuyen, presidió la reunión.',
      [['Le Van Tuyen', null]],
    ],
    ['en', 'Colonel DoanMinh said the case was closed.', [['Doan Minh', 'colonel']]],
  ])('%s: %s lists %j', (language, text, expected) => {
    expect(people(text, language)).toEqual(expected);
  });

  it.each<[string, string]>([
    // Brands and places written so are no names: no family name opens them, or the gazetteer knows them.
    ['en', 'The officer posted the video on TikTok and YouTube.'],
    ['en', 'Colonel Smith flew to HaNoi.'],
    // A family name and a middle name only: a name cut short.
    ['en', 'Colonel NguyenVan said.'],
  ])('%s: lists no one in %s', (language, text) => {
    expect(people(text, language)).toEqual([]);
  });
});

describe('Function: findPeople (the subject of an attack verb coordinated far after his name)', () => {
  it.each<[string, string]>([
    [
      'es',
      'Esta mañana, Vu Thanh Hai, director del centro forestal, llegó a la sede del comité de Le Van Son, presidente del distrito, y disparó contra él.',
    ],
    [
      'pt',
      'Vu Thanh Hai, diretor do centro florestal, entrou no gabinete de Le Van Son, presidente do distrito, e disparou contra ele.',
    ],
  ])('%s: lists neither the assailant nor the one shot in %s', (language, text) => {
    expect(people(text, language)).toEqual([]);
  });

  it.each<[string, string, string]>([
    // A verb of directing after the name: the official acts in the story.
    [
      'es',
      'Vu Thanh Hai, jefe de la policía, llegó al lugar y ordenó detener al hombre que disparó.',
      'Vu Thanh Hai',
    ],
    // A rank: an officer who fires acts in the line of duty.
    [
      'es',
      'El coronel Vu Thanh Hai, jefe de la policía, llegó al lugar y disparó contra las ruedas.',
      'Vu Thanh Hai',
    ],
  ])('%s: %s lists %s', (language, text, name) => {
    expect(people(text, language).map(([n]) => n)).toEqual([name]);
  });
});
