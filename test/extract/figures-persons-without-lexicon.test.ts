/**
 * Counts of persons in languages read with a partial lexicon: a trade, role or state noun counted (tl "crew",
 * "katawan" bodies, ur "خاتون" woman, "افسران" officers, tr "bağımlı" addict), a part out of persons named
 * with a connector phrase (tl "Dalawa sa mga suspek", two of the suspects), Icelandic tens joined to ones by
 * "og" ("tuttugu og tveir", 22), and a partitive opening a clause whose verb comes second (sv "Av dem
 * släpptes 6", of them 6 were released). Sentences written for the project, not taken from any article.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, figures: [number, string][]];

const CASES: Case[] = [
  ['tl', 'Dalawa sa mga suspek ang naaresto kahapon.', [[2, 'person']]],
  ['tl', 'Isa sa mga nakaligtas ang dinala sa ospital.', [[1, 'person']]],
  ['tl', 'Labindalawang crew ang nailigtas ng coast guard.', [[12, 'person']]],
  ['tl', 'Natagpuan ang 6 na katawan sa ilog.', [[6, 'person']]],
  ['ur', 'حادثے میں 1 خاتون ہلاک ہو گئی۔', [[1, 'person']]],
  [
    'ur',
    'موقع پر 15 سپاہیوں اور 4 افسران کو تعینات کیا گیا۔',
    [
      [15, 'person'],
      [4, 'person'],
    ],
  ],
  ['tr', 'Operasyonda 12 madde bağımlısı tedavi merkezine gönderildi.', [[12, 'person']]],
  ['is', 'Tuttugu og tveir farþegar slösuðust.', [[22, 'person']]],
  ['is', 'Fjörutíu og fimm manns voru handteknir.', [[45, 'person']]],
  [
    'sv',
    'Polisen grep 9 personer i helgen. Av dem släpptes 6 på söndagen.',
    [
      [9, 'person'],
      [6, 'person'],
    ],
  ],
  [
    'sv',
    'Totalt 30 passagerare skadades. Bland dessa fördes 11 till sjukhus.',
    [
      [30, 'person'],
      [11, 'person'],
    ],
  ],
];

describe('persons counted in languages with a partial lexicon', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    const got = extractFigures(documentOf(text, language), []).map((f) => [f.value, f.unit]);
    expect(got).toEqual(expected);
  });
});
