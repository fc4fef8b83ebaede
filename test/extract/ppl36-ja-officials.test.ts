/**
 * Japanese officials named in katakana: the rank written before the name with の ("大佐のグエン・ヴァン・フン氏",
 * colonel Nguyễn Văn Hùng), as after it ("…フン大佐"), and the offices 局長 and 副局長 after the name, dotted
 * or spaced. A former rank (元大佐の…) and suspects are none. Sentences written for the purpose.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

function people(text: string): { name: string; rank: string | null; role: string | null }[] {
  return findPeople(makeDocument(text, 'ja'), { isPlaceName, isNamesake, isLocalityName }).map((p) => ({
    name: p.name,
    rank: p.rank,
    role: p.role,
  }));
}

describe('Function: findPeople (a Japanese rank before the katakana name, joined by の)', () => {
  it.each<[string, string, string]>([
    ['大佐のグエン・ヴァン・フン氏は会見で捜査の経過を説明した。', 'グエン・ヴァン・フン', 'colonel'],
    ['少将のファム・クアン・ビン氏が国境の検問所を視察した。', 'ファム・クアン・ビン', 'major-general'],
    ['中佐のレ・ティ・ホア氏によると、組織は3年前から活動していた。', 'レ・ティ・ホア', 'lieutenant-colonel'],
    ['同省警察局副局長で大佐のチャン・ドゥック・ナム氏は述べた。', 'チャン・ドゥック・ナム', 'colonel'],
    ['大佐のブイ ミン ロン氏は取材に応じた。', 'ブイ ミン ロン', 'colonel'],
  ])('%s gives %s', (text, name, rank) => {
    expect(people(text).map((p) => [p.name, p.rank])).toEqual([[name, rank]]);
  });

  it.each([
    '元大佐のグエン・ヴァン・フン氏が収賄の疑いで逮捕された。',
    '警察はグエン・ヴァン・フン容疑者（32）を逮捕した。',
    '元中佐のレ・ティ・ホア氏は取材に応じた。',
  ])('reads no official in %s', (text) => {
    expect(people(text).filter((p) => p.rank !== null || p.role !== null)).toEqual([]);
  });
});

describe('Function: findPeople (局長 and 副局長 after a katakana name, dotted or spaced)', () => {
  it.each<[string, string, string]>([
    ['ラオカイ省警察のヴー・ドゥック・ナム局長によると、容疑者は逃走した。', 'ヴー・ドゥック・ナム', '局長'],
    ['ゲアン省警察局のホー・ヴァン・ロン副局長は21日に会見を開いた。', 'ホー・ヴァン・ロン', '副局長'],
    ['クアンニン省公安局のドー ミン ソン副局長は組織の摘発を発表した。', 'ドー ミン ソン', '副局長'],
    ['ヴァン・ティ・ホア副局長は記者団に説明した。', 'ヴァン・ティ・ホア', '副局長'],
  ])('%s gives %s', (text, name, role) => {
    expect(people(text).map((p) => [p.name, p.role])).toEqual([[name, role]]);
  });
});
