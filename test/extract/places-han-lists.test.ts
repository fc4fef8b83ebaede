/**
 * Two-character Han province names in a list that writes the type word once (places/han-list.ts): every item
 * is a province; a name alone with no type word, or a list of ordinary words, is none.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../lambdas/extract/places/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import type { Document } from '../../lambdas/extract/types.js';
import { PRIMARY } from '../support/primary-choice.js';

function doc(body: string, language: string): Document {
  return { body, folded: fold(body), sentences: splitSentences(body), language };
}

const slugs = (body: string, language = 'zh'): string[] =>
  findPlaces(doc(body, language), [], PRIMARY)
    .provinces.map((p) => p.slug)
    .sort();

describe('Function: findPlaces (Han names in a list)', () => {
  it.each([
    [
      '暴雨袭击了广宁、河江、高平和北江等省,多处道路中断。',
      ['bac-giang', 'cao-bang', 'ha-giang', 'quang-ninh'],
    ],
    ['北件、宣光与太平等省市的稻田受灾严重。', ['bac-kan', 'thai-binh', 'tuyen-quang']],
    ['救援队伍已抵达包括高平、北件、富寿在内的多个省份。', ['bac-kan', 'cao-bang', 'phu-tho']],
    ['宣光和北江等地的警方加强了巡逻。', ['bac-giang', 'tuyen-quang']],
    ['暴雨袭擊了廣寧、河江、高平等省。', ['cao-bang', 'ha-giang', 'quang-ninh']],
  ])('"%s" names %j', (body, expected) => {
    // Act
    const found = slugs(body);

    // Assess
    expect(found).toEqual(expected);
  });

  it.each([
    '人民希望和平、太平与幸福。',
    '广宁遭受暴雨,多处道路中断。',
    '包括和平、太平在内的口号随处可见。',
  ])('"%s" names no province', (body) => {
    // Act
    const found = slugs(body);

    // Assess
    expect(found).toEqual([]);
  });

  it.each([
    ['ja', 'クアンニン、ハザン、カオバンの各省で大雨が続いた。', ['cao-bang', 'ha-giang', 'quang-ninh']],
    ['ja', '台風はバクカン、フートなどの省に被害をもたらした。', ['bac-kan', 'phu-tho']],
    ['ko', '꽝닌, 하장, 까오방 등 성에서 폭우가 이어졌다.', ['cao-bang', 'ha-giang', 'quang-ninh']],
  ])('%s: the kana and Hangul list "%s" names %j', (language, body, expected) => {
    // Act
    const found = slugs(body, language);

    // Assess
    expect(found).toEqual(expected);
  });
});
