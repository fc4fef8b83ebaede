/**
 * A dateline signed with a web outlet's name before the place (issue 9, session 25): "Liputan6.com, Hanoi -",
 * "REPUBLIKA.CO.ID, HANOI -". The capital there is where the wire filed from, not a province the story names;
 * the same name after an outlet's name in the middle of a line is not a dateline. Short reports written for
 * this rule in Indonesian and English, never sentences of the tuning or holdout sets.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../lambdas/extract/places/index.js';
import { documentOf } from '../support/document.js';

function provincesOf(body: string, language: string): string[] {
  return findPlaces(documentOf(body, language)).provinces.map((p) => p.slug);
}

describe('Places: a web outlet’s dateline', () => {
  it.each([
    [
      'id',
      'Polisi sita sabu\nBeritaSatu.com, Hanoi - Kepolisian Provinsi Son La menyita 12 kilogram sabu.',
      'son-la',
    ],
    [
      'id',
      'Banjir di Vietnam\nANTARANEWS.COM, HANOI - Banjir di Provinsi Quang Binh menewaskan tiga orang.',
      'quang-binh',
    ],
    [
      'en',
      'Police seize heroin\nnews.example.vn, Hanoi – Police in Lai Chau province seized 12 bricks of heroin.',
      'lai-chau',
    ],
  ])('%s: %s', (language, body, province) => {
    expect(provincesOf(body, language)).toEqual([province]);
  });

  it('reads the same name inside a sentence as a place', () => {
    expect(
      provincesOf(
        'Police seize heroin\nPolice in Lai Chau province seized heroin bound for Hanoi, Tuoitre.vn said.',
        'en',
      ),
    ).toEqual(['lai-chau', 'ha-noi']);
  });
});
