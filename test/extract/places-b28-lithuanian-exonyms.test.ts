/**
 * Lithuanian names of Vietnamese places (session 28): Hujė for Huế and Hojanas for Hội An, as Lithuanian
 * writes them (data/supplement.json), with their genitive and locative. Short reports written for this rule,
 * never sentences of the tuning or holdout sets.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../lambdas/extract/places/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import { primaryOf } from '../support/primary-choice.js';

function placesOf(body: string) {
  return findPlaces({ body, folded: fold(body), sentences: splitSentences(body), language: 'lt' });
}

describe('Places: Lithuanian exonyms', () => {
  it.each([
    ['Potvyniai Hujė užliejo šimtus namų, evakuota 500 gyventojų.'],
    ['Hujės gatvėse vanduo pakilo iki metro.'],
    ['Hujėje trečiadienį nebuvo elektros.'],
  ])('reads Huế in %s', (body) => {
    expect(primaryOf(body, 'lt')).toBe('hue');
  });

  it('reads Hội An as a locality', () => {
    const found = placesOf('Senamiestis Hojane vėl apsemtas, turistai evakuoti.');
    expect(found.localities.map((l) => l.slug)).toContain('hoi-an');
  });

  it('reads no place from a word that only begins so', () => {
    expect(placesOf('Hujėjo vėjas per naktį.').provinces).toEqual([]);
  });
});
