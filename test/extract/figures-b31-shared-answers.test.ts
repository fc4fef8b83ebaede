/**
 * Session 31 (perf31): answers the figures stage asked again and again are now given once. The indefinite-article
 * test, asked of every token by four passes, is answered once per token array (listed.ts indefiniteArticles);
 * the lost-space heads of a lexicon ("trespersonas", "unetonne") are first looked up in a 16-bit filter made
 * once per lexicon (tokens.ts lostSpaceHeadFilter). Either must give what the question asked alone gives.
 */
import { describe, expect, it } from 'vitest';
import { headKey, lexiconFor } from '../../lambdas/extract/figures/lexicon.js';
import { indefiniteArticles, isIndefiniteArticle } from '../../lambdas/extract/figures/listed.js';
import { lostSpaceHeadFilter, mayStartLostSpace, tokenize } from '../../lambdas/extract/figures/tokens.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import type { Document } from '../../lambdas/extract/types.js';

function docOf(body: string, language: string): Document {
  return { body, folded: fold(body), sentences: [], language };
}

describe('indefinite articles answered once per token array', () => {
  const cases: [string, string][] = [
    ['fr', 'Une voiture et un camion ont heurté une moto près du pont.'],
    ['en', 'A truck hit an old bus and a motorbike; one man was hurt.'],
    ['de', 'Ein Lastwagen rammte einen Bus und eine Frau wurde verletzt.'],
    ['es', 'Un camión chocó con una moto y unos peatones lo vieron.'],
    ['pl', 'Ciężarówka uderzyła w autobus, a jeden kierowca zginął.'],
  ];
  for (const [language, body] of cases)
    it(`gives the per-token test's answer (${language})`, () => {
      const doc = docOf(body, language);
      const lex = lexiconFor(language);
      const tokens = tokenize(doc.body, doc.folded, lex);
      const articles = indefiniteArticles(doc, tokens, lex);
      expect(articles.length).toBe(tokens.length);
      expect([...articles]).toEqual(tokens.map((t) => (isIndefiniteArticle(doc, t, lex) ? 1 : 0)));
      // The same array asked again: the kept answer.
      expect(indefiniteArticles(doc, tokens, lex)).toBe(articles);
    });

  it('marks the articles and nothing else', () => {
    const doc = docOf('Une voiture, deux motos et un camion.', 'fr');
    const lex = lexiconFor('fr');
    const tokens = tokenize(doc.body, doc.folded, lex);
    const marked = tokens.filter((_, j) => indefiniteArticles(doc, tokens, lex)[j] === 1);
    expect(marked.map((t) => doc.folded.slice(t.start, t.end))).toEqual(['une', 'un']);
  });

  it('answers a new token array anew, not from the kept one', () => {
    const lex = lexiconFor('en');
    const first = docOf('A car and a bus.', 'en');
    const firstTokens = tokenize(first.body, first.folded, lex);
    expect([...indefiniteArticles(first, firstTokens, lex)]).toEqual([1, 0, 0, 1, 0, 0]);
    const second = docOf('Police seized a gun.', 'en');
    const secondTokens = tokenize(second.body, second.folded, lex);
    expect([...indefiniteArticles(second, secondTokens, lex)]).toEqual([0, 0, 1, 0, 0]);
    // The same words in a copied array: answered again, alike.
    const copy = [...secondTokens];
    const again = indefiniteArticles(second, copy, lex);
    expect(again).not.toBe(indefiniteArticles(second, secondTokens, lex));
    expect([...again]).toEqual([0, 0, 1, 0, 0]);
  });
});

describe('lost-space heads filtered before the lookup', () => {
  const languages = ['fr', 'es', 'en', 'de', 'it', 'pt', 'pl', 'ro', 'ru', 'vi', 'id'];

  it('lets every head of every lexicon through', () => {
    for (const language of languages) {
      const heads = lexiconFor(language).lostSpaceHeads;
      const filter = lostSpaceHeadFilter(heads);
      for (const list of heads.values())
        for (const [word] of list)
          expect(mayStartLostSpace(filter, word, 0), `${language} ${word}`).toBe(true);
      // Made once per lexicon.
      expect(lostSpaceHeadFilter(heads)).toBe(filter);
    }
  });

  it('lets through no word whose head the map lacks only by chance, and stops most others', () => {
    const heads = lexiconFor('fr').lostSpaceHeads;
    const filter = lostSpaceHeadFilter(heads);
    const words = fold('gendarmerie policiers victimes blessures incendie véhicules tribunal enquête').split(
      ' ',
    );
    for (const w of words) if (heads.has(headKey(w, 0))) expect(mayStartLostSpace(filter, w, 0)).toBe(true);
    expect(words.filter((w) => !mayStartLostSpace(filter, w, 0)).length).toBeGreaterThan(words.length / 2);
  });

  it('still splits a number word or an article glued to its unit', () => {
    const read = (body: string, language: string): string[] => {
      const folded = fold(body);
      return tokenize(body, folded, lexiconFor(language)).map((t) =>
        t.kind === 'num' ? String(t.value) : folded.slice(t.start, t.end),
      );
    };
    expect(read('Ayer fallecieron trespersonas.', 'es')).toEqual([
      'ayer',
      'fallecieron',
      '3',
      'personas',
      '.',
    ]);
    expect(read('La police a trouvé unetonne de tabac.', 'fr')).toContain('tonne');
    // A long word with no head of a number word: one word.
    expect(read('Les gendarmes enquêtent.', 'fr')).toEqual(['les', 'gendarmes', 'enquetent', '.']);
  });
});
