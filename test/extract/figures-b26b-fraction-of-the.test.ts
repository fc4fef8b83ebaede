/**
 * A part written over its whole with a slash and a partitive after ("8/9 des armes saisies", eight of the
 * nine weapons seized) counts only the part: the whole is the group the text already told of. Without the
 * partitive ("4/6 voitures", "4/6 cars") both numbers count, as the annotators count them. Sentences written
 * for the project.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, expected: [number, string][]];

const CASES: Case[] = [
  ['fr', 'Les experts ont établi que 5/7 des fusils saisis étaient des armes de guerre.', [[5, 'weapon']]],
  ['fr', 'Au total, 12/15 des communes ont atteint la norme.', [[12, 'locality']]],
  [
    'fr',
    'La douane a intercepté 3/5 camions à la frontière.',
    [
      [3, 'vehicle'],
      [5, 'vehicle'],
    ],
  ],
  [
    'en',
    'Officers stopped 2/3 trucks at the checkpoint.',
    [
      [2, 'vehicle'],
      [3, 'vehicle'],
    ],
  ],
];

describe('figures: a slash fraction "of the" counts its part only (batch 26)', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    const figures = extractFigures(documentOf(text, language), []);
    expect(figures.map((f) => [f.value, f.unit])).toEqual(expected);
  });
});
