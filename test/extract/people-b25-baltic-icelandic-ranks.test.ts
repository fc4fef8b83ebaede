/**
 * Session 25, people: Icelandic, Lithuanian, Latvian and Estonian get a people file of their own (ranks with
 * their genitive forms, offices, private cues). Before, they were read with every other lexicon, which knows
 * none of their ranks ("Ofursti", "Pulkininkas", "Pulkvedis") and none of their words for a suspect. An
 * official named after a rank or an office is read; a suspect, a driver or a person given an age is not.
 * Sentences written for the purpose.
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

describe('Function: findPeople (Icelandic, Lithuanian, Latvian, Estonian)', () => {
  it.each([
    ['is', 'Ofursti Le Van Thanh sagði að leitin stæði enn yfir.', 'Le Van Thanh', 'colonel'],
    ['is', 'Að sögn Do Quoc Bao, lögreglustjóra héraðsins, stendur rannsóknin yfir.', 'Do Quoc Bao', null],
    ['is', 'Forsætisráðherra Pham Minh Chinh heimsótti flóðasvæðin.', 'Pham Minh Chinh', null],
    ['lt', 'Pulkininkas Le Van Thanh sakė, kad paieška tęsiama.', 'Le Van Thanh', 'colonel'],
    ['lt', 'Generolas majoras Do Quoc Bao apžiūrėjo nelaimės vietą.', 'Do Quoc Bao', 'major-general'],
    ['lt', 'Pasak provincijos policijos viršininko Do Quoc Bao, tyrimas tęsiamas.', 'Do Quoc Bao', null],
    ['lv', 'Pulkvedis Le Van Thanh sacīja, ka meklēšana turpinās.', 'Le Van Thanh', 'colonel'],
    ['lv', 'Ģenerālmajors Do Quoc Bao apskatīja nelaimes vietu.', 'Do Quoc Bao', 'major-general'],
    ['lv', 'Provinces policijas priekšnieks Do Quoc Bao sacīja, ka meklēšana turpinās.', 'Do Quoc Bao', null],
    ['et', 'Kolonelleitnant Le Van Thanh ütles, et otsingud jätkuvad.', 'Le Van Thanh', 'lieutenant-colonel'],
    ['et', 'Peaminister Pham Minh Chinh külastas üleujutatud piirkondi.', 'Pham Minh Chinh', null],
  ])('%s: %s', (language, text, name, rank) => {
    expect(officials(text, language)).toEqual([[name, rank]]);
  });

  it.each([
    ['is', 'Hinn grunaði Le Van Thanh var handtekinn í gær.'],
    ['is', 'Le Van Thanh, 41 ára gamall, var handtekinn í gær.'],
    ['lt', 'Įtariamasis Le Van Thanh buvo sulaikytas vakar.'],
    ['lt', 'Vairuotojas Le Van Thanh žuvo avarijoje.'],
    ['lv', 'Aizdomās turētais Le Van Thanh vakar tika aizturēts.'],
    ['lv', 'Šoferis Le Van Thanh gāja bojā avārijā.'],
    ['et', 'Kahtlusalune Le Van Thanh vahistati eile.'],
    ['et', 'Autojuht Le Van Thanh hukkus õnnetuses.'],
  ])('%s: no official in %s', (language, text) => {
    expect(officials(text, language)).toEqual([]);
  });
});
