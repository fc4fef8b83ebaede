/**
 * Classes of session 56 (col56b: fr), on sentences written for this test:
 * - a word of the language one edit from a province's name, right after a province's type word, is that word
 *   and no misspelling of the name: fr "les provinces du Centre" (the central region) is not Bến Tre, whose
 *   letters run together ("bentre") are one edit from "centre" (lexicon `notPlaces`, read by misspelt names);
 * - a real misspelling after the type word is still read ("province de Bentre"), and the name as written
 *   beside the region word still counts.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../lambdas/extract/places/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import { PRIMARY } from '../support/primary-choice.js';

function provincesOf(body: string, language: string): string[] {
  const doc = { body, folded: fold(body), sentences: splitSentences(body), language };
  return findPlaces(doc, [], PRIMARY).provinces.map((p) => p.slug);
}

describe('Places: a word of the language one edit from a province is no misspelling (col56b)', () => {
  it.each([
    [
      'fr',
      'Saisie de drogue\nLa police a démantelé un réseau qui livrait de la méthamphétamine à des revendeurs des provinces du Centre.',
      [],
    ],
    [
      'fr',
      'Pluies torrentielles\nDes pluies diluviennes touchent depuis trois jours la province du Centre de Quang Ngai, selon les autorités.',
      ['quang-ngai'],
    ],
  ])('%s: %s', (language, body, expected) => {
    expect(provincesOf(body, language)).toEqual(expected);
  });

  it.each([
    [
      'fr',
      'Trafic de drogue\nLa police de la province de Bentre a arrêté deux hommes avec trois kilos de cannabis.',
    ],
    [
      'fr',
      'Inondations\nLes provinces du Centre et la province de Ben Tre ont reçu une aide du gouvernement pour les sinistrés.',
    ],
  ])('still reads Bến Tre where it is written (%s)', (language, body) => {
    expect(provincesOf(body, language)).toContain('ben-tre');
  });
});
