/**
 * The letters of Arabic script, defined once for every stage that tells them from digits, signs and other
 * scripts (figures, places, people). And Persian and Urdu write some Arabic letters with their own code points:
 * ی (U+06CC) and ے for ي, ک for ك, ہ and ۃ for ه and ة, and گ, ژ, پ for sounds Arabic writes غ or ج, ز, ب; Urdu
 * writes a Vietnamese đ, d and t with its ڈ and ٹ where Arabic has د and ت ("ڈانانگ", Đà Nẵng). Lists
 * of names spelt in Arabic (the curated Arabic forms: "هانوي", "كوانغ نينه") are read in a Persian or Urdu text
 * through its letters as Arabic writes them, one unit for one, so offsets stay the text's.
 */

/**
 * Letters of Arabic, Persian and Urdu (with the Arabic Supplement block), inclusive code point ranges: the
 * Arabic-Indic digits and signs (U+0660–U+066D), the comma, the Urdu full stop (U+06D4) and marks left out.
 */
const LETTERS: readonly (readonly [number, number])[] = [
  [0x0620, 0x064a],
  [0x066e, 0x066f],
  [0x0671, 0x06d3],
  [0x06d5, 0x06d5],
  // U+06FD and U+06FE are Sindhi signs, not letters.
  [0x06fa, 0x06fc],
  [0x06ff, 0x06ff],
  [0x0750, 0x077f],
];

/** Short-vowel marks, shadda, sukun and the superscript alef: written inside a word, never a letter alone. */
const MARKS: readonly (readonly [number, number])[] = [
  [0x064b, 0x065f],
  [0x0670, 0x0670],
];

function characterClass(ranges: readonly (readonly [number, number])[]): RegExp {
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  return new RegExp(`[${ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('')}]`, 'u');
}

/** One letter of Arabic script. */
export const ARABIC_LETTER = characterClass(LETTERS);

const WORD_UNITS = [...LETTERS, ...MARKS];

/** One letter or vowel mark of Arabic script: the units of a written word. */
export const ARABIC_LETTER_OR_MARK = characterClass(WORD_UNITS);

/** The code unit c is an Arabic-script letter or mark (ARABIC_LETTER_OR_MARK, for loops over code units). */
export function isArabicLetterOrMark(c: number): boolean {
  if (c < 0x0620 || c > 0x077f) return false;
  for (const [a, b] of WORD_UNITS) if (c >= a && c <= b) return true;
  return false;
}

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
  ڈ: 'د',
  ٹ: 'ت',
};

const PERSIAN_LETTERS = /[یےېکہەۃگژپڤڈٹ]/g;

/** The text with Persian and Urdu letters as Arabic writes them (same length); the text itself when it has none. */
export function asArabicLetters(text: string): string {
  return text.replace(PERSIAN_LETTERS, (ch) => AS_ARABIC[ch]!);
}

/**
 * Letters that join no letter after them (alef and its forms, dal, thal, reh, zain, jeh, waw and Urdu's ڈ, ڑ,
 * ؤ): a word ending in one looks the same whether a space follows or not, so pages often lose that space
 * ("سوافراد" for "سو افراد", a hundred persons). A word glued after one may be a word of its own.
 */
const NON_JOINING = new Set('آأإاٱدذرزژوؤڈڑۃە'.split('').map((c) => c.charCodeAt(0)));

/** The text's last unit is an Arabic-script letter that joins no letter after it (NON_JOINING). */
export function endsNonJoining(text: string): boolean {
  return text.length > 0 && NON_JOINING.has(text.charCodeAt(text.length - 1));
}

/**
 * The Arabic script's own punctuation (ar, fa, ur) as the Latin mark of the same use: "،" separates a list's
 * items as "," does, "؛" closes a clause, "؟" a question. Undefined for any other code unit. Defined here once
 * for the tokenizer (figures/tokens.ts) and the clause limits of topics (figures/topic.ts).
 */
export function latinOfArabicMark(c: number): string | undefined {
  switch (c) {
    case 0x060c: // ،
      return ',';
    case 0x061b: // ؛
      return ';';
    case 0x061f: // ؟
      return '?';
    default:
      return undefined;
  }
}

/** The Urdu full stop "۔" (U+06D4): a letter-range neighbour, but it ends a sentence as "." does. */
export const URDU_FULL_STOP = 0x06d4;
