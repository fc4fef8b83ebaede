/**
 * A crash told by what the vehicle did, with no word for an accident in the figures' paragraph: it ploughed
 * into a crowd, ran somebody over, its driver lost control (session 23, batch 23: a sleeper bus that
 * "突っ込み" into mourners left its dead and injured read as crime). Verbs of a vehicle hitting, in the
 * languages whose lexicons lacked them (ja, ko, zh, en; ru "врезал*", es "atropell*", vi "tông vào", fr
 * "percute*" had them). Invented articles, a title and a paragraph, written for the purpose.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import type { Topic } from '../../lambdas/shared/vocabulary.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, expected: readonly [value: number, topic: Topic][]];

describe('Topic: a vehicle hitting people or things is traffic', () => {
  it.each<Case>([
    ['ja', '市場で惨事\n朝、乗用車が露店の並ぶ市場に突っ込み、2人が死亡した。', [[2, 'traffic']]],
    ['ja', '帰宅途中に\n帰宅途中の住民がトラックにはねられ、4人が軽傷を負った。', [[4, 'traffic']]],
    ['ko', '상점 피해\n새벽에 화물차가 상점을 들이받아 주민 3명이 숨졌다.', [[3, 'traffic']]],
    ['zh', '路边惨剧\n一辆货车在集市撞倒路边行人，造成6人死亡。', [[6, 'traffic']]],
    [
      'en',
      'Market tragedy\nA lorry ploughed into a roadside market at dawn, killing 5 people and injuring 9 others.',
      [
        [5, 'traffic'],
        [9, 'traffic'],
      ],
    ],
    [
      'en',
      'Night on the pass\nThe driver lost control of the bus on the pass and 7 passengers were hurt.',
      [[7, 'traffic']],
    ],
  ])('[%s] %s', (language, text, expected) => {
    const figures = extractFigures(documentOf(text, language), []).map((f) => [f.value, f.topic]);
    const got = expected.map(([value]) => [value, figures.find(([v]) => v === value)?.[1]]);
    expect(got).toEqual(expected);
  });
});
