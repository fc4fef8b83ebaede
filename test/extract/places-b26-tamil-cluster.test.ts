/**
 * Tamil begins no word with two consonants: it writes the tr of Trị and Trà with a vowel between t and r
 * ("டிரை", "டிரா"), as it writes the k and w of Quảng "குவாங்". The Dravidian scripts' sound key
 * (phonetic-devanagari.ts) also reads a word's first consonant, i or u and r as the cluster (issue 9, session 26).
 * Short reports written for this rule, never sentences of the tuning or holdout sets.
 */
import { describe, expect, it } from 'vitest';
import { indicSoundKeys, vietnameseIndicKeys } from '../../lambdas/extract/places/phonetic-devanagari.js';
import { primaryOf } from '../support/primary-choice.js';

describe('Tamil: a first cluster parted by a vowel', () => {
  it('gives டிரை the key of Trị', () => {
    const keys = indicSoundKeys('குவாங் டிரை').keys;
    expect(vietnameseIndicKeys('Quảng Trị', true).some((k) => keys.includes(k))).toBe(true);
  });

  it.each([
    ['குவாங் டிரை மாகாணத்தில் பெய்த கனமழையால் ஐந்து பேர் உயிரிழந்தனர்.', 'quang-tri'],
    ['டிரா வின் மாகாணத்தில் படகு கவிழ்ந்து மூன்று மீனவர்கள் காணாமல் போயினர்.', 'tra-vinh'],
  ])('%s', (body, want) => {
    expect(primaryOf(body, 'ta')).toBe(want);
  });

  it('keeps the key without the cluster first', () => {
    expect(indicSoundKeys('டிரை').keys[0]).toBe('tira');
  });
});
