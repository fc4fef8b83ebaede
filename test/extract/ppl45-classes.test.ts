/**
 * Session 45 people classes, each read with sentences written for the purpose: a harm word inside the quoted
 * words of a speaker (victims.ts, text/quotes.ts); the Hangul spelling 누옌 of Nguyễn and a one-word Hangul name
 * with Liệt; one official in one Cyrillic copy under two spellings of an initial (one-official.ts); the object of
 * an attack verb in Portuguese and Italian (lexicon attackWords).
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';
import { quotedSpans } from '../../lambdas/extract/text/quotes.js';

function people(text: string, language: string): Array<[string, string | null]> {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName }).map((p) => [
    p.name,
    p.rank,
  ]);
}

describe('Function: quotedSpans', () => {
  it.each<[string, Array<[number, number]>]>([
    ['a «b» c', [[2, 5]]],
    ['x "yz" w', [[2, 6]]],
    ['she said „ja“.', [[9, 13]]],
    // A quotation the sentence splitter opened in an earlier sentence closes here.
    ['all safe.» he said', [[0, 10]]],
    // One left open runs to the end.
    ['he said: “we', [[9, 12]]],
  ])('%s', (text, spans) => {
    expect(quotedSpans(text, 0, text.length)).toEqual(spans);
  });
});

describe('Function: findPeople (a harm word in the words an official is quoted saying)', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    [
      'ko',
      '빈즈엉성 경찰서 도 반 끄엉 대령은 "화재로 주민 3명이 다쳤다"고 했다.',
      [['도 반 끄엉', 'colonel']],
    ],
    ['en', 'Colonel Ha Van Loc said: "Four workers were injured in the blast."', [['Ha Van Loc', 'colonel']]],
    ['ru', 'Полковник Фам Ван Лок сказал: «Двое рабочих получили ранения».', [['Фам Ван Лок', 'colonel']]],
  ])('%s: %s', (language, text, expected) => {
    expect(people(text, language)).toEqual(expected);
  });

  it.each<[string, string]>([
    // The harm outside the quotation is the officer's own.
    ['ko', '도 반 끄엉 대위가 화재 현장에서 다쳤다.'],
    // A name quoted with its harm stays a victim.
    ['en', 'The chief told reporters: "Captain Ha Van Loc was injured in the blast."'],
  ])('%s: lists no one in %s', (language, text) => {
    expect(people(text, language).map(([n]) => n)).not.toContain(
      language === 'ko' ? '도 반 끄엉' : 'Ha Van Loc',
    );
  });
});

describe('Function: findPeople (Hangul spellings of Vietnamese names)', () => {
  it.each<[string, string]>([
    ['응에안성 공안 부국장 누옌 반 득 대령은 마약 3kg을 압수했다고 밝혔다.', '누옌 반 득'],
    ['응에안성 공안 부국장 부이반리엣 중령은 사건을 설명했다.', '부이반리엣'],
  ])('%s gives %s', (text, name) => {
    expect(people(text, 'ko').map(([n]) => n)).toEqual([name]);
  });
});

describe('Function: findPeople (one official under two Cyrillic spellings of an initial)', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    [
      'ru',
      'Полковник Чан Ван Зунг открыл заседание. Затем полковник Чан Ван Дунг сказал, что план выполнен.',
      [['Чан Ван Зунг', 'colonel']],
    ],
    [
      'uk',
      'Підполковник Ле Хоанг Зянг відкрив нараду. Підполковник Ле Хоанг Жанг сказав, що план виконано.',
      [['Ле Хоанг Зянг', 'lieutenant-colonel']],
    ],
  ])('%s: %s', (language, text, expected) => {
    expect(people(text, language)).toEqual(expected);
  });

  it('keeps two officials whose ranks differ', () => {
    expect(
      people('Полковник Чан Ван Зунг открыл заседание. Майор Чан Ван Дунг сказал, что план выполнен.', 'ru'),
    ).toHaveLength(2);
  });
});

describe('Function: findPeople (the object of an attack verb in Portuguese and Italian)', () => {
  it.each<[string, string]>([
    ['pt', 'O agressor entrou no escritório e disparou contra o vice-diretor Tran Van Binh.'],
    ['it', "L'aggressore è entrato nell'ufficio e ha sparato contro il vicedirettore Tran Van Binh."],
  ])('%s: %s lists no one', (language, text) => {
    expect(people(text, language)).toEqual([]);
  });

  it.each<[string, string]>([
    ['pt', 'O coronel Le Van Nam disparou contra o suspeito.'],
    ['it', 'Il colonnello Le Van Nam ha sparato contro il sospettato.'],
  ])('%s: the ranked subject of %s acts', (language, text) => {
    expect(people(text, language).map(([n]) => n)).toEqual(['Le Van Nam']);
  });
});

describe('Function: findPeople (a Slovak verb of saying before the office it reports, read with the Czech lexicon)', () => {
  it('leaves the verb out of the office', () => {
    const found = findPeople(
      makeDocument('„Cesty sú zaplavené," povedal podpredseda okresného výboru Nguyen Van Tam.', 'sk'),
      { isPlaceName, isNamesake, isLocalityName },
    ).map((p) => [p.name, p.role]);
    expect(found).toEqual([['Nguyen Van Tam', 'podpredseda okresného výboru']]);
  });
});
