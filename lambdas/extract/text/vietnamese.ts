/**
 * Vietnamese tone marks are placed two ways on the vowel pairs oa, oe and uy ending a syllable: the older
 * style marks the second vowel ("hoá", "khoẻ", "thuỷ"), the newer the first ("hóa", "khỏe", "thủy"), and
 * outlets write either. Matching words on one placement reads both.
 */
import { hasLetters } from './chars.js';

const TONED: Readonly<Record<string, string>> = {
  a: 'àáảãạ',
  e: 'èéẻẽẹ',
  y: 'ỳýỷỹỵ',
  o: 'òóỏõọ',
  u: 'ùúủũụ',
};

/** The toned second vowel → [its plain vowel, the tone's index], for the pairs whose mark moves. */
const SECOND = new Map<string, [string, number]>();
for (const v of ['a', 'e', 'y']) for (let t = 0; t < 5; t++) SECOND.set(TONED[v]![t]!, [v, t]);

// o + toned a/e, or u (not after q: "quý" is q-u-ý) + toned y, ending the syllable (no letter after).
const OLD_STYLE = /(?<![qQ])([oOuU])([àáảãạèéẻẽẹỳýỷỹỵ])(?!\p{L})/gu;

/**
 * The text with every old-style mark moved to the first vowel of its pair, code unit for code unit (the
 * offsets of the text stay valid). Expects NFC, lower or upper case for the first vowel, lower case for
 * the second (the lower-cased text the cues read).
 */
export function modernToneMarks(text: string): string {
  if (!OLD_STYLE.test(text)) return text;
  OLD_STYLE.lastIndex = 0;
  return text.replace(OLD_STYLE, (pair: string, first: string, second: string) => {
    const [vowel, tone] = SECOND.get(second)!;
    const plain = first.toLowerCase();
    if ((plain === 'o') !== (vowel === 'a' || vowel === 'e')) return pair;
    const marked = TONED[plain]![tone]!;
    return (first === plain ? marked : marked.toUpperCase()) + vowel;
  });
}

/** The letters only Vietnamese marks make: the vowels with a tone or a hat, horn or breve, and đ. */
const MARKED = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/giu;

/** Fewer marked letters than one in this many letters: the text was typed without its marks. */
const UNMARKED_RATIO = 15;

/**
 * Vietnamese typed without its diacritics ("Cong an tinh bat giu 3 doi tuong"), as some sites, forums and
 * copies stripped by old software write it: about one letter in four carries a mark in marked text, and a
 * few names kept with theirs ("Đà Nẵng") do not make an unmarked text marked.
 */
export function writtenWithoutMarks(text: string): boolean {
  const marked = text.match(MARKED)?.length ?? 0;
  if (marked === 0) return true;
  // More letters than marked × ratio, counted only that far: no array of every letter of the article, and
  // no `\p{L}` literal compiled again on every call in the bundle.
  return hasLetters(text, 0, text.length, marked * UNMARKED_RATIO + 1);
}
