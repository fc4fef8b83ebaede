/**
 * Tamil outlets that write the gi of "Giang" and "Gia" as the English spelling reads it (issue 9, session 25):
 * with a full i and the glide y ("கியாங்"), with g and y as one cluster ("க்யாங்"), or with the i run into the
 * vowel ("கைங்"), where others write the Vietnamese sound ("ஜியாங்"). Tamil has one letter for k and g, so each
 * is the province's name. Short reports written for this rule, never sentences of the tuning or holdout sets.
 */
import { describe, expect, it } from 'vitest';
import { primaryOf } from '../support/primary-choice.js';

describe('Places: Tamil gi written as g and i', () => {
  it.each([
    ['ஹா கியாங் மாகாணத்தில் நிலச்சரிவில் சிக்கி இரண்டு பேர் உயிரிழந்தனர்.', 'ha-giang'],
    ['பாக் க்யாங் மாகாணத்தில் போலீசார் மூன்று பேரை கைது செய்தனர்.', 'bac-giang'],
    ['கியா லாய் மாகாணத்தில் பேருந்து விபத்தில் நான்கு பேர் காயமடைந்தனர்.', 'gia-lai'],
    ['ஹா கைங் மாகாணத்தில் வெள்ளத்தில் ஐந்து வீடுகள் இடிந்தன.', 'ha-giang'],
    // The Vietnamese sound, as before.
    ['ஹா ஜியாங் மாகாணத்தில் நிலச்சரிவில் சிக்கி இரண்டு பேர் உயிரிழந்தனர்.', 'ha-giang'],
  ])('%s', (body, want) => {
    expect(primaryOf(body, 'ta')).toBe(want);
  });

  it('keeps Kiên Giang and Hà Giang apart from their neighbours in the key', () => {
    expect(primaryOf('கியென் கியாங் மாகாணத்தில் மீனவர்கள் ஆறு பேர் மீட்கப்பட்டனர்.', 'ta')).toBe('kien-giang');
    expect(primaryOf('ஹௌ கியாங் மாகாணத்தில் மீனவர்கள் ஆறு பேர் மீட்கப்பட்டனர்.', 'ta')).toBe('hau-giang');
  });
});
