/**
 * A Vietnamese syllable an Indic outlet spells out by the English names of its letters, as it writes an
 * acronym: "সিএ মাউ" (C, A: Cà Mau), "सीए". The names are read in Devanagari (indic.ts moves the other Indic
 * scripts there first). A word is so read only when it is two or more letter names and nothing else, and the
 * letters it spells hold a vowel: one name alone is a word of its own too often ("के", "ও"), and a syllable has a
 * vowel. The letters are a second spelling, keyed as the name's Latin form is (phonetic-devanagari.ts), so a
 * word that spells a syllable no place has names nothing.
 */

/** The English letter names as Hindi and Bengali outlets write them (Bengali after indic.ts), by letter. */
const LETTER_NAMES: Readonly<Record<string, readonly string[]>> = {
  a: ['ए'],
  b: ['बी', 'बि', 'वी', 'वि'],
  c: ['सी', 'सि'],
  d: ['डी', 'डि'],
  e: ['ई', 'इ'],
  f: ['एफ'],
  g: ['जी', 'जि'],
  h: ['एच', 'एइच'],
  i: ['आई', 'आइ'],
  j: ['जे'],
  k: ['के'],
  l: ['एल'],
  m: ['एम'],
  n: ['एन'],
  o: ['ओ'],
  p: ['पी', 'पि'],
  q: ['क्यू', 'किउ'],
  r: ['आर'],
  s: ['एस'],
  t: ['टी', 'टि'],
  u: ['यू', 'इउ'],
  v: ['वी', 'वि'],
  x: ['एक्स'],
  y: ['वाई', 'ओयाइ', 'ओयाई'],
  z: ['ज़ेड', 'जेड'],
};

/** Every written name with the letters it may stand for (b and v share a spelling once indic.ts moved ভ). */
const NAMES: readonly (readonly [string, string])[] = Object.entries(LETTER_NAMES)
  .flatMap(([letter, names]) => names.map((name) => [name, letter] as const))
  .sort((a, b) => b[0].length - a[0].length);

/** Fewest letter names a spelled word holds. */
const MIN_LETTERS = 2;

/**
 * The Latin letters a Devanagari word spells by their English names ("सीए" → "ca"), or null when it is not two
 * or more letter names end to end, or spells no vowel. The first full reading, longest names first.
 */
export function spelledLetters(word: string): string | null {
  const read = (from: number): string | null => {
    if (from === word.length) return '';
    for (const [name, letter] of NAMES) {
      if (!word.startsWith(name, from)) continue;
      const rest = read(from + name.length);
      if (rest !== null) return letter + rest;
    }
    return null;
  };
  const letters = read(0);
  if (letters === null || letters.length < MIN_LETTERS || !/[aeiouy]/.test(letters)) return null;
  return letters;
}
