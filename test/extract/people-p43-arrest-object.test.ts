/**
 * Session 43 (ppl43): in Korean and Japanese the object of an arrest stands before the active verb, marked
 * by its particle ("경찰은 X 중령을 체포했다", "警察はX中佐を逮捕した"): a ranked name so written is a defendant,
 * never listed, whatever else it does in the article. The same verb before a name tells what its holder did
 * (the officer who made the arrest), and a name whose particle marks another argument (subject, topic,
 * possessive) made no arrest's object. Sentences written for the purpose.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

function officials(text: string, language: string): Array<[string, string | null]> {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName })
    .map((p): [string, string | null] => [p.name, p.rank])
    .sort();
}

describe('ko and ja: the object of an active arrest verb is a defendant (p43)', () => {
  it.each<[string, string]>([
    ['ko', '경찰은 응우옌 반 훙 중령을 체포했다고 밝혔다.'],
    ['ko', '공안은 뇌물 혐의로 쩐 반 남 소령을 구속했다.'],
    ['ko', '성 공안은 마약 밀매 혐의로 레 반 탄 상위를 검거했다.'],
    ['ko', '경찰은 쩐 반 남 대위를 마약 밀매 혐의로 체포했다.'],
    ['ja', '警察はグエン・ヴァン・フン中佐を逮捕した。'],
    ['ja', '警察はグエン・ヴァン・フン中佐を収賄の疑いで逮捕した。'],
  ])('%s: %s → nobody', (language, text) => {
    expect(officials(text, language)).toEqual([]);
  });

  it('ko: the arrested officer stays unlisted though a later sentence has him speak', () => {
    expect(
      officials('경찰은 쩐 반 남 소령을 체포했다. 쩐 반 남 소령은 혐의를 부인했다고 말했다.', 'ko'),
    ).toEqual([]);
  });

  it.each<[string, string, string, string]>([
    [
      'ko',
      '마약 조직을 검거한 응우옌 반 훙 중령은 수사가 계속되고 있다고 말했다.',
      '응우옌 반 훙',
      'lieutenant-colonel',
    ],
    [
      'ko',
      '응우옌 반 훙 중령을 단장으로 한 수사팀이 용의자를 체포했다.',
      '응우옌 반 훙',
      'lieutenant-colonel',
    ],
    ['ko', '응우옌 반 훙 중령은 용의자를 체포했다고 밝혔다.', '응우옌 반 훙', 'lieutenant-colonel'],
    ['ko', '응우옌 반 훙 중령이 이끄는 수사팀은 용의자를 검거했다.', '응우옌 반 훙', 'lieutenant-colonel'],
    [
      'ja',
      '容疑者を逮捕したグエン・ヴァン・フン中佐は、捜査が続いていると述べた。',
      'グエン・ヴァン・フン',
      'lieutenant-colonel',
    ],
    [
      'ja',
      'グエン・ヴァン・フン中佐を団長とする捜査班が容疑者を逮捕した。',
      'グエン・ヴァン・フン',
      'lieutenant-colonel',
    ],
    ['ja', 'グエン・ヴァン・フン中佐が容疑者を逮捕した。', 'グエン・ヴァン・フン', 'lieutenant-colonel'],
    [
      'ja',
      'グエン・ヴァン・フン中佐の指揮の下、警察は容疑者を逮捕した。',
      'グエン・ヴァン・フン',
      'lieutenant-colonel',
    ],
  ])('%s: %s → the arresting officer stays', (language, text, name, rank) => {
    expect(officials(text, language)).toEqual([[name, rank]]);
  });
});

describe('uk: "під керівництвом" (under the leadership of) is no office (p43)', () => {
  it('the feminine office words are whole forms, not the stem of "керівництво"', () => {
    const people = findPeople(
      makeDocument('Операцію провели під керівництвом підполковника Чан Ван Тханя.', 'uk'),
      { isPlaceName, isNamesake, isLocalityName },
    );
    expect(people.map((p) => [p.name, p.rank, p.role])).toEqual([
      ['Чан Ван Тхань', 'lieutenant-colonel', null],
    ]);
  });
});
