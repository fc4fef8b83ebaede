/**
 * Cyrillic letters read as the plain Latin letters of their nearest sound (no marks): one table for the readers
 * that compare a Vietnamese name written in Cyrillic with its Latin spelling (places/phonetic.ts,
 * places/phonetic-cyrillic.ts, people/sound-key.ts). Each reader takes the letters of the alphabets it reads
 * and states where its own key writes a letter otherwise, with the reason beside it; no reader keeps a table of
 * its own.
 */

/** Russian letters that write a sound (the soft and hard signs are SIGNS). */
export const RUSSIAN_LETTERS = 'абвгдеёжзийклмнопрстуфхцчшщыэюя';
/** The soft and hard signs. */
export const SIGNS = 'ьъ';
/** Ukrainian letters Russian lacks. */
export const UKRAINIAN_LETTERS = 'іїєґ';
/** Serbian and Macedonian letters Russian lacks. */
export const SOUTH_SLAVIC_LETTERS = 'јљњћќђѓџѕ';

const PLAIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'z',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'c',
  ш: 's',
  щ: 's',
  // ы writes the Vietnamese ư, which a Latin spelling without marks writes u.
  ы: 'u',
  э: 'e',
  ю: 'iu',
  я: 'ia',
  ь: '',
  ъ: '',
  і: 'i',
  ї: 'i',
  є: 'e',
  ґ: 'g',
  // ј is the glide й writes; љ and њ are л and н softened.
  ј: 'i',
  љ: 'l',
  њ: 'n',
  ћ: 'c',
  ќ: 'c',
  ђ: 'd',
  ѓ: 'd',
  џ: 'd',
  ѕ: 'z',
};

/**
 * The table of `letters` (lower case, each in the plain table), with `otherwise` replacing the plain reading of
 * the letters a reader writes otherwise. A letter not in `letters` is not in the table, so a reader can tell a
 * word of an alphabet it does not read.
 */
export function cyrillicToLatin(
  letters: string,
  otherwise: Readonly<Record<string, string>> = {},
): Readonly<Record<string, string>> {
  const table: Record<string, string> = {};
  for (const letter of letters) {
    const plain = PLAIN[letter];
    if (plain === undefined) throw new Error(`cyrillicToLatin: no plain reading of ${letter}`);
    table[letter] = plain;
  }
  for (const [letter, latin] of Object.entries(otherwise)) {
    if (!Object.hasOwn(table, letter))
      throw new Error(`cyrillicToLatin: ${letter} is not among the letters read`);
    table[letter] = latin;
  }
  return table;
}
