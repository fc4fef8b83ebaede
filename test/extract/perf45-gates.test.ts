/**
 * Session 45 (perf45), no output change: the passes that read a rare token (a spelled half, three digits after
 * a lone "thousand") run only when tokenize saw one, and places findCandidates asks for the type word before a
 * lower-case word before slicing the word and looking it up. Each case checks a reading the gates must keep
 * and one they must not invent. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

type Case = [language: string, text: string, figures: [number, string][]];

const GATED: Case[] = [
  ['es', 'Los aduaneros decomisaron media tonelada de marihuana en una bodega del puerto.', [[500, 'kg']]],
  ['fr', 'Les gendarmes ont trouvé une demi-tonne de résine dans une camionnette.', [[500, 'kg']]],
  ['en', 'Customs officers seized half a tonne of heroin hidden in a lorry.', [[500, 'kg']]],
  ['es', 'Los asaltantes se llevaron mil 250 dólares de la caja de la tienda.', [[1250, 'other']]],
  // Neither a half nor three digits: both passes are skipped, and the count is read as before.
  ['es', 'Los bomberos rescataron a 14 vecinos atrapados por el agua.', [[14, 'person']]],
  // A half before no scale or measure stays a word: its pass runs, because tokenize saw the half.
  ['en', 'Half of the detained suspects were freed the next morning.', []],
  ['es', 'El contrabando llegó desde Oriente Medio en un barco.', []],
  ['pt', 'O assalto ocorreu à meia-noite de sábado no centro.', []],
];

describe('Function: extractFigures (passes gated by what tokenize saw)', () => {
  itReadsEach(GATED, valueAndUnit, '%s: %s');
});

function provincesOf(text: string): string[] {
  const r = extractArticle(Buffer.from(text));
  if (!r.ok) throw new Error(r.rejection.message);
  return r.article.provinces.map((p) => p.slug);
}

describe('Places: a lower-case word is asked for its type word first', () => {
  it.each([
    [
      'it, lower-case name after its type word',
      'Una frana ha bloccato la strada statale nella provincia di lao cai ieri sera. I vigili del fuoco hanno portato in salvo dodici persone.',
      ['lao-cai'],
    ],
    [
      'it, the same words with no type word before them',
      'Gli abitanti dicono che lao cai resta isolata da ieri sera. I vigili del fuoco hanno portato in salvo dodici persone del paese.',
      [],
    ],
  ])('%s', (_label, text, provinces) => {
    // Act
    const found = provincesOf(text);

    // Assert
    expect(found).toEqual(provinces);
  });
});
