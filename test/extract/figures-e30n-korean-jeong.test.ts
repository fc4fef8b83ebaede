/**
 * Session 30 (e30n): the Korean classifier 정 counts guns after a gun noun ("권총 3정", "사냥총 15정") and pills
 * elsewhere ("엑스터시 500정", "합성마약 2만4천정": ecstasy or synthetic-drug tablets), as 자루 counts `other`
 * when no noun names another (counterDefaults); ko weapon nouns gain 사냥총, 산탄총, 기관총, 공기총 (hunting,
 * shot-, machine and air guns). Sentences written for the project. Negative case: 정 as a word of its own
 * (a surname, "정 경감") is no count.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [text: string, expected: [value: number, unit: string][]];

const CASES: Case[] = [
  ['세관은 국경에서 사냥총 15정을 압수했다.', [[15, 'weapon']]],
  [
    '경찰은 산탄총 4정과 실탄 120발을 압수했다.',
    [
      [4, 'weapon'],
      [120, 'other'],
    ],
  ],
  ['경찰은 엑스터시 500정을 압수했다.', [[500, 'other']]],
  ['경찰은 합성마약 2만4천정을 압수했다.', [[24000, 'other']]],
  // negative
  ['정 경감은 사건을 조사하고 있다.', []],
];

describe('session 30 (e30n): the Korean classifier 정', () => {
  it.each(CASES)('ko: %s', (text, expected) => {
    const figures = extractFigures(documentOf(text, 'ko'), []);
    expect(figures.map((f) => [f.value, f.unit])).toEqual(expected);
  });
});
