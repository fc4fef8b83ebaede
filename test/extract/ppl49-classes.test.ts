/**
 * Session 49 people classes, each read with sentences written for the purpose: a Cyrillic office that ends with
 * its place before a declined holder; the head of a volunteer team or a charity after a courtesy; a katakana
 * name set off by a space before its organisation and rank; a rank in brackets after a courtesy; an office
 * holder who attacks someone; nationality adjectives that share only a short stem with their country's name.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isNationalityAdjective } from '../../lambdas/extract/people/nationality.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

function people(text: string, language: string): Array<[string, string | null]> {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName }).map((p) => [
    p.name,
    p.rank,
  ]);
}

describe('Function: findPeople (a Cyrillic office ending with its place, then its holder)', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    // An abbreviation and a preposition's place between the office and the name, the name declined after it
    // and written in the nominative later.
    [
      'ru',
      'Встречу открыл заместитель посла РФ в Ханое Олег Морозов. Олег Морозов поблагодарил хозяев.',
      [['Олег Морозов', null]],
    ],
    [
      'ru',
      'Об этом говорится в письме атташе МВД в Дананге Игоря Зайцева. Игорь Зайцев подтвердил факт.',
      [['Игорь Зайцев', null]],
    ],
    // A country's name in the genitive before the preposition's place.
    ['ru', 'Посол Вьетнама в Праге Нгуен Ван Тхинь вручил награды.', [['Нгуен Ван Тхинь', null]]],
  ])('%s: %s lists %j', (language, text, expected) => {
    expect(people(text, language)).toEqual(expected);
  });

  it('keeps a declined name as written where the article has no other form of it', () => {
    expect(people('Письмо передали через секретаря консула РФ в Дананге Ольги Беловой.', 'ru')).toEqual([
      ['Ольги Беловой', null],
    ]);
  });

  it('reads no name after a place that follows no office', () => {
    expect(people('Делегация прибыла в Ханой Олег Морозов встретил её.', 'ru')).toEqual([]);
  });
});

describe('Function: findPeople (the head of a volunteer team or a charity is a private person)', () => {
  it.each<[string, string]>([
    ['ar', 'قال السيد دو فان خوا، قائد فريق متطوعين في الحي، إن الأهالي ساعدوا في الإطفاء.'],
    ['ar', 'وأوضح السيد هوانغ فان لوك، رئيس صندوق خيري محلي، أن التبرعات وصلت.'],
    ['en', 'Mr Do Van Khoa, leader of a volunteer rescue group, said residents helped.'],
    ['fr', 'M. Do Van Khoa, responsable d’une équipe de bénévoles, a aidé les habitants.'],
    ['ru', 'Руководитель волонтерского отряда Олег Морозов рассказал о поисках.'],
  ])('%s: lists no one in %s', (language, text) => {
    expect(people(text, language)).toEqual([]);
  });

  it.each<[string, string, string]>([
    ['ar', 'قال السيد دو فان خوا، رئيس شرطة المنطقة، إن التحقيق مستمر.', 'دو فان خوا'],
    ['en', 'Mr Do Van Khoa, head of the district police, said residents helped.', 'Do Van Khoa'],
  ])('%s: an official with a courtesy stays listed in %s', (language, text, name) => {
    expect(people(text, language).map(([n]) => n)).toEqual([name]);
  });
});

describe('Function: findPeople (katakana and Hangul names with their rank after a space or in brackets)', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    // A space between the dotted name and its organisation, the rank glued to the organisation.
    [
      'ja',
      'ホアン・ヴァン・ロック ダナン市警察中佐は会見で述べた。',
      [['ホアン・ヴァン・ロック', 'lieutenant-colonel']],
    ],
    ['ja', 'ホアン・ヴァン・ロック 省警察副局長が視察した。', [['ホアン・ヴァン・ロック', null]]],
    // A courtesy, then the rank in brackets.
    ['ja', 'ホアン・ヴァン・ロック氏（少佐）は記者に語った。', [['ホアン・ヴァン・ロック', 'major']]],
    ['ko', '호앙 반 록 씨(소령)는 기자들에게 말했다.', [['호앙 반 록', 'major']]],
  ])('%s: %s lists %j', (language, text, expected) => {
    expect(people(text, language)).toEqual(expected);
  });

  it.each<[string, string]>([
    // An occupation after the space is no organisation; an age in brackets is no rank.
    ['ja', 'ホアン・ヴァン・ロック 会社員は逮捕された。'],
    ['ko', '호앙 반 록 씨(45)는 체포됐다.'],
  ])('%s: lists no one in %s', (language, text) => {
    expect(people(text, language)).toEqual([]);
  });
});

describe('Function: findPeople (an office holder who attacks someone is no official of the story)', () => {
  it.each<[string, string]>([
    ['en', 'Do Van Khoa, deputy head of the commune, stabbed his neighbour after a quarrel.'],
    ['de', 'Do Van Khoa, stellvertretender Vorsitzender der Gemeinde, erstach seinen Nachbarn.'],
    ['fr', 'Do Van Khoa, vice-président de la commune, a agressé son voisin au marché.'],
  ])('%s: lists no one in %s', (language, text) => {
    expect(people(text, language)).toEqual([]);
  });

  it.each<[string, string, string]>([
    // The officer who reports the attack speaks in the story.
    ['en', 'A man stabbed two people, said Major Do Van Khoa.', 'Do Van Khoa'],
    ['en', 'Major Do Van Khoa said a man stabbed two people.', 'Do Van Khoa'],
  ])('%s: %s lists the reporting officer', (language, text, name) => {
    expect(people(text, language).map(([n]) => n)).toEqual([name]);
  });
});

describe('Function: isNationalityAdjective (a short stem takes an adjective ending)', () => {
  it.each<[string, string]>([
    ['fr', 'laotien'],
    ['fr', 'chinois'],
    ['fr', 'péruvien'],
    ['es', 'camboyano'],
    ['es', 'cubano'],
    ['it', 'vietnamita'],
    ['pt', 'japonesa'],
  ])('%s: %s is an adjective', (language, word) => {
    expect(isNationalityAdjective(word, language)).toBe(true);
  });

  it.each<[string, string]>([
    // Words that open as a short country's name does (Inde, Perú, Mali and Malawi).
    ['fr', 'indique'],
    ['fr', 'personnel'],
    ['es', 'pero'],
    ['es', 'personal'],
    ['fr', 'malade'],
  ])('%s: %s is no adjective', (language, word) => {
    expect(isNationalityAdjective(word, language)).toBe(false);
  });
});

describe('Function: findPeople (Arabic names: family names the list lacked, a particle after the name)', () => {
  it.each<[string, Array<[string, string | null]>]>([
    // A family name missing from the list made the reading start at the middle name and take "إن" (that).
    ['وأوضح مدير شرطة الحي لام فان دوك إن التحقيق مستمر.', [['لام فان دوك', null]]],
    ['وصرح العقيد تا كوانغ هوي أن الدورية عادت.', [['تا كوانغ هوي', 'colonel']]],
    // A preposition after a two-word name closes it.
    ['وتحدث المقدم نجوين هوي في الاجتماع عن الخطة.', [['نجوين هوي', 'lieutenant-colonel']]],
  ])('%s lists %j', (text, expected) => {
    expect(people(text, 'ar')).toEqual(expected);
  });
});

describe('Function: findPeople (Thai and Hangul spellings of family names the lists lacked)', () => {
  it('ko: 쭈 (Chu) opens a name before its rank', () => {
    expect(people('쭈 꽝 하이 소령은 기자들에게 말했다.', 'ko')).toEqual([['쭈 꽝 하이', 'major']]);
  });

  it.each<[string, Array<[string, string | null]>]>([
    ['นายเลิม วัน ดึ๊ก รองผู้อำนวยการตำรวจจังหวัด กล่าวว่า', [['เลิม วัน ดึ๊ก', null]]],
    ['พันโท จู วัน ฮุย กล่าวว่า', [['จู วัน ฮุย', 'lieutenant-colonel']]],
  ])('%s lists %j', (text, expected) => {
    expect(people(text, 'th')).toEqual(expected);
  });

  it('lists no one arrested under a courtesy', () => {
    expect(people('นายจู วัน ฮุย ถูกจับกุม', 'th')).toEqual([]);
  });
});
