/**
 * Vietnamese names declined as the Slavic languages decline them: the family name takes the case ending of a
 * hard stem as the last word does ("полковника Нгуена Ван Аня", "pułkownika Nguyena Van Anha", "s
 * podplukovníkem Tranem Quoc Dungem"), or replaces its soft sign ("Хюиня" of Хюинь). A family name that ends
 * in a vowel ("Ле", "Хо", "Vu") stays as it is in every case, so a word read as one declined must end in a
 * consonant once the ending is off: "Хоа" and "Hoa" are Hòa, never Хо or Ho declined.
 */
import { softStemNominative } from '../text/cyrillic-declension.js';
import { fold, foldedList } from '../text/fold.js';

/** A folded final vowel of either script. */
const VOWEL_END = /[aeiouyаеиоуыэюяё]$/u;

/**
 * The base form of a declined family name: `token` without the longest of `suffixes` (longest first) it ends
 * with, or back from a soft stem's ending, when that base is a family name (`isFamily`) ending in a consonant.
 * Null for any other word, and for a family name as it stands.
 */
export function declinedFamilyBase(
  token: string,
  suffixes: readonly string[],
  isFamily: (word: string) => boolean,
  folded: string = fold(token),
  /** The caller has found that the token is no family name as it stands. */
  notFamily = false,
): string | null {
  if (!notFamily && isFamily(token)) return null;
  const foldedSuffixes = foldedList(suffixes);
  for (let k = 0; k < suffixes.length; k++) {
    const suffix = suffixes[k]!;
    if (suffix === '' || !folded.endsWith(foldedSuffixes[k]!) || token.length - suffix.length < 2) continue;
    const base = token.slice(0, -suffix.length);
    if (!VOWEL_END.test(fold(base)) && isFamily(base)) return base;
  }
  const soft = softStemNominative(token);
  return soft !== null && isFamily(soft) ? soft : null;
}
