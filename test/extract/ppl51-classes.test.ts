/**
 * Session 51 people classes, each read with sentences written for the purpose: a Korean body's name before its
 * head's office; a rank in brackets right after the name, or a name in quotation marks before its rank (ko, ja,
 * zh); a volunteer team's or a unit's head in Korean; an office in apposition that runs into its clause's
 * predicate, and a title before the name spanning a proxy's words; a Cyrillic captain written with his service;
 * a volunteer team's office joined before a Japanese name; Dutch party offices.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

function found(text: string, language: string) {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName });
}

function people(text: string, language: string): Array<[string, string | null]> {
  return found(text, language).map((p) => [p.name, p.rank]);
}

function roles(text: string, language: string): Array<[string, string | null]> {
  return found(text, language).map((p) => [p.name, p.role]);
}

describe('Function: findPeople (a Korean body named before its head, at a clause start too)', () => {
  it.each<[string, Array<[string, string | null]>]>([
    // The ministry ("…부") is no one-word name, wherever the clause starts.
    ['보건부 장관은 회의에서 말했다.', []],
    ['교육부 장관을 대신해 다오 홍 란 차관이 참석했다.', [['다오 홍 란', null]]],
    ['보건부 장관 다오 홍 란은 참석했다.', [['다오 홍 란', null]]],
    // A name written as one word still opens its clause.
    ['팜민찐 총리는 관계 부처에 지시했다.', [['팜민찐', null]]],
  ])('ko: %s lists %j', (text, expected) => {
    expect(people(text, 'ko')).toEqual(expected);
  });
});

describe('Function: findPeople (a rank in brackets after the name, a name in quotation marks before its rank)', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    ['ko', '응우옌 반 훙(대령)은 기자들에게 말했다.', [['응우옌 반 훙', 'colonel']]],
    ['ko', '응우옌 반 훙 (중령)은 기자들에게 말했다.', [['응우옌 반 훙', 'lieutenant-colonel']]],
    ['ko', '부청장 쩐 반 남(대령)은 기자들에게 말했다.', [['쩐 반 남', 'colonel']]],
    ['ko', '‘쩐 반 남’ 소령은 기자들에게 말했다.', [['쩐 반 남', 'major']]],
    ['ko', '"레 반 하이" 대위는 기자들에게 말했다.', [['레 반 하이', 'captain']]],
    [
      'ja',
      'チャン・ヴァン・ナム（中佐）は記者団に語った。',
      [['チャン・ヴァン・ナム', 'lieutenant-colonel']],
    ],
    ['ja', '「レ・ヴァン・ハイ」少佐は記者団に語った。', [['レ・ヴァン・ハイ', 'major']]],
    ['zh', '陈文南（中校）对记者表示，案件正在调查。', [['陈文南', 'lieutenant-colonel']]],
    // An age in brackets is none of this, and quotation marks the name does not fill say nothing.
    ['ko', '응우옌 반 훙(45) 씨는 말했다.', []],
    ['ko', '그는 "사건은 끝났다" 대령은 말했다.', []],
  ])('%s: %s lists %j', (language, text, expected) => {
    expect(people(text, language)).toEqual(expected);
  });
});

describe('Function: findPeople (a Korean volunteer team or unit named before its head)', () => {
  it.each<[string, Array<[string, string | null]>]>([
    // A volunteer team's head is a private person, its words before the office or before the name.
    ['다낭 자원봉사팀 팀장 응우옌 반 코아 씨는 주민들을 도왔다고 말했다.', []],
    ['꽝찌성 자원봉사 구조팀 레 반 남 팀장은 주민들을 도왔다고 말했다.', []],
    ['자선 구호팀 레 반 남 팀장은 주민들을 도왔다고 말했다.', []],
    // A state agency holds the cue inside its name only ("중소기업청"): its head stays an official.
    ['중소기업청 청장 응우옌 반 롱은 말했다.', [['응우옌 반 롱', null]]],
  ])('ko: %s lists %j', (text, expected) => {
    expect(people(text, 'ko')).toEqual(expected);
  });

  it("reads a unit's head written with a general's word as the unit's office, not the rank", () => {
    // 대장 is a general and the head of a unit (대): after the unit's word it is the office.
    expect(
      found('빈푹성 구조대 대장 레 반 남 씨가 말했다.', 'ko').map((p) => [p.name, p.rank, p.role]),
    ).toEqual([['레 반 남', null, '구조대 대장']]);
  });
});

describe('Function: findPeople (an office that runs into its clause ends at the predicate)', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    [
      'vi',
      'Sáng 12.4, ông Lê Văn Tâm - Phó Chủ tịch UBND huyện Yên Thành đã đến thăm hỏi gia đình các chiến sĩ.',
      [['Lê Văn Tâm', 'Phó Chủ tịch UBND huyện Yên Thành']],
    ],
    [
      'vi',
      'Dự buổi lễ có Đại tá Hoàng Văn Sơn - Trưởng phòng Cảnh sát hình sự cùng đại diện lãnh đạo các đơn vị.',
      [['Hoàng Văn Sơn', 'Trưởng phòng Cảnh sát hình sự']],
    ],
    [
      'vi',
      'Đại tá Hoàng Văn Sơn - Giám đốc Công an tỉnh và các phòng nghiệp vụ tham dự hội nghị tổng kết.',
      [['Hoàng Văn Sơn', 'Giám đốc Công an tỉnh']],
    ],
    [
      'en',
      'At the ceremony, Colonel Dang Van Tien, Deputy Director of the Provincial Traffic Police Department had a short speech on the results.',
      [['Dang Van Tien', 'Deputy Director of the Provincial Traffic Police Department']],
    ],
    [
      'en',
      'Mr Dang Van Tien - Chairman of the commune People’s Committee came to hand over gifts to the families.',
      [['Dang Van Tien', 'Chairman of the commune People’s Committee']],
    ],
    // A proxy's words before the title: the acting person's own office, not the one he acts for.
    [
      'nl',
      'Namens de minister was viceminister Dang Van Tien aanwezig bij de ceremonie.',
      [['Dang Van Tien', 'viceminister']],
    ],
    [
      'en',
      'Deputy Minister Dang Van Tien, on behalf of the Minister of Public Security, handed over the awards.',
      [['Dang Van Tien', 'Deputy Minister']],
    ],
    // A comma still closes the office, and an office with "and" inside stays whole.
    [
      'en',
      'Colonel Dang Van Tien, Director of the Department of Fire Prevention and Rescue, said the fire was out.',
      [['Dang Van Tien', 'Director of the Department of Fire Prevention and Rescue']],
    ],
  ])('%s: %s gives %j', (language, text, expected) => {
    expect(roles(text, language)).toEqual(expected);
  });
});

describe('Function: findPeople (a Cyrillic captain written with his service)', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    // A captain near an arrest verb may be a ship's master; one "of police" is the rank.
    [
      'uk',
      'За словами капітана поліції Ву Ван Тханя, затриманих доставили до відділку.',
      [['Ву Ван Тхань', 'captain']],
    ],
    [
      'ru',
      'По словам капитана полиции Ву Ван Тханя, задержанных доставили в отдел.',
      [['Ву Ван Тхань', 'captain']],
    ],
    // A vessel's captain among the detained stays out.
    ['ru', 'Пограничники задержали судно, капитан Ву Ван Тхань и 5 членов экипажа задержаны.', []],
  ])('%s: %s lists %j', (language, text, expected) => {
    expect(people(text, language)).toEqual(expected);
  });
});

describe('Function: findPeople (a volunteer team or charity joined before a Japanese name)', () => {
  it.each<[string, Array<[string, string | null]>]>([
    ['ボランティア団体代表のチャン・ヴァン・ナム氏は住民を助けたと語った。', []],
    ['慈善基金代表のチャン・ヴァン・ナム氏は住民を助けたと語った。', []],
    // The clause's words before the office are not its compound: the police chief stays an official.
    ['容疑者を逮捕した省警察副局長のチャン・ヴァン・ナム氏は述べた。', [['チャン・ヴァン・ナム', null]]],
  ])('ja: %s lists %j', (text, expected) => {
    expect(people(text, 'ja')).toEqual(expected);
  });
});

describe('Function: findPeople (a Dutch party office before the name)', () => {
  it.each<[string, Array<[string, string | null]>]>([
    ['Partijleider Dang Van Tien riep de politie op tot actie.', [['Dang Van Tien', null]]],
    ['Partijsecretaris Dang Van Tien riep de politie op tot actie.', [['Dang Van Tien', null]]],
  ])('nl: %s lists %j', (text, expected) => {
    expect(people(text, 'nl')).toEqual(expected);
  });
});
