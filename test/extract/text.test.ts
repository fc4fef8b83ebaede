import { describe, expect, it } from 'vitest';
import {
  isLetterOrNumberUnit,
  isLetterUnit,
  isSpaceCode,
  isWordUnit,
} from '../../lambdas/extract/text/chars.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import { letterRunEnd } from '../../lambdas/extract/text/chars.js';

describe('Function: fold', () => {
  it('removes diacritics and case without moving offsets', () => {
    const text = 'Công an tỉnh Quảng Ninh – Đà Nẵng, Łódź';
    const folded = fold(text);
    expect(folded).toBe('cong an tinh quang ninh – da nang, lodz');
    expect(folded.length).toBe(text.length);
  });

  it('reads the decimal digits of every script as ASCII digits', () => {
    // Prepare: Arabic-Indic, Devanagari, Khmer, Thai and full-width digits.
    const text = '٢٤٣٠ ३० ២៨០ ๑๙ ０１２';

    // Act
    const folded = fold(text);

    // Assess
    expect(folded).toBe('2430 30 280 19 012');
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

describe('Function: fold (table)', () => {
  it('folds every code unit as the NFD rule does (digits of every script to ASCII), one unit for one unit', () => {
    // Prepare
    const rule = (ch: string): string => {
      const fixed: Record<string, string> = { đ: 'd', Đ: 'd', ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', ß: 's' };
      fixed['æ'] = fixed['Æ'] = 'a';
      fixed['œ'] = fixed['Œ'] = 'o';
      fixed['ı'] = 'i';
      fixed['\u2019'] = fixed['\u2018'] = fixed['\u02bc'] = "'";
      fixed['\u00a0'] = fixed['\u202f'] = fixed['\u2009'] = ' ';
      if (fixed[ch] !== undefined) return fixed[ch];
      // A decimal digit beyond ASCII: its place in its script's run of ten digits.
      if (ch > '\x7f' && /\p{Nd}/u.test(ch)) {
        let run = 0;
        while (/\p{Nd}/u.test(String.fromCharCode(ch.charCodeAt(0) - run - 1))) run++;
        return String(run % 10);
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
