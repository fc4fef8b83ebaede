import { describe, expect, it } from 'vitest';
import { FiguresLexiconSchema } from '../../lambdas/extract/figures/lexicon.js';
import { loadLexicons, parseLexicon, readingOrder } from '../../lambdas/extract/lexicons/load.js';
import { PeopleLexiconSchema } from '../../lambdas/extract/people/lexicon.js';
import { LexiconError } from '../../lambdas/shared/errors.js';

describe('Function: parseLexicon', () => {
  it('fails with one LexiconError naming the file and the field, whatever the concern', () => {
    // Act
    const figures = () => parseLexicon(FiguresLexiconSchema, 'xx', 'figures', { numberWords: 3 });
    const people = () => parseLexicon(PeopleLexiconSchema, 'yy', 'people', { ranks: { Colonel: [] } });

    // Assess
    expect(figures).toThrow(LexiconError);
    expect(figures).toThrow(/^lexicons\/xx\/figures\.json: [^]*numberWords/);
    expect(people).toThrow(LexiconError);
    expect(people).toThrow(/^lexicons\/yy\/people\.json: [^]*ranks/);
  });

  it('loads every file of one concern, skipping languages without one', () => {
    const registry = { aa: { structure: {} }, bb: {} };
    expect([...loadLexicons(FiguresLexiconSchema, 'figures', registry).keys()]).toEqual([]);
  });
});

describe('Function: readingOrder', () => {
  it.each([
    ['places', 'fr', ['fr', 'vi', 'en']],
    ['places', 'vi', ['vi', 'en']],
    ['people', 'de', ['de', 'vi']],
    ['figures', 'de', ['de']],
    ['places', 'sv', ['de', 'en', 'fr', 'vi']],
  ] as const)('%s in %s: %j', (concern, language, expected) => {
    expect(readingOrder(concern, language, ['de', 'en', 'fr', 'vi'])).toEqual(expected);
  });
});
