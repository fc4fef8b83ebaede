/**
 * Officials in Chinese, Japanese and Korean news where the rank stands apart from the name's usual place: after
 * the office and an enumeration comma, before the name ("公安部副部长、中将黎国雄"), in brackets after it
 * ("次官（中将）"), or after the name as Korean writes it. Written for the purpose, as Xinhua, People's Daily,
 * VNA's Chinese, Japanese and Korean editions and Yonhap would write them. Suspects, defendants and company
 * chairmen are none; one official named twice (with and without rank, in full and shortened) is one.
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import type { Document } from '../../lambdas/extract/types.js';

function doc(body: string, language: string): Document {
  return { body, folded: fold(body), sentences: splitSentences(body), language };
}

// A small stand-in gazetteer: the places stage provides the real one.
const PLACES = new Set(['quang ninh', 'ha tinh', 'lao cai', 'nghe an', 'quang tri']);
const isPlaceName = (name: string) => PLACES.has(fold(name));

function officials(body: string, language: string): Array<[string, string | null]> {
  return findPeople(doc(body, language), { isPlaceName }).map((p) => [p.name, p.rank]);
}

type Case = [language: string, body: string, expected: Array<[string, string | null]>];

describe('Function: findPeople (Chinese: office, enumeration comma, rank, name)', () => {
  it.each<Case>([
    [
      'zh',
      '越南公安部副部长、中将黎国雄表示，今年以来共破获毒品案件1200起。',
      [['黎国雄', 'lieutenant-general']],
    ],
    ['zh', '广宁省公安厅厅长、大校阮文明说，该团伙共有5名成员。', [['阮文明', 'colonel']]],
    ['zh', '边防部队司令部副司令、少将阮英俊在会上通报了情况。', [['阮英俊', 'major-general']]],
    ['zh', '据老街省公安厅副厅长、上校陈文强介绍，警方缴获海洛因10块。', [['陈文强', 'colonel']]],
    ['zh', '芒街口岸边防站站长、中校黄德海说，走私分子多在夜间活动。', [['黄德海', 'lieutenant-colonel']]],
    ['zh', '交警大队副队长、少校阮氏秋香表示，事故造成2人死亡。', [['阮氏秋香', 'major']]],
    [
      'zh',
      '广宁省公安厅厅长、大校阮文明在发布会上介绍案情。阮文明表示，警方将继续追查。',
      [['阮文明', 'colonel']],
    ],
    [
      'zh',
      '公安部副部长、中将黎国雄和广宁省公安厅厅长、大校阮文明出席了仪式。',
      [
        ['黎国雄', 'lieutenant-general'],
        ['阮文明', 'colonel'],
      ],
    ],
    [
      'zh',
      '出席会议的有：少将阮英俊、大校阮文明等。',
      [
        ['阮英俊', 'major-general'],
        ['阮文明', 'colonel'],
      ],
    ],
    ['zh', '上校陈文强表示，警方已查获毒品3公斤。', [['陈文强', 'colonel']]],
    ['zh', '公安部专案组组长阮文勇表示，案件已移交检察机关。', [['阮文勇', null]]],
    ['zh', '越南驻华大使范星梅出席了活动。', [['范星梅', null]]],
    ['zh', '犯罪嫌疑人阮某被警方当场抓获，缴获毒品2公斤。', []],
    ['zh', '被告人陈文山因贩卖毒品罪被判处死刑。', []],
    ['zh', '该公司董事长黎文安因逃税被起诉。', []],
  ])('[%s] %s', (language, body, expected) => {
    expect(officials(body, language)).toEqual(expected);
  });
});

describe('Function: findPeople (Japanese: rank after the name, or in brackets after the office)', () => {
  it.each<Case>([
    [
      'ja',
      'ベトナム公安省のレ・クオック・フン次官（中将）は、麻薬事件1200件を摘発したと述べた。',
      [['レ・クオック・フン', 'lieutenant-general']],
    ],
    [
      'ja',
      'クアンニン省警察のグエン・バン・ミン大佐によると、グループは5人で構成されていた。',
      [['グエン・バン・ミン', 'colonel']],
    ],
    [
      'ja',
      '国境警備隊司令部のグエン・アイン・トゥアン副司令官（少将）が会見で明らかにした。',
      [['グエン・アイン・トゥアン', 'major-general']],
    ],
    [
      'ja',
      'ラオカイ省警察副局長のチャン・バン・クオン中佐は、ヘロイン10個を押収したと語った。',
      [['チャン・バン・クオン', 'lieutenant-colonel']],
    ],
    [
      'ja',
      'クアンニン省警察のグエン・バン・ミン大佐は記者会見で事件を説明した。ミン大佐は捜査を続けると述べた。',
      [['グエン・バン・ミン', 'colonel']],
    ],
    ['ja', '公安省次長のグエン・ヴァン・ナム氏は記者会見で述べた。', [['グエン・ヴァン・ナム', null]]],
    ['ja', '容疑者のグエン・バン・アン容疑者は現場で逮捕された。', []],
    ['ja', '被告のチャン・ティ・ホアは懲役10年の判決を受けた。', []],
  ])('[%s] %s', (language, body, expected) => {
    expect(officials(body, language)).toEqual(expected);
  });
});

describe('Function: findPeople (Korean: office, name, rank)', () => {
  it.each<Case>([
    ['ko', '꽝닌성 공안국장 응우옌반민 대령은 조직원이 5명이라고 밝혔다.', [['응우옌반민', 'colonel']]],
    [
      'ko',
      '베트남 공안부 차관 레꾸옥훙 중장은 올해 마약 사건 1200건을 적발했다고 말했다.',
      [['레꾸옥훙', 'lieutenant-general']],
    ],
    [
      'ko',
      '국경수비대 부사령관 응우옌아인뚜언 소장이 기자회견에서 밝혔다.',
      [['응우옌아인뚜언', 'major-general']],
    ],
    [
      'ko',
      '라오까이성 공안 부국장 쩐반끄엉 중령은 헤로인 10개를 압수했다고 말했다.',
      [['쩐반끄엉', 'lieutenant-colonel']],
    ],
    [
      'ko',
      '꽝닌성 공안국장 응우옌반민 대령은 기자회견을 열었다. 응우옌반민 국장은 수사를 계속하겠다고 말했다.',
      [['응우옌반민', 'colonel']],
    ],
    ['ko', '레 반 뚜언 국경수비대 지휘관은 순찰을 강화하겠다고 밝혔다.', [['레 반 뚜언', null]]],
    ['ko', '용의자 응우옌반안은 현장에서 체포됐다.', []],
    ['ko', '회사 회장 레반안은 탈세 혐의로 기소됐다.', []],
  ])('[%s] %s', (language, body, expected) => {
    expect(officials(body, language)).toEqual(expected);
  });
});
