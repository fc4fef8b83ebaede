/**
 * A road named after a place or a national figure (session 32): "ホーチミン道路", "হো চি মিন রোড", "胡志明公路",
 * "호찌민 도로" name the road, not Hồ Chí Minh City; the story happens where the road is. A road named after a
 * place still names the place. Lexicon entries roadAfter (ja zh ko bn hi); places/road-names.ts. Short reports
 * written for this rule, never sentences of the tuning or holdout sets.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../lambdas/extract/places/index.js';
import { documentOf } from '../support/document.js';

function provincesOf(body: string, language: string): string[] {
  return findPlaces(documentOf(body, language)).provinces.map((p) => p.slug);
}

describe('Places: a road named after a place', () => {
  it.each([
    ['ja', '木曜日の夜、ホーチミン道路でバスが横転し、クアンビン省警察によると乗客3人がけがをした。'],
    ['zh', '周四晚上，一辆客车在胡志明公路上翻车，广平省公安称，3名乘客受伤。'],
    ['ko', '목요일 밤 호찌민 도로에서 버스가 전복돼 승객 3명이 다쳤다고 꽝빈성 경찰이 밝혔다.'],
    ['bn', 'বৃহস্পতিবার রাতে হো চি মিন রোডে একটি বাস উল্টে যায়, কোয়াং বিন প্রদেশের পুলিশ জানিয়েছে।'],
  ])('%s: the road is no mention of the city', (language, body) => {
    expect(provincesOf(body, language)).toEqual(['quang-binh']);
  });

  it.each([
    ['ja', '木曜日の夜、ホーチミン市でバスが横転し、警察によると乗客3人がけがをした。'],
    ['zh', '周四晚上，一辆客车在胡志明市翻车，警方称，3名乘客受伤。'],
    ['ko', '목요일 밤 호찌민시에서 버스가 전복돼 승객 3명이 다쳤다고 경찰이 밝혔다.'],
  ])('%s: the city itself is still read', (language, body) => {
    expect(provincesOf(body, language)).toEqual(['ho-chi-minh']);
  });

  it.each([
    ['ja', '木曜日の夜、ダナン道路でバスが横転し、ダナン市警察によると乗客3人がけがをした。'],
    ['zh', '周四晚上，一辆客车在岘港公路上翻车，岘港市公安称，3名乘客受伤。'],
  ])('%s: a road named after a place still names it', (language, body) => {
    expect(provincesOf(body, language)).toEqual(['da-nang']);
  });
});
