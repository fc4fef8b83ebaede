/**
 * Session 41's people classes, sentences written for the purpose: Russian and Ukrainian harm words (an officer
 * wounded, killed or taken to hospital is a victim the story tells of, not an official it lists), also where
 * the name stands declined.
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

describe('Function: findPeople (Russian and Ukrainian harm words)', () => {
  it.each<[string, string]>([
    ['ru', 'Капитан Ле Ван Тхань был ранен и госпитализирован.'],
    ['ru', 'Майор Ле Ван Тхань погиб на месте.'],
    ['ru', 'Майора Ле Ван Тханя госпитализировали.'],
    ['uk', 'Капітан Ле Ван Тхань загинув.'],
    ['uk', 'Майор Ле Ван Тхань зазнав поранень.'],
    ['uk', 'Майора Ле Ван Тханя госпіталізували.'],
  ])('%s: %s lists no one', (language, text) => {
    expect(people(text, language)).toEqual([]);
  });

  it.each<[string, string]>([
    // The officer speaks or acts: harm told of others in the sentence leaves the official listed.
    ['ru', 'Полковник Ле Ван Тхань заявил, что двое полицейских были ранены.'],
    ['ru', 'Полковник Ле Ван Тхань выразил соболезнования семьям погибших.'],
    ['uk', 'Полковник Ле Ван Тхань повідомив, що двоє поліцейських були поранені.'],
  ])('%s: %s keeps the colonel', (language, text) => {
    expect(people(text, language)).toEqual([['Ле Ван Тхань', 'colonel']]);
  });
});

function roles(text: string, language: string): Array<[string, string | null, string | null]> {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName }).map((p) => [
    p.name,
    p.rank,
    p.role,
  ]);
}

describe('Function: findPeople (Korean unit heads and general officers)', () => {
  it.each<[string, [string, string | null, string | null]]>([
    // A unit (…대) and its head (…대장) written as one word: the office, not the rank of a general.
    ['하노이 기동경찰대장 팜반남은 현장을 점검했다고 밝혔다.', ['팜반남', null, '기동경찰대장']],
    ['팜반남 기동경찰대장은 현장을 점검했다고 밝혔다.', ['팜반남', null, '기동경찰대장']],
    ['기동경찰대장인 팜반남 중령은 밝혔다.', ['팜반남', 'lieutenant-colonel', '기동경찰대장']],
    // 대장 as a word of its own before a name a rank follows: the head of the unit, the rank after the name.
    ['하노이 기동경찰대 대장 팜반남 중령은 밝혔다.', ['팜반남', 'lieutenant-colonel', '대장']],
    // 대장 after the name of a unit's member (…대 X 대장): the unit's head, no general.
    ['도로교통경찰대 팜반남 대장은 밝혔다.', ['팜반남', null, '대장']],
    // A one-word name ending like an office word (반장, team leader) before a general's rank is a name.
    ['국방부 장관 도반장 대장은 훈련을 지휘했다.', ['도반장', 'general', '장관']],
  ])('%s', (text, expected) => {
    expect(roles(text, 'ko')).toEqual([expected]);
  });

  it('keeps a general written before the name', () => {
    expect(roles('대장 판 반 끄엉 국방부 장관은 밝혔다.', 'ko')).toEqual([['판 반 끄엉', 'general', '장관']]);
  });

  it('reads no name in a deputy team leader before a police rank', () => {
    expect(roles('부반장 경위는 현장에 도착했다.', 'ko')).toEqual([]);
  });
});

describe('Function: findPeople (Japanese envoys named before their posted office)', () => {
  it.each<[string, [string, string | null, string | null]]>([
    [
      '式には大使館から山田太郎駐ベトナム日本国特命全権大使が出席した。',
      ['山田太郎', null, '駐ベトナム日本国特命全権大使'],
    ],
    ['鈴木一郎駐ダナン総領事は述べた。', ['鈴木一郎', null, '駐ダナン総領事']],
  ])('%s', (text, expected) => {
    expect(roles(text, 'ja')).toEqual([expected]);
  });

  it('reads no envoy where 駐 opens another word', () => {
    expect(roles('大使館の職員は駐車場に向かった。', 'ja')).toEqual([]);
  });
});

describe('Function: findPeople (Korean officers harmed, former offices)', () => {
  it.each<string>([
    '팜반남 대위는 병원으로 옮겨졌다.',
    '팜반남 대위는 병원에서 치료를 받고 있다.',
    '팜반남 상위는 머리를 크게 다쳐 입원했다.',
    '피고인 팜반남 전 국장은 징역 8년을 선고받았다.',
  ])('%s lists no one', (text) => {
    expect(roles(text, 'ko')).toEqual([]);
  });

  it.each<[string, [string, string | null, string | null]]>([
    ['팜반남 국장은 부상자들이 병원으로 옮겨졌다고 밝혔다.', ['팜반남', null, '국장']],
    ['팜반남 전 국장과 도반뚜언 국장이 만났다.', ['도반뚜언', null, '국장']],
  ])('%s', (text, expected) => {
    expect(roles(text, 'ko')).toEqual([expected]);
  });
});
