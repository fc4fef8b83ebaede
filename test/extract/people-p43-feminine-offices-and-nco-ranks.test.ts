/**
 * Session 43 (ppl43): Ukrainian names a woman's office in its feminine form ("речниця", "начальниця",
 * "заступниця", "керівниця"), whose stems the masculine role words do not start; "очільник" (head) and
 * "командувач" / "командующий" (commander) are offices too; a woman official who visits the injured acts in
 * the story ("відвідала"), so the harm word next to her does not make her a victim. Korean writes the
 * Vietnamese NCO ranks by their Sino-Korean words: 상사 (thượng sĩ) and 원사 are senior sergeants; its family
 * names include Lâm (람), Lại (라이), Nông (농), Kiều (끼에우). Sentences written for the purpose.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

function officials(text: string, language: string): Array<[string, string | null, string | null]> {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName })
    .map((p): [string, string | null, string | null] => [p.name, p.rank, p.role])
    .sort();
}

describe('uk and ru: feminine offices, heads and commanders (p43)', () => {
  it.each<[string, string, string, string | null, string]>([
    [
      'uk',
      'Речниця поліції Нгуєн Тхі Тху повідомила, що справу порушено.',
      'Нгуєн Тхі Тху',
      null,
      'Речниця поліції',
    ],
    [
      'uk',
      'Начальниця відділу Чан Тхі Май сказала, що операцію завершено.',
      'Чан Тхі Май',
      null,
      'Начальниця відділу',
    ],
    [
      'uk',
      'Керівниця управління Во Тхі Лан наголосила на профілактиці.',
      'Во Тхі Лан',
      null,
      'Керівниця управління',
    ],
    [
      'uk',
      'Очільник поліції провінції полковник Ле Ван Хоа заявив, що справу передано до суду.',
      'Ле Ван Хоа',
      'colonel',
      'Очільник поліції провінції',
    ],
    [
      'uk',
      'Командувач прикордонної служби генерал-майор Ле Дик Тхай оглянув пункт.',
      'Ле Дик Тхай',
      'major-general',
      'Командувач прикордонної служби',
    ],
    [
      'ru',
      'Командующий пограничными войсками генерал-майор Ле Дык Тхай осмотрел пункт.',
      'Ле Дык Тхай',
      'major-general',
      'Командующий пограничными войсками',
    ],
    [
      'ru',
      'Начальница отдела Чан Тхи Май сообщила, что операция завершена.',
      'Чан Тхи Май',
      null,
      'Начальница отдела',
    ],
  ])('%s: %s', (language, text, name, rank, role) => {
    expect(officials(text, language)).toEqual([[name, rank, role]]);
  });

  it('uk: a deputy chairwoman who visits the injured acts in the story, and stays listed', () => {
    expect(
      officials('Заступниця голови комітету Фам Тхі Хоа відвідала постраждалих у лікарні.', 'uk'),
    ).toEqual([['Фам Тхі Хоа', null, 'Заступниця голови комітету']]);
  });

  it('uk: a suspect named after the feminine office words stays unlisted', () => {
    expect(officials('Поліція затримала підозрювану Нгуєн Тхі Хоа за збут наркотиків.', 'uk')).toEqual([]);
  });
});

describe('ko: the NCO ranks 상사 and 원사 (p43)', () => {
  it.each<[string, string, string]>([
    ['응우옌 반 꽝 상사는 현장에서 주민들을 대피시켰다고 말했다.', '응우옌 반 꽝', 'senior sergeant'],
    ['레 반 탄 원사가 순찰대를 지휘했다.', '레 반 탄', 'senior sergeant'],
    ['팜 반 롱 중사는 사건 경위를 설명했다.', '팜 반 롱', 'sergeant'],
  ])('%s', (text, name, rank) => {
    expect(officials(text, 'ko').map(([n, r]) => [n, r])).toEqual([[name, rank]]);
  });

  it('ko: 상사 with no name before it (a superior) makes no official', () => {
    expect(officials('그는 상사의 지시에 따라 현장으로 갔다고 말했다.', 'ko')).toEqual([]);
  });
});

describe('ko: the rarer Vietnamese family names in Hangul (p43)', () => {
  it.each<[string, string]>([
    ['람 반 훙 중령은 말했다.', '람 반 훙'],
    ['라이 반 훙 중령은 말했다.', '라이 반 훙'],
    ['농 반 훙 중령은 말했다.', '농 반 훙'],
    ['끼에우 반 훙 중령은 말했다.', '끼에우 반 훙'],
  ])('%s', (text, name) => {
    expect(officials(text, 'ko').map(([n, r]) => [n, r])).toEqual([[name, 'lieutenant-colonel']]);
  });

  it('words that start with those syllables are no names ("농업", "라이브")', () => {
    expect(officials('농업 분야 관계자는 라이브 방송에서 말했다.', 'ko')).toEqual([]);
  });
});
