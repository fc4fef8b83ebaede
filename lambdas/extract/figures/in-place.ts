/**
 * A number word inside a place's name is no figure: Bengali "হা তিন" (Hà Tĩnh) holds তিন "three", Vietnamese
 * "Ba Vì" and "Hai Bà Trưng" hold ba and hai, Thai and Lao names hold their numerals. Whatever the language, a
 * figure whose number lies inside a place the place stage read is that place's syllable, not a count.
 */
import { coverOf } from '../text/search.js';
import type { PlaceMention } from '../types.js';
import type { Candidate } from './count.js';
import type { Token } from './tokens.js';

export function outsidePlaces<C extends Candidate>(
  candidates: readonly C[],
  tokens: readonly Token[],
  places: readonly PlaceMention[],
): C[] {
  if (places.length === 0) return [...candidates];
  const inPlace = coverOf(places);
  return candidates.filter((c) => {
    const number = tokens[c.index];
    if (number === undefined) return true;
    return !inPlace(number.start, number.end);
  });
}
