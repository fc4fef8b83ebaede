/**
 * asRole (people/roles.ts) reads the first words of a role stretch by wordsUpTo instead of splitting the whole
 * stretch on white space, for speed: for a stretch trimmed of white space, wordsUpTo must give what
 * `split(/\s+/u)` gave whenever that holds no more words than asked, and more words than asked otherwise (asRole
 * then turns the stretch away, as before). Invented stretches and random strings of spaces of every kind.
 */
import { describe, expect, it } from 'vitest';
import { wordsUpTo } from '../../lambdas/extract/people/roles.js';

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const UNITS = [
  'a',
  'é',
  'ß',
  'x',
  '-',
  "'",
  '’',
  ',',
  ' ',
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '\u2009',
  '\u3000',
  '\ufeff',
  '中',
  '😀',
];

/** What asRole read before: the whole stretch split, and whether it was too long. */
function expected(text: string, most: number): string[] | 'too long' {
  const words = text.split(/\s+/u);
  return words.length > most ? 'too long' : words;
}

function actual(text: string, most: number): string[] | 'too long' {
  const words = wordsUpTo(text, most + 1);
  return words.length > most ? 'too long' : words;
}

describe('wordsUpTo reads a role stretch as its split did', () => {
  it.each([
    ['deputy director of the provincial police', 12],
    ['vice  chairman\u00a0of the\tpeople’s committee', 3],
    ['chef de la police du district de la ville portuaire du nord où les routes sont fermées', 12],
    ['trưởng phòng', 12],
    ['director', 1],
  ])('%s (at most %i words)', (text, most) => {
    expect(actual(text, most)).toEqual(expected(text, most));
  });

  it('on 20,000 random trimmed strings', () => {
    const next = random(36);
    for (let k = 0; k < 20000; k++) {
      let text = '';
      const n = 1 + Math.floor(next() * 40);
      for (let i = 0; i < n; i++) text += UNITS[Math.floor(next() * UNITS.length)];
      text = text.trim();
      if (text === '') continue;
      const most = 1 + Math.floor(next() * 14);
      expect(actual(text, most), JSON.stringify(text)).toEqual(expected(text, most));
    }
  });
});
