/**
 * An indefinite article before a noun of amount, right after it or after one adjective ("a large amount of
 * heroin", "una cantidad enorme de cocaína"), introduces an amount: no listed item. The nouns of amount are a
 * lexicon list (FiguresLexiconSchema.amountNouns), so an item whose noun takes an adjective and a "de" after
 * it ("un téléphone portable de marque Samsung") is still one listed thing. Sentences written for the project.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

const values = (language: string, text: string): number[] =>
  extractFigures(documentOf(text, language), []).map((f) => f.value);

describe('an article before a noun of amount counts nothing', () => {
  it.each([
    ['en', 'Customs officers found two rifles, 15 cartridges and a small quantity of cannabis.'],
    ['fr', 'Les douaniers ont trouvé deux fusils, 15 cartouches et une quantité importante de cannabis.'],
    ['es', 'Los aduaneros hallaron dos fusiles, 15 cartuchos y una cantidad considerable de hachís.'],
    ['it', 'I doganieri hanno trovato due fucili, 15 cartucce e una quantità notevole di hashish.'],
    ['pt', 'Os fiscais encontraram duas espingardas, 15 cartuchos e uma quantidade grande de haxixe.'],
    ['de', 'Die Zöllner fanden zwei Gewehre, 15 Patronen und eine kleine Menge Haschisch.'],
    ['nl', 'De douane vond twee geweren, 15 patronen en een flinke hoeveelheid hasj.'],
  ])('%s: %s', (language, text) => {
    expect(values(language, text)).toEqual([2, 15]);
  });
});

describe('a listed item whose noun takes an adjective and a complement is one thing', () => {
  it.each([
    ['fr', 'Les douaniers ont trouvé deux fusils, 15 cartouches et un ordinateur portable de marque Dell.'],
    ['es', 'Los aduaneros hallaron dos fusiles, 15 cartuchos y un ordenador portátil de marca Dell.'],
    ['it', 'I doganieri hanno trovato due fucili, 15 cartucce e un computer portatile di marca Dell.'],
    ['pt', 'Os fiscais encontraram duas espingardas, 15 cartuchos e um computador portátil de marca Dell.'],
  ])('%s: %s', (language, text) => {
    expect(values(language, text)).toEqual([2, 15, 1]);
  });
});
