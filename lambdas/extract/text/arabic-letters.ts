/**
 * Persian and Urdu write some Arabic letters with their own code points: ی (U+06CC) and ے for ي, ک for ك, ہ and
 * ۃ for ه and ة, and گ, ژ, پ for sounds Arabic writes غ or ج, ز, ب. Lists of names spelt in Arabic (the curated
 * Arabic forms: "هانوي", "كوانغ نينه") are read in a Persian or Urdu text through its letters as Arabic writes
 * them, one unit for one, so offsets stay the text's.
 */

const AS_ARABIC: Readonly<Record<string, string>> = {
  ی: 'ي',
  ے: 'ي',
  ې: 'ي',
  ک: 'ك',
  ہ: 'ه',
  ە: 'ه',
  ۃ: 'ة',
  گ: 'غ',
  ژ: 'ز',
  پ: 'ب',
  ڤ: 'ف',
};

const PERSIAN_LETTERS = /[یےېکہەۃگژپڤ]/g;

/** The text with Persian and Urdu letters as Arabic writes them (same length); the text itself when it has none. */
export function asArabicLetters(text: string): string {
  return text.replace(PERSIAN_LETTERS, (ch) => AS_ARABIC[ch]!);
}
