/**
 * A place named as a point of reference by an intercardinal direction (issue 9, session 26): "ten zuidwesten
 * van Hanoi", "südwestlich von Hanoi", "al noroeste de Hanói" say where the story's place lies, as "ten zuiden
 * van" and "south of" already did; the capital is no place of the story. Lexicon entries (referenceBefore) of
 * every language that listed only the four cardinal ones. Short reports written for this rule, never sentences
 * of the tuning or holdout sets.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../lambdas/extract/places/index.js';
import { documentOf } from '../support/document.js';
import { primaryOf } from '../support/primary-choice.js';

function provincesOf(body: string, language: string): string[] {
  return findPlaces(documentOf(body, language)).provinces.map((p) => p.slug);
}

describe('Places: a point of reference by an intercardinal direction', () => {
  it.each([
    [
      'nl',
      'Aardverschuiving in Vietnam\n\nBij een aardverschuiving in Lao Cai, ten noordwesten van Hanoi, kwamen dinsdag zes mensen om het leven.',
      'lao-cai',
    ],
    [
      'de',
      'Erdrutsch in Vietnam\n\nBei einem Erdrutsch in Hoa Binh, südwestlich von Hanoi, sind am Dienstag sechs Menschen ums Leben gekommen.',
      'hoa-binh',
    ],
    [
      'es',
      'Deslave en Vietnam\n\nUn deslave en Lao Cai, al noroeste de Hanói, dejó seis muertos el martes, informaron las autoridades.',
      'lao-cai',
    ],
    [
      'it',
      'Frana in Vietnam\n\nUna frana a Hoa Binh, a sud-ovest di Hanoi, ha causato sei morti martedì, secondo le autorità.',
      'hoa-binh',
    ],
  ])('%s: %s', (language, body, want) => {
    expect(primaryOf(body, language)).toBe(want);
    // The capital stays among the provinces named, as a point of reference.
    expect(provincesOf(body, language)).toContain('ha-noi');
  });
});
