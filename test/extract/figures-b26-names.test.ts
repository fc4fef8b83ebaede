/**
 * Numbers that count nothing: a number inside a place's name between a capitalised name and a capitalised
 * place noun ("Kim Lan 2 Village"), and an article before an adjective and a noun of amount ("a huge amount of
 * drugs") at the end of a list. And a number after a month's name where the language writes the day first
 * ("in augustus 24 mensen") counts what follows it. Sentences written for the project.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

const figures = (language: string, text: string): [number, string][] =>
  extractFigures(documentOf(text, language), []).map((f) => [f.value, f.unit]);

describe('a number in a place name', () => {
  it.each([
    ['en', 'The crash happened in Tan Phu 3 Village, Binh Lam 1 Commune, at night.'],
    ['en', 'Residents of Dong Tam 4 Hamlet were evacuated.'],
  ])('%s: %s', (language, text) => {
    expect(figures(language, text).filter(([, unit]) => unit === 'locality')).toEqual([]);
  });

  it('a count of villages is still one', () => {
    expect(figures('en', 'The storm cut off 4 villages in the district.')).toContainEqual([4, 'locality']);
  });
});

describe('an article before a noun of amount in a list', () => {
  it.each([
    ['en', 'Officers seized three pistols, 40 bullets and a large amount of heroin.', [3, 40]],
    ['fr', 'Les agents ont saisi trois pistolets, 40 balles et une grande quantité d’héroïne.', [3, 40]],
  ] as const)('%s: %s', (language, text, values) => {
    expect(figures(language, text).map(([value]) => value)).toEqual(values);
  });
});

describe('a number after the month where the day comes first', () => {
  it.each([
    ['nl', 'Bij de stormen zijn in september 17 mensen om het leven gekomen.', 17],
    ['de', 'Bei den Unwettern sind im September 17 Menschen gestorben.', 17],
    ['fr', 'Les crues ont fait en octobre 15 blessés.', 15],
  ])('%s: %s', (language, text, value) => {
    expect(figures(language, text)).toContainEqual([value, 'person']);
  });

  it('English writes the day after the month: "March 24" stays a date', () => {
    expect(figures('en', 'On March 24 officials met in the town.')).toEqual([]);
  });
});
