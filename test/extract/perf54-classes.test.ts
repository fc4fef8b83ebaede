/**
 * Session 54's speed changes, which must leave every output as it was (the snapshot guard checks the corpora;
 * these cases check the rules on invented text):
 *  - text/end-phrase.ts: a phrase of literal words ending a text, its first word with an optional ending, read
 *    backwards with no regex, where each people rank form was a pattern V8 compiled at its first two runs. It
 *    must find what the pattern `(?<![\p{L}\p{N}])(w1(?:e…)?\s+w2…)\s*$` (u flag) finds, at the same index.
 *  - people/rank-before.ts reads the ranks so: a rank right before a name, declined or not, and none where the
 *    rank's word is the end of a longer word.
 */
import { describe, expect, it } from 'vitest';
import { peopleDataFor } from '../../lambdas/extract/people/language.js';
import { rankAtEnd } from '../../lambdas/extract/people/rank-before.js';
import { endPhrase } from '../../lambdas/extract/text/end-phrase.js';
import { escapeRegExp } from '../../lambdas/extract/text/regex.js';

/** The pattern endPhrase stands for. */
function patternStart(words: readonly string[], endings: readonly string[], text: string): number {
  const [first, ...rest] = words.map(escapeRegExp);
  const ending = endings.length > 0 ? `(?:${endings.map(escapeRegExp).join('|')})?` : '';
  const source = [`${first}${ending}`, ...rest].join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])(${source})\\s*$`, 'u').exec(text)?.index ?? -1;
}

describe('endPhrase', () => {
  const phrases: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
    [['kapral'], ['a', 'em', 'owi', 'ami']],
    [['st.', 'kpt.'], []],
    [['kaptajn', 'ved', 'flåden'], []],
    [
      ['генерал', 'армии'],
      ['а', 'ом'],
    ],
    [['aa'], ['a', 'aa']],
  ];
  const texts = [
    'wczoraj kapral ',
    'wczoraj kaprala',
    'wczoraj kapralem \n ',
    'wczoraj podkapral ',
    'wczoraj 3kapral',
    'st. kpt.',
    'x st.  kpt. ',
    'xst. kpt.',
    'st.kpt.',
    'der kaptajn ved\nflåden ',
    'der kaptajn ved flåden x',
    'приказал генералу армии ',
    'приказал генералом армии',
    'генерала армии',
    'генерал\tармии ',
    'генералармии',
    'aaaa ',
    'b aaa',
    'baa',
    '𝐀aa',
    '',
    ' ',
  ];
  for (const [words, endings] of phrases)
    it(`finds what the pattern finds: ${words.join(' ')}`, () => {
      const phrase = endPhrase(words, endings)!;
      for (const text of texts) expect(phrase.startIn(text), text).toBe(patternStart(words, endings, text));
    });

  it('keeps the pattern (null) for a word that is empty or holds white space', () => {
    expect(endPhrase(['a b'], [])).toBeNull();
    expect(endPhrase(['a', ''], [])).toBeNull();
    expect(endPhrase(['kapral'], ['a\u00a0'])).toBeNull();
    expect(endPhrase([], [])).toBeNull();
  });
});

describe('rankAtEnd', () => {
  const rank = (language: string, head: string) => rankAtEnd(head, peopleDataFor(language).lex);

  it('reads a rank ending the words before a name, declined or not', () => {
    expect(rank('pl', 'rozmawialiśmy z pułkownikiem ')).toMatchObject({ rank: 'colonel', index: 16 });
    expect(rank('fr', 'selon le lieutenant-colonel ')).toMatchObject({
      rank: 'lieutenant-colonel',
      index: 9,
    });
    expect(rank('ru', 'по словам полковника полиции ')).toMatchObject({ rank: 'colonel', index: 10 });
  });

  it('reads none where the rank is the end of a longer word, or is not at the end', () => {
    expect(rank('fr', 'le grandcolonel ')).toBeNull();
    expect(rank('pl', 'rozmawialiśmy zpułkownikiem ')).toBeNull();
    expect(rank('fr', 'le colonel a dit ')).toBeNull();
  });
});
