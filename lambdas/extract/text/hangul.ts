/**
 * Hangul syllables (U+AC00–U+D7A3) are composed by arithmetic: index = (initial × 21 + medial) × 28 + final,
 * final 0 meaning no final consonant. Korean particles choose their form by that final ("은" after one, "는"
 * after none) and sound keys read the jamo, so the arithmetic lives here once.
 */
const FIRST_SYLLABLE = 0xac00;
const SYLLABLE_COUNT = 11172;
const FINALS = 28;
const MEDIALS_TIMES_FINALS = 21 * FINALS;

/** Jamo indexes of one Hangul syllable: initial (0–18), medial (0–20), final (0–27, 0 for none). */
export interface HangulJamo {
  initial: number;
  medial: number;
  final: number;
}

/** The jamo of the syllable `unit` (its first code unit), or null when it is not a precomposed syllable. */
export function hangulJamo(unit: string): HangulJamo | null {
  const code = unit.charCodeAt(0) - FIRST_SYLLABLE;
  if (!(code >= 0 && code < SYLLABLE_COUNT)) return null;
  return {
    initial: Math.floor(code / MEDIALS_TIMES_FINALS),
    medial: Math.floor((code % MEDIALS_TIMES_FINALS) / FINALS),
    final: code % FINALS,
  };
}

/** The final jamo index of the syllable `unit` (0: it ends in a vowel), or null when it is no syllable. */
export function hangulFinal(unit: string): number | null {
  return hangulJamo(unit)?.final ?? null;
}

/** The precomposed syllable of these jamo: hangulJamo's inverse. */
export function hangulSyllable({ initial, medial, final }: HangulJamo): string {
  return String.fromCharCode(FIRST_SYLLABLE + initial * MEDIALS_TIMES_FINALS + medial * FINALS + final);
}
