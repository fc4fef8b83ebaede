/**
 * Session 25, people: a function in a business is no office ("Giám đốc Công ty X", private.ts). In the
 * languages that write compounds (compoundRoles) the business closes a compound ("Privatunternehmen",
 * "bouwbedrijf"), which the cue at a word's start missed: the head of the compound now counts. A cue that
 * is also a role word does not (Hungarian "vezető" heads "osztályvezető", an office), and an authority's
 * compound ("Provinzpolizei") stays an office. Sentences written for the purpose.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

function officials(text: string, language: string): string[] {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName })
    .map((p) => p.name)
    .sort();
}

describe('Function: findPeople (a business closing a compound in the role)', () => {
  it.each([
    ['de', 'Vu Duc Tam, Geschäftsführer eines Bauunternehmens, sagte, die Aufträge seien gestiegen.'],
    ['de', 'Vu Duc Tam, Direktor einer Privatfirma, wurde wegen Betrugs angezeigt.'],
    ['nl', 'Vu Duc Tam, directeur van een transportbedrijf, zei dat de omzet stijgt.'],
  ])('%s: no official in %s', (language, text) => {
    expect(officials(text, language)).toEqual([]);
  });

  it.each([
    ['de', 'Vu Duc Tam, Direktor der Provinzpolizei, sagte, die Ermittlungen dauerten an.', 'Vu Duc Tam'],
    ['nl', 'Vu Duc Tam, directeur van de provinciale politie, zei dat het onderzoek doorgaat.', 'Vu Duc Tam'],
    [
      'hu',
      'Vu Duc Tam, a tartományi rendőrség osztályvezetője, elmondta, hogy a nyomozás folytatódik.',
      'Vu Duc Tam',
    ],
  ])('%s: %s', (language, text, name) => {
    expect(officials(text, language)).toEqual([name]);
  });
});
