/**
 * The verb after a number (figures/verbs.ts): in es/pt/it/fr a plural finite verb right after a number is not
 * the noun it counts, and a verb of what befell persons (died, were injured, fled) makes the number count
 * persons. Sentences written for the project; nouns that end like verbs but are plural or capitalised stay
 * counted nouns.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, figures: [number, string][]];

const CASES: Case[] = [
  // A fate verb, alone, after a clitic, or as the participle after an auxiliary.
  [
    'es',
    'En el choque dos perecieron y cuatro resultaron heridos.',
    [
      [2, 'person'],
      [4, 'person'],
    ],
  ],
  ['es', 'Tres se ahogaron al volcar la barca.', [[3, 'person']]],
  [
    'pt',
    'Na colisão, três morreram e dois ficaram feridos.',
    [
      [3, 'person'],
      [2, 'person'],
    ],
  ],
  [
    'it',
    'Nello scontro due sono morti e quattro sono rimasti feriti.',
    [
      [2, 'person'],
      [4, 'person'],
    ],
  ],
  [
    'fr',
    "Lors de l'accident, deux sont décédés et trois ont été blessés.",
    [
      [2, 'person'],
      [3, 'person'],
    ],
  ],
  // Plural nouns are counted as before; a capitalised word after a number is a name, never a verb.
  [
    'es',
    'Los agentes incautaron dos camiones y tres motocicletas.',
    [
      [2, 'vehicle'],
      [3, 'vehicle'],
    ],
  ],
  ['fr', 'Deux agents ont été blessés pendant l’intervention.', [[2, 'person']]],
];

describe('Function: extractFigures (verb after a number)', () => {
  it.each(CASES)('%s: %s', (language, text, want) => {
    // Act
    const figures = extractFigures(documentOf(text, language), []);

    // Assess
    expect(figures.map((f) => [f.value, f.unit])).toEqual(want);
  });
});
