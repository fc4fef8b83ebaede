/**
 * yearsIn (places/earlier.ts), which reads years by a regex without lookbehind and tests their sides in code:
 * the same years as the pattern it replaces, on random texts of digits, marks and words, and on invented
 * sentences (years beside decimals, dates, ranges and longer numbers, at a text's edges).
 */
import { describe, expect, it } from 'vitest';
import { yearsIn } from '../../lambdas/extract/places/earlier.js';

const PATTERN = /(?<![\d.,/-])(?:19[5-9]\d|20\d\d)(?![\d]|[.,/-]\d)/g;
const byPattern = (text: string) => [...text.matchAll(PATTERN)].map((m) => Number(m[0]));

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const PIECES = [
  '2019',
  '1987',
  '1949',
  '2024',
  '20',
  '19',
  '5',
  '0',
  '.',
  ',',
  '/',
  '-',
  ' ',
  'a',
  'năm ',
  '年',
];

describe('yearsIn', () => {
  it('reads the years the whole pattern reads, on random texts', () => {
    const next = random(29);
    for (let round = 0; round < 3000; round++) {
      // prepare
      const text = Array.from(
        { length: 1 + Math.floor(next() * 25) },
        () => PIECES[Math.floor(next() * PIECES.length)],
      ).join('');
      // act, assess
      expect(yearsIn(text)).toEqual(byPattern(text));
    }
  });

  it.each([
    ['Năm 2016, cảnh sát bắt 12 người; đến 2023 thì 1.2019 tấn.', [2016, 2023]],
    ['2019-2020 và 2019 – 2020: 20195 xe, 3/4/2021, 2,2018 và 1949, 1950', [2019, 2020, 1950]],
    ['W roku 2018. 2017.5 i 2015', [2018, 2015]],
    ['20202020 1999/', [1999]],
  ])('reads %s', (text, years) => {
    expect(yearsIn(text)).toEqual(years);
    expect(byPattern(text)).toEqual(years);
  });
});
