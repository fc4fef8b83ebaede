/**
 * Tagalog puts the predicate first: "umabot sa 40 ang naitalang kaso" (reached 40 the recorded cases). A
 * number with no noun of its own, then the copula ang, counts the noun of the subject after it, past an
 * attribute and past "ang bilang ng mga" (the number of); "na mga" links a number to a plural noun; Taglish
 * scale words and "US dollar" read as in English. Sentences written for the project. The same predicate-first
 * order with a fate ("12 ang nasawi") stays persons.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [text: string, value: number, unit: string, currency?: string];

const CASES: Case[] = [
  ['Umabot sa 40 ang naitalang kaso ng dengue sa bayan.', 40, 'case'],
  ['Pumalo naman sa 15 ang nasirang sasakyan sa baha.', 15, 'vehicle'],
  ['Umabot sa 1,250 ang bilang ng mga lumabag sa curfew.', 1250, 'person'],
  ['Nasa 320 na mga motorsiklo ang kinumpiska ng pulisya.', 320, 'vehicle'],
  ['Ang kabuuang pinsala ay aabot sa 2.5 million US dollar.', 2500000, 'other', 'USD'],
  ['Umabot sa 12 ang nasawi sa sunog sa palengke.', 12, 'person'],
];

describe('figures: Tagalog subject after ang, "na mga", Taglish scales (batch 26)', () => {
  it.each(CASES)('%s', (text, value, unit, currency) => {
    const figures = extractFigures(documentOf(text, 'tl'), []);
    expect(figures.map((f) => [f.value, f.unit, f.currency])).toContainEqual([value, unit, currency]);
  });

  it.each([
    ['de', 'Drei Fahrer starben, zwei weitere sind später im Krankenhaus gestorben.'],
    ['fr', 'Parmi les blessés, deux sont de la commune voisine.'],
  ])('%s: a phrase of place after the copula is no subject: %s', (language, text) => {
    const figures = extractFigures(documentOf(text, language), []);
    expect(figures.map((f) => [f.value, f.unit])).toContainEqual([2, 'person']);
  });

  it('a year before ang is no count of the subject', () => {
    const figures = extractFigures(documentOf('Noong 2023 ang huling kaso ng bird flu.', 'tl'), []);
    expect(figures.filter((f) => f.unit === 'case')).toEqual([]);
  });
});
