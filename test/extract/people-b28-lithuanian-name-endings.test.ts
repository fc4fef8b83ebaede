/**
 * Session 28, people: Lithuanian gives a Vietnamese name its own case endings on the last word and the family
 * name ("ministras pirmininkas Pham Minh Chinhas", "pulkininko Nguyeno Van Anho"). With no inflection suffixes
 * in the Lithuanian people file, the last word was dropped ("Pham Minh") or the name was not read. A word
 * that is no name syllable once an ending is off is not a name, nor is a suspect. Sentences written for the
 * purpose.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

function officials(text: string, language: string): Array<[string, string | null]> {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName })
    .map((p): [string, string | null] => [p.name, p.rank])
    .sort();
}

describe('Function: findPeople (Lithuanian case endings on Vietnamese names)', () => {
  it.each([
    [
      'Ministras pirmininkas Pham Minh Chinhas aplankė potvynio nukentėjusius kaimus.',
      'Pham Minh Chinh',
      null,
    ],
    ['Pasak pulkininko Nguyeno Van Anho, paieška tęsiama visą naktį.', 'Nguyen Van Anh', 'colonel'],
    ['Generolas majoras Tranas Quoc Dungas apžiūrėjo nelaimės vietą.', 'Tran Quoc Dung', 'major-general'],
  ])('%s', (text, name, rank) => {
    // Prepare, act
    const found = officials(text, 'lt');
    // Assess
    expect(found).toEqual([[name, rank]]);
  });

  it('does not read a suspect with a declined name as an official', () => {
    expect(officials('Įtariamasis Nguyenas Van Anhas buvo sulaikytas pasienyje.', 'lt')).toEqual([]);
  });
});
