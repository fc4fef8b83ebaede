import { describe, expect, it } from 'vitest';
import { lower } from '../../lambdas/extract/text/case.js';
import {
  isCapitalUnit,
  isLetterOrNumberUnit,
  isLetterUnit,
  isSpaceCode,
  isWordUnit,
} from '../../lambdas/extract/text/chars.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import { hasLetters, letterRunEnd } from '../../lambdas/extract/text/chars.js';
import { escapePhrase, escapeRegExp } from '../../lambdas/extract/text/regex.js';
import { lowerBound, spanAt } from '../../lambdas/extract/text/search.js';
import {
  isAsciiWord,
  isSingleSpace,
  wordOffsets,
  wordsBeforeStart,
} from '../../lambdas/extract/text/words.js';

describe('Function: fold', () => {
  it('removes diacritics and case without moving offsets', () => {
    const text = 'Công an tỉnh Quảng Ninh – Đà Nẵng, Łódź';
    const folded = fold(text);
    expect(folded).toBe('cong an tinh quang ninh – da nang, lodz');
    expect(folded.length).toBe(text.length);
  });
});

describe('Function: splitSentences', () => {
  it('splits on sentence punctuation and line breaks but not inside decimals', () => {
    const text = 'Le taux atteint 94,72 %. Il y a 3.156 comptes ; bien.\nTitre sans point\nFin';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual([
      'Le taux atteint 94,72 %.',
      'Il y a 3.156 comptes ;',
      'bien.',
      'Titre sans point',
      'Fin',
    ]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('Function: fold (scripts)', () => {
  it.each([
    ['๓๒๐', '320'],
    ['២៨០', '280'],
    ['３名', '3名'],
    ['٤٥', '45'],
  ])('reads the digits of %s as %s', (text, expected) => {
    expect(fold(text)).toBe(expected);
  });

  it.each([
    ['명', '만'],
    ['ドン', 'トン'],
    ['ガ', 'カ'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(fold(a)).toBe(a);
    expect(fold(a)).not.toBe(fold(b));
  });
});

describe('Function: fold (table)', () => {
  it('folds every code unit as the NFD rule does, one unit for one unit', () => {
    // Prepare
    const rule = (ch: string): string => {
      const fixed: Record<string, string> = { đ: 'd', Đ: 'd', ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', ß: 's' };
      fixed['æ'] = fixed['Æ'] = 'a';
      fixed['œ'] = fixed['Œ'] = 'o';
      fixed['ı'] = 'i';
      fixed['і'] = fixed['І'] = fixed['ї'] = fixed['Ї'] = 'и';
      fixed['є'] = fixed['Є'] = 'е';
      fixed['ґ'] = fixed['Ґ'] = 'г';
      fixed['\u2019'] = fixed['\u2018'] = fixed['\u02bc'] = "'";
      fixed['\u00a0'] = fixed['\u202f'] = fixed['\u2009'] = ' ';
      // Arabic-script decimal and thousands marks read as ASCII ones.
      fixed['\u066b'] = '.';
      fixed['\u066c'] = ',';
      // The Arabic percent sign reads as the percent sign.
      fixed['\u066a'] = '%';
      if (fixed[ch] !== undefined) return fixed[ch];
      // Hangul syllables and kana are kept whole (their NFD head is a jamo or an unvoiced kana).
      const c = ch.charCodeAt(0);
      if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0xff66 && c <= 0xff9f))
        return ch;
      // Marks are kept whole (a two-part Indic vowel sign's NFD head is another vowel sign).
      if (/^\p{M}$/u.test(ch)) return ch;
      // Decimal digits of every script become ASCII digits (each script's ten digits run from zero).
      if (c >= 0x80 && /^\p{Nd}$/u.test(ch)) {
        let zero = c;
        while (/^\p{Nd}$/u.test(String.fromCharCode(zero - 1))) zero--;
        return String((c - zero) % 10);
      }
      const l = (ch.normalize('NFD')[0] ?? ch).toLowerCase();
      return l.length === 1 ? l : ch;
    };
    let all = '';
    let expected = '';
    for (let c = 0; c < 0x10000; c++) {
      all += String.fromCharCode(c);
      expected += rule(String.fromCharCode(c));
    }

    // Act
    const folded = fold(all);

    // Assess
    expect(folded.length).toBe(all.length);
    expect(folded === expected).toBe(true);
  });
});

describe('Function: isSpaceCode', () => {
  it('matches exactly what \\s matches', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++)
      if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('Functions: isLetterUnit, isLetterOrNumberUnit, isWordUnit', () => {
  it('agree with their Unicode classes on every code unit taken alone, and say no past the end', () => {
    // Prepare
    const classes = [
      [isLetterUnit, /^\p{L}$/u],
      [isLetterOrNumberUnit, /^[\p{L}\p{N}]$/u],
      [isWordUnit, /^[\p{L}\p{N}\p{M}]$/u],
    ] as const;

    // Act
    const wrong: string[] = [];
    for (const [test, pattern] of classes) {
      for (let c = 0; c < 0x10000; c++) {
        if (test(c) !== pattern.test(String.fromCharCode(c))) wrong.push(`${test.name} U+${c.toString(16)}`);
      }
      if (test(Number.NaN)) wrong.push(`${test.name} NaN`);
    }

    // Assess
    expect(wrong).toEqual([]);
  });
});

describe('Function: letterRunEnd', () => {
  it.each([
    ['ASCII word then space', 'cas personnes', 0, 3],
    ['accented and combining letters', 'Quảng Ninh', 0, 5],
    ['decomposed diacritic (letter + mark)', 'Que\u0301 bec', 0, 4],
    ['digits end a run', 'abc123', 0, 3],
    ['starts on a non-letter', '«ok»', 0, 0],
    ['astral letter (math bold A) counts', '\u{1D400}bc d', 0, 4],
    ['astral symbol (emoji) ends it', 'ab\u{1F600}', 0, 2],
    ['from the middle to the end', 'xyz', 1, 3],
  ])('%s', (_name, text, from, end) => {
    // Act + Assess: the same end as the regex /[\p{L}\p{M}]*/uy would give.
    expect(letterRunEnd(text, from)).toBe(end);
    const sticky = /[\p{L}\p{M}]*/uy;
    sticky.lastIndex = from;
    expect(from + (sticky.exec(text)?.[0].length ?? 0)).toBe(end);
  });
});

describe('Function: hasLetters', () => {
  it('agrees with counting /\\p{L}/gu matches in the slice, on random strings of letters, marks, digits and surrogates', () => {
    // Arrange: units drawn from ASCII, Latin-1, Vietnamese, combining marks, CJK, and both surrogate halves.
    const pool = [
      'a',
      'Z',
      '1',
      ' ',
      '\n',
      'é',
      'ữ',
      '\u0301',
      '中',
      '\ud835',
      '\udc00',
      '\u{1D400}',
      '\u{1F600}',
      '-',
    ];
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let run = 0; run < 3000; run++) {
      const text = Array.from({ length: next(24) }, () => pool[next(pool.length)]!).join('');
      const start = next(text.length + 1);
      const end = start + next(text.length - start + 1);
      const atLeast = next(6);
      // Act + Assess
      const letters = text.slice(start, end).match(/\p{L}/gu)?.length ?? 0;
      expect(hasLetters(text, start, end, atLeast), JSON.stringify([text, start, end, atLeast])).toBe(
        letters >= atLeast,
      );
    }
  });
});

describe('Function: isCapitalUnit', () => {
  it('says yes for every code unit whose lower case differs and for ASCII digits, no past the end', () => {
    // Prepare
    const rule = (c: number): boolean => {
      const ch = String.fromCharCode(c);
      return (c >= 0x30 && c <= 0x39) || ch !== ch.toLowerCase();
    };

    // Act
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isCapitalUnit(c) !== rule(c)) wrong.push(c);

    // Assess
    expect(wrong).toEqual([]);
    expect(isCapitalUnit(NaN)).toBe(false);
  });
});

describe('Function: lower', () => {
  it.each([
    ['plain letters', 'Đại Tá NGUYỄN', 'đại tá nguyễn'],
    ['a dotted capital I keeps its place', 'İSTANBUL Police', 'İstanbul police'],
    ['a final sigma is lowered alone', 'ΟΔΟΣ Hà', 'οδοσ hà'],
  ])('keeps offsets (%s)', (_label, text, expected) => {
    // Act
    const lowered = lower(text);

    // Assess
    expect(lowered).toBe(expected);
    expect(lowered.length).toBe(text.length);
  });
});

describe('Functions: escapeRegExp, escapePhrase', () => {
  it('make every pattern character literal, and a phrase match across any whitespace', () => {
    // Prepare
    const word = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';

    // Act
    const literal = new RegExp(`^${escapeRegExp(word)}$`);
    const phrase = new RegExp(`^${escapePhrase('lt. col.')}$`);

    // Assess
    expect(literal.test(word)).toBe(true);
    expect(literal.test('aXb*c+d?e^f$g{h}i(j)k|l[m]n\\o')).toBe(false);
    expect(phrase.test('lt.\n  col.')).toBe(true);
    expect(phrase.test('ltX col.')).toBe(false);
  });
});

describe('Functions: lowerBound, spanAt', () => {
  it('find the first item not before the target, and the span holding an offset', () => {
    // Prepare
    const starts = [2, 5, 5, 9];
    const spans = [
      { start: 0, end: 4 },
      { start: 6, end: 10 },
      { start: 10, end: 12 },
    ];

    // Act & Assess
    expect([0, 2, 3, 5, 6, 9, 10].map((t) => lowerBound(starts.length, (i) => starts[i]! < t))).toEqual([
      0, 0, 1, 1, 3, 3, 4,
    ]);
    expect([0, 3, 4, 5, 6, 9, 10, 11, 12].map((at) => spanAt(spans, at)?.start ?? null)).toEqual([
      0,
      0,
      null,
      null,
      6,
      6,
      10,
      10,
      null,
    ]);
    expect(spanAt([], 3)).toBeUndefined();
  });
});

describe('Functions: wordOffsets, isAsciiWord, isSingleSpace', () => {
  it('find words with inner joiners, tell ASCII words, and one space from more', () => {
    // Prepare
    const text = "Ksor H'Hen, Ro-Mah  Đặng";

    // Act
    const offsets = wordOffsets(text);
    const words: string[] = [];
    for (let i = 0; i < offsets.length; i += 2) words.push(text.slice(offsets[i], offsets[i + 1]));

    // Assess
    expect(words).toEqual(['Ksor', "H'Hen", 'Ro-Mah', 'Đặng']);
    expect(['Ksor', 'Đặng', '', 'abc1', 'Z'].map(isAsciiWord)).toEqual([true, false, false, false, true]);
    expect(isSingleSpace(text, 4, 5)).toBe(true);
    expect(isSingleSpace(text, 18, 20)).toBe(false);
  });
});

describe('Function: wordsBeforeStart', () => {
  // What /(?:[^\s]+\s+){0,5}$/u matches in text.slice(from, to), found from the end.
  const before = (text: string, from: number, to: number, most = 5): string =>
    text.slice(wordsBeforeStart(text, from, to, most), to);
  const regex = (text: string, from: number, to: number): string =>
    /(?:[^\s]+\s+){0,5}$/u.exec(text.slice(from, to))?.[0] ?? '';

  it('gives the last words with their white space, at most `most` of them', () => {
    const text = 'the six tired guards, and then Captain Lee spoke';
    const to = text.indexOf('Lee');
    expect(before(text, 0, to)).toBe('tired guards, and then Captain ');
    expect(before(text, 0, to, 2)).toBe('then Captain ');
  });

  it('starts inside a word cut by the slice, and after white space that opens it', () => {
    const text = 'a wounded\u00a0 officer  Nam';
    const to = text.indexOf('Nam');
    expect(before(text, 4, to)).toBe('unded\u00a0 officer  ');
    expect(before(text, 9, to)).toBe('officer  ');
  });

  it('gives nothing when the slice is empty or ends in a word', () => {
    expect(before('wounded officer', 0, 15)).toBe('');
    expect(before('wounded officer', 3, 3)).toBe('');
  });

  it('agrees with the regex on invented slices', () => {
    const text = ' one  two\tthree\nfour 😀 five, six seven ';
    for (let from = 0; from <= text.length; from++)
      for (let to = from; to <= text.length; to++) expect(before(text, from, to)).toBe(regex(text, from, to));
  });
});
