/**
 * Names of the curated list (data/names-in-scripts.json) written with one separator inside them, in the scripts
 * matched by substring (scripts.ts): a Korean outlet that spaces a name as if its last syllable opened the type
 * word ("하이즈 엉성" for 하이즈엉성, Hải Dương province), or a Japanese or Chinese one that parts its
 * syllables with a middle dot as it parts a foreign name's words ("ハイ・ズオン省", "海·阳省"). The name is
 * still looked up whole in the same list; the separator is only skipped. The caller asks for a type word beside
 * such a name: a space or dot in the middle of a name's units is also two words that happen to meet.
 */

/** A space, a no-break space, the katakana middle dot and the Latin-1 middle dot used for it in Chinese. */
const SEPARATORS = new Set([0x20, 0xa0, 0x30fb, 0xb7]);

/** Fewest code units of a name read with a separator inside it: a shorter one meets by chance too often. */
const MIN_SPACED = 3;

/**
 * Just past `name` written at `start` with one separator between two of its units, or -1. The separator is
 * never first or last: a name with a space before or after it is the name as written.
 */
export function spacedNameEnd(body: string, start: number, name: string): number {
  if (name.length < MIN_SPACED) return -1;
  for (let k = 1; k < name.length; k++) {
    if (body.charCodeAt(start + k - 1) !== name.charCodeAt(k - 1)) return -1;
    if (SEPARATORS.has(body.charCodeAt(start + k)) && body.startsWith(name.slice(k), start + k + 1))
      return start + name.length + 1;
  }
  return -1;
}
