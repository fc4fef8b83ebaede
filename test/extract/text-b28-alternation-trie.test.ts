/**
 * alternationTrie (text/alternation-trie.ts): inside a lookahead, the trie of an alternation's alternatives
 * matches at exactly the positions where the alternation does, in Latin, Cyrillic and Vietnamese (a `u`
 * regex), with shared words, stems, groups that end an alternative and boundaries that must stay. Also the
 * whole-number path of roundValue (figures/finish.ts), against the rounding it skips.
 */
import { describe, expect, it } from 'vitest';
import { alternationTrie, topAlternatives } from '../../lambdas/extract/text/alternation-trie.js';
import { roundValue } from '../../lambdas/extract/figures/finish.js';
import { positions } from '../support/regex-positions.js';

// Invented cue lists: words sharing their beginnings across lists, a stem, a phrase whose words are spaced by
// any white space but a line break, a boundary after a whole word, a group ending an alternative.
const LATIN = [
  'd(?:rogue[a-z]*|ealer(?![a-z\\d]))',
  'd(?:rogue[^\\S\\n]+de[^\\S\\n]+synthese(?![a-z\\d])|ouane)',
  "trafic[^\\S\\n]+(?:de[^\\S\\n]+drogue|d'armes)(?![a-z\\d])|trafiquant[a-z]*",
  'fraude|fraud(?:eur|uleux)(?![a-z\\d])',
  'incendi(?:e|aire)s?',
];
const LATIN_TEXTS = [
  'le dealer vendait de la drogue de synthese; la douane a saisi des drogues',
  "un trafic de drogue, un trafic d'armes, des trafiquants et une fraude",
  'dealers, fraudeurs et frauduleux: drogue\nde synthese, incendiaires, incendie',
  'trafic de drogues (pluriel), douanier, dealer9, fraudes',
  '',
];
const CYRILLIC = [
  'нарко(?:тик[\\p{L}]*|ман)',
  'наркоторговл[\\p{L}]*|пожар(?![\\p{L}\\d])',
  'пожарн[\\p{L}]*',
];
const CYRILLIC_TEXTS = ['наркотики и наркоман; пожар, пожарные, пожары', 'наркоторговля\nпожар'];
const VIETNAMESE = [
  'ma(?:[^\\S\\n]+túy|[^\\S\\n]+tuý)',
  'cháy(?![\\p{L}\\d])|cháy[^\\S\\n]+nổ',
  'buôn[^\\S\\n]+lậu',
];
const VIETNAMESE_TEXTS = ['vụ cháy nổ, ma túy và ma tuý; buôn lậu, buôn\nlậu, cháyx'];

describe('alternationTrie', () => {
  const cases = [
    ['Latin', '(?<![a-z\\d])', 'g', LATIN, LATIN_TEXTS],
    ['Cyrillic', '(?<![\\p{L}\\d])', 'gu', CYRILLIC, CYRILLIC_TEXTS],
    ['Vietnamese', '(?<![\\p{L}\\d])', 'gu', VIETNAMESE, VIETNAMESE_TEXTS],
  ] as const;
  it.each(cases)(
    '%s: the trie holds at the positions the alternation does',
    (_, prefix, flags, sources, texts) => {
      const trie = alternationTrie(sources);
      for (const text of texts)
        expect(positions(prefix, trie, flags, text)).toEqual(
          positions(prefix, sources.join('|'), flags, text),
        );
    },
  );

  it('shares the alternatives beginnings, phrases included', () => {
    const trie = alternationTrie([
      'trafic[^\\S\\n]+de[^\\S\\n]+drogue',
      'trafic[^\\S\\n]+de[^\\S\\n]+migrants',
    ]);
    expect(trie).toBe('trafic[^\\S\\n]+de[^\\S\\n]+(?:drogue|migrants)');
  });

  it('drops an optional ending but keeps a boundary', () => {
    expect(alternationTrie(['drogue[a-z]*'])).toBe('drogue');
    expect(alternationTrie(['dealer(?![a-z])'])).toBe('dealer(?![a-z])');
    // Negative: with its boundary kept, "dealers" does not hold "dealer" as a whole word.
    expect(positions('', alternationTrie(['dealer(?![a-z])']), 'g', 'dealers')).toEqual([]);
    // A repeated ending that asks for one letter at least is no optional one.
    expect(alternationTrie(['drogue[a-z]+'])).toBe('drogue[a-z]+');
  });

  it('matches everywhere when an alternative can match nothing, as the alternation does', () => {
    expect(alternationTrie(['abc', '[a-z]*'])).toBe('');
    expect(positions('', alternationTrie(['abc', '[a-z]*']), 'g', 'x y')).toEqual([0, 1, 2, 3]);
  });

  it('reads the top-level alternatives past classes, groups and escapes', () => {
    expect(topAlternatives('a[|]b|c(?:d|e)|f\\|g')).toEqual(['a[|]b', 'c(?:d|e)', 'f\\|g']);
  });

  // Random texts over the letters of the Latin cues, spaces and line breaks: no position may differ.
  it('holds on random texts', () => {
    const letters = "drogueatficsnhmlx \n'9";
    let seed = 28;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const trie = alternationTrie(LATIN);
    for (let k = 0; k < 300; k++) {
      let text = '';
      for (let n = Math.floor(random() * 60); n > 0; n--)
        text += letters[Math.floor(random() * letters.length)];
      const words = ['drogue', 'dealer', 'trafic de drogue', 'fraude', 'douane'];
      text += ` ${words[k % words.length]}`;
      expect(positions('(?<![a-z\\d])', trie, 'g', text)).toEqual(
        positions('(?<![a-z\\d])', LATIN.join('|'), 'g', text),
      );
    }
  });
});

describe('roundValue', () => {
  const rounded = (value: number): number => Math.round(Number(value.toPrecision(15)) * 1e6) / 1e6;
  it('gives whole numbers back as the rounding does, −0 as 0', () => {
    for (const value of [
      0,
      -0,
      1,
      7,
      12,
      250,
      1_000_000,
      9_007_199_254,
      -9_007_199_254,
      2 ** 40,
      1e15,
      4.1e12,
    ])
      expect(Object.is(roundValue(value), rounded(value))).toBe(true);
  });
  it('still rounds decimals and scaled values', () => {
    for (const value of [0.5, 2.75, 4.1 * 1e12 + 0.0001, 1.0000001, 123.4567891, 1 / 3])
      expect(roundValue(value)).toBe(rounded(value));
  });
});
