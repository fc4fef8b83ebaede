/**
 * Session 26 (b26p), places: a Chinese wire may sign its bracketed dateline with the reporter's byline
 * between the agency and the place ("(中央社記者X河內7日專電)", the agency, 記者 reporter, a name, the place,
 * the date): the capital there is where the story was filed from, not a province the story names. Sentences
 * written for the purpose, in traditional and simplified characters.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../lambdas/extract/places/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';

function provincesOf(body: string, language: string): string[] {
  const doc = { body, folded: fold(body), sentences: splitSentences(body), language };
  return findPlaces(doc).provinces.map((p) => p.slug);
}

describe("Places: a Chinese wire's dateline with the reporter's byline", () => {
  it.each([
    ['zh', '(中央社記者王小明河內3日專電)越南義安省昨天發生山洪,造成5人死亡。', ['nghe-an']],
    ['zh', '（中央社记者李华河内3日专电）越南莱州省边防部队查获20块海洛因。', ['lai-chau']],
  ])('%s: %s', (language, body, expected) => {
    expect(provincesOf(body, language)).toEqual(expected);
  });

  it('a reporter named in the text is no dateline', () => {
    expect(provincesOf('越南義安省警方表示,記者王小明河內3日抵達現場。', 'zh')).toContain('ha-noi');
  });
});
