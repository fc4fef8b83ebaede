/**
 * Session 30 (e30n): Korean native numerals of more than one syllable written as words of their own ("다섯 대",
 * five vehicles; "여섯 명", six people; "열다섯 명", fifteen) are number words before their counter, as those of
 * one syllable ("세 명") already were; the tokenizer read every run of Hangul holding a numeral syllable numeral
 * by numeral, so a two-syllable word was no number. Sentences written for the project. Negative cases: an
 * ordinal ("다섯 번째", the fifth) counts nothing, and a word that only holds a numeral syllable is no number.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [text: string, expected: [value: number, unit: string][]];

const CASES: Case[] = [
  ['세관은 목재를 실은 트럭 다섯 대를 세웠다.', [[5, 'vehicle']]],
  ['경찰은 마약 밀매 용의자 여섯 명을 체포했다.', [[6, 'person']]],
  ['산사태로 주민 일곱 명이 숨졌다.', [[7, 'person']]],
  [
    '경찰은 오토바이 여덟 대와 휴대전화 아홉 개를 압수했다.',
    [
      [8, 'vehicle'],
      [9, 'other'],
    ],
  ],
  ['경찰은 도박 용의자 열다섯 명을 검거했다.', [[15, 'person']]],
  ['화재로 주민 열두 명이 다쳤다.', [[12, 'person']]],
  ['태풍으로 어선 열한 척이 침몰했다.', [[11, 'vehicle']]],
  // negatives
  ['다섯 번째 용의자는 아직 도주 중이다.', []],
  ['구조대원들이 현장에 도착했다.', []],
];

describe('session 30 (e30n): Korean native numerals of more than one syllable', () => {
  it.each(CASES)('ko: %s', (text, expected) => {
    const figures = extractFigures(documentOf(text, 'ko'), []);
    expect(figures.map((f) => [f.value, f.unit])).toEqual(expected);
  });
});
