/**
 * Session 34 (pp34): a Japanese text links an official to the body he speaks for by の before the name, and
 * closes the name with a mere courtesy ("国家交通安全委員会のX氏によると", according to Mr X of the national
 * traffic safety committee). The committee makes him an official, whether the name is in katakana or left in
 * its Latin letters; a courtesy alone still makes none. Sentences invented for the class.
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import type { Document } from '../../lambdas/extract/types.js';

function doc(body: string, language: string): Document {
  return { body, folded: fold(body), sentences: splitSentences(body), language };
}

const isPlaceName = () => false;

function officials(body: string): string[] {
  return findPeople(doc(body, 'ja'), { isPlaceName }).map((p) => p.name);
}

describe('Function: findPeople (ja: a committee linked by の before a name closed by 氏)', () => {
  it.each([
    [
      '祝日の事故について、国家交通安全委員会のグエン・ヴァン・ナム氏によると、飲酒運転が最も多い原因だという。',
      ['グエン・ヴァン・ナム'],
    ],
    ['省人民委員会のTrần Minh Đức氏は、被害を受けた世帯に支援金を届けると述べた。', ['Trần Minh Đức']],
    [
      '祝日の事故について、国家交通安全委員会のLe Quang Hieu氏によると、ヘルメットの未着用も多かったという。',
      ['Le Quang Hieu'],
    ],
  ])('%s', (body, expected) => {
    expect(officials(body)).toEqual(expected);
  });

  it('a courtesy with no body linked before it makes no official', () => {
    expect(officials('近所に住むTrần Minh Đức氏は、大きな音で目を覚ましたと話した。')).toEqual([]);
  });
});
