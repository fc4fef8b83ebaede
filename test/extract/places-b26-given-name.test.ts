/**
 * A person named in full, then by the given name alone (issue 9, session 26): after "Lê Thị Huế" the report
 * says "Huế, 70," and "Huế's house", and that Huế is the woman, not the city; after "Trần Văn Vinh", "Vinh"
 * is the man, not the city of Nghệ An. With a type word ("the city of Huế") the name is still the place. Short
 * reports written for this rule in English, French and Indonesian, never sentences of the tuning or holdout sets.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../lambdas/extract/places/index.js';
import { documentOf } from '../support/document.js';

function provincesOf(body: string, language: string): string[] {
  return findPlaces(documentOf(body, language)).provinces.map((p) => p.slug);
}

describe('Places: a given name that is also a place’s, after the person was named in full', () => {
  it.each([
    [
      'en',
      'A fire in Da Nang destroyed the shop of Le Thi Hue on Sunday night. Hue, 58, escaped with burns. Hue’s son said the blaze started in the kitchen.',
      ['da-nang'],
    ],
    [
      'fr',
      'La police de Hanoi a arrêté Tran Van Vinh, 35 ans, pour vol. Vinh a avoué avoir volé trois motos. Vinh et son complice seront jugés en mai.',
      ['ha-noi'],
    ],
    [
      'id',
      'Polisi Hanoi menangkap Nguyen Van Vinh karena mencuri sepeda motor. Vinh mengaku telah mencuri tiga sepeda motor sejak Januari.',
      ['ha-noi'],
    ],
  ])('%s: %s', (language, body, want) => {
    expect(provincesOf(body, language)).toEqual(want);
  });

  it('still reads the place where a type word names it', () => {
    const body =
      'Police in Da Nang arrested Le Thi Hue on Monday. Hue had travelled from the city of Hue by bus, police said.';
    expect(provincesOf(body, 'en')).toEqual(expect.arrayContaining(['da-nang', 'hue']));
  });

  it('reads the place where no person of that name came before', () => {
    const body =
      'Floods in Hue destroyed 40 houses on Monday. Rescue teams from Da Nang reached the area at night.';
    expect(provincesOf(body, 'en')).toEqual(expect.arrayContaining(['hue', 'da-nang']));
  });
});
