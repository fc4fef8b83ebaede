/**
 * The people lexicons' rank patterns (two for each of a language's hundreds of rank forms) are built at their
 * first use, not when the lexicon is compiled, and rankAfterName runs only the forms whose first word opens the
 * stretch after a name. A pattern built late must be the pattern built early, and a form whose pattern is never
 * run must be one that could not match. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { peopleDataFor } from '../../lambdas/extract/people/language.js';
import { rankAfterName } from '../../lambdas/extract/people/rank-after.js';
import { lazyPattern } from '../../lambdas/extract/text/regex.js';

describe('lazyPattern', () => {
  it('matches as the RegExp of the same source does', () => {
    const source = '^(?:pu[łl]kownik(?:a|iem)?)(?![\\p{L}\\p{M}\\p{N}])';
    const late = lazyPattern(source, 'u');
    const early = new RegExp(source, 'u');
    for (const text of ['pułkownika policji', 'pulkownik', 'pułkownikowie', 'major', '']) {
      expect(late.test(text)).toBe(early.test(text));
      expect(late.exec(text)).toEqual(early.exec(text));
    }
  });

  it('builds nothing until it is run', () => {
    const broken = lazyPattern('(', 'u');
    expect(() => broken.test('a')).toThrow(SyntaxError);
  });
});

describe('the rank patterns of every language', () => {
  // Swahili has no people lexicon: it reads every lexicon's rank forms. Polish and Russian decline theirs, so
  // their forms carry the suffix alternations. Every pattern of every language would take minutes to compile.
  it('are valid patterns, each built when first run', { timeout: 180_000 }, () => {
    for (const language of ['sw', 'pl', 'ru']) {
      for (const r of peopleDataFor(language).lex.ranks) {
        expect(() => r.atStart.test('x')).not.toThrow();
        expect(() => r.atEnd.startIn('x')).not.toThrow();
      }
    }
  });

  it(
    'match only a stretch that opens with the form’s first word (the test rankAfterName runs first)',
    { timeout: 180_000 },
    () => {
      for (const language of ['fr', 'pl', 'ru']) {
        const lex = peopleDataFor(language).lex;
        // Stretches opening with each rank form, its first word bare or with an ending, written as the lexicon
        // writes it and folded.
        const written = lex.ranks.map((r) => r.firstWord);
        const stretches = [...new Set([...lex.rankForms, ...written])].flatMap((form) => {
          const [first, ...rest] = form.split(' ');
          return ['', 'a', 'ie', 'em', 'ów', 'ом'].map((ending) =>
            [`${first}${ending}`, ...rest, 'x'].join(' '),
          );
        });
        for (const r of lex.ranks) {
          for (const stretch of stretches) {
            if (r.first !== null && stretch.charCodeAt(0) !== r.first) continue;
            if (r.atStart.test(stretch)) expect(stretch.startsWith(r.firstWord)).toBe(true);
          }
        }
      }
    },
  );
});

describe('rankAfterName', () => {
  const read = (language: string, text: string, end: number): string | null =>
    rankAfterName(text, text.toLowerCase(), end, text.length, peopleDataFor(language).lex);

  it('reads a rank in apposition, its first word inflected or not', () => {
    expect(read('pl', 'Jan Kowal, pułkownik policji, powiedział', 9)).toBe('colonel');
    expect(read('fr', 'Jean Dubois, lieutenant-colonel de la gendarmerie', 11)).toBe('lieutenant-colonel');
    expect(read('en', 'John Carter, a colonel of the provincial police', 11)).toBe('colonel');
  });

  it('reads none where the stretch opens with no rank’s first word', () => {
    expect(read('pl', 'Jan Kowal, mieszkaniec wsi, powiedział', 9)).toBeNull();
    expect(read('en', 'John Carter, a farmer of the province', 11)).toBeNull();
  });
});
