/**
 * Tagalog places lexicon (lexicons/tl/places.json, session 28): the type word before the name ("lalawigan ng
 * X", "bayan ng X"), the force that acts ("pulisya ng"), and where a round-up says the storm struck hardest.
 * Short reports written for this lexicon, never sentences of the tuning or holdout sets.
 */
import { describe, expect, it } from 'vitest';
import { placesLexiconFor } from '../../lambdas/extract/places/lexicon.js';
import { primaryOf } from '../support/primary-choice.js';

describe('Places: Tagalog', () => {
  it('has its own type words', () => {
    expect(placesLexiconFor('tl').affixes.before.get('lalawigan ng')).toBe('province');
  });

  it('reads the province of a round-up of two provinces named with their type word', () => {
    const body =
      'Labing-isa ang nasawi sa pagbaha sa gitnang Vietnam ayon sa mga awtoridad nitong Lunes.\n' +
      'Siyam ang patay sa lalawigan ng Quang Ngai, habang dalawa naman sa lalawigan ng Binh Dinh.';
    expect(primaryOf(body, 'tl')).toBe('quang-ngai');
  });

  it('reads the hardest-hit province of a round-up', () => {
    const body =
      'Dalawampu ang nasawi sa baha sa hilagang Vietnam nitong linggo, ayon sa pamahalaan.\n' +
      'Ang lalawigan ng Lao Cai ay nakapagtala ng apat na patay.\n' +
      'Ang pinakamatinding tinamaan ay ang lalawigan ng Yen Bai, kung saan labing-anim ang namatay.';
    expect(primaryOf(body, 'tl')).toBe('yen-bai');
  });

  it('names no province where two cities are named alike', () => {
    const body =
      'Dumami ang aksidente sa kalsada sa buong bansa ngayong bakasyon.\n' +
      'Marami ang umuwi mula sa Hanoi at Ho Chi Minh City para sa Pasko.';
    expect(primaryOf(body, 'tl')).toBeNull();
  });
});
