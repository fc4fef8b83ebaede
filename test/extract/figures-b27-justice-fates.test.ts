/**
 * A number whose verb is a step of justice that only persons undergo (charged, fined, jailed; tl kinasuhan,
 * pinagmulta, tinanggalan ng lisensya, stripped of a licence) counts persons, as "were arrested" and tl
 * "naaresto" already did: en "45 were fined", tl predicate first "1,150 naman ang pinagmulta". A noun of the
 * number's own still decides ("The 20 batteries were charged"). Sentences written for the project.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

const figures = (language: string, text: string): [number, string][] =>
  extractFigures(documentOf(text, language), []).map((f) => [f.value, f.unit]);

describe('a number of persons told by a step of justice', () => {
  it.each([
    ['en', 'Police stopped 300 cars; 45 were fined and 12 were charged.', [45, 'person']],
    ['en', 'Police stopped 300 cars; 45 were fined and 12 were charged.', [12, 'person']],
    [
      'tl',
      'Aabot sa 4,210 na mga motorsiklo ang na-impound at 1,150 naman ang pinagmulta ng pulisya.',
      [1150, 'person'],
    ],
    ['tl', 'Umabot sa 27 ang kinasuhan ng pulisya dahil sa pagnanakaw.', [27, 'person']],
    ['tl', 'Mahigit 300 naman ang tinanggalan ng lisensya dahil sa paglabag.', [300, 'person']],
  ] as const)('%s: %s', (language, text, want) => {
    expect(figures(language, text)).toContainEqual(want);
  });

  it('a noun of its own still decides', () => {
    expect(figures('en', 'The 20 batteries were charged overnight.')).toEqual([[20, 'other']]);
  });
});
