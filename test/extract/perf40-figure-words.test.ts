/**
 * Two lookups the figures stage makes for most words and marks of an article, made cheaper with the same
 * answers: a stem list tells a word that starts with none of its stems' heads before slicing the head out
 * (figures/lexicon.ts Stems), and a punctuation mark's text is read from its code unit, the Arabic-script
 * marks as their Latin forms (figures/tokens.ts latinPunct). Invented words and sentences.
 */
import { describe, expect, it } from 'vitest';
import { lexiconFor, WordMap, WordSet } from '../../lambdas/extract/figures/lexicon.js';
import { tokenize } from '../../lambdas/extract/figures/tokens.js';
import { fold } from '../../lambdas/extract/text/fold.js';

describe('stem lists', () => {
  const map = new WordMap<string>([
    ['tonne*', 'ton'],
    ['tonneau*', 'barrel'],
    ['kg', 'kg'],
    ['ba*', 'short'],
  ]);

  it('find the longest stem that starts a word', () => {
    expect(map.get('tonnes')).toBe('ton');
    expect(map.get('tonneaux')).toBe('barrel');
    expect(map.get('bateaux')).toBe('short');
    expect(map.get('kg')).toBe('kg');
  });

  it('find none in a word that starts with no stem, whatever its first letter', () => {
    for (const word of ['tanks', 'tu', 'kilos', 'bo', 'zebre', 'b', 'ton'])
      expect(map.get(word)).toBeUndefined();
  });

  it('answer a word set the same way', () => {
    const set = new WordSet(['blesse*', 'mort']);
    expect(set.has('blesses')).toBe(true);
    expect(set.has('mort')).toBe(true);
    expect(set.has('blanc')).toBe(false);
    expect(set.has('morts')).toBe(false);
  });
});

describe('punctuation tokens', () => {
  it('read the Arabic comma, semicolon and question mark as the Latin ones, other marks as written', () => {
    const body = 'ایک، دو؛ تین؟ (چار) «پانچ»';
    const folded = fold(body);
    const marks = tokenize(body, folded, lexiconFor('ur'))
      .filter((t) => t.kind === 'punct')
      .map((t) => (t.kind === 'punct' ? t.text : ''));
    expect(marks).toEqual([',', ';', '?', '(', ')', '«', '»']);
  });
});
