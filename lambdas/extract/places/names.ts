/**
 * Spelling helpers shared by the gazetteer build and the matcher.
 */
import { asRussianLetters } from '../text/fold.js';

// Old-style tone placements and where the mark moves; module-level (bundlers targeting Node rewrite a
// `\p{…}` literal as `new RegExp(…)`, run on every call, and this runs for every candidate place).
const O_MOVES: Readonly<Record<string, string>> = {
  à: 'ò',
  á: 'ó',
  ả: 'ỏ',
  ã: 'õ',
  ạ: 'ọ',
  è: 'ò',
  é: 'ó',
  ẻ: 'ỏ',
  ẽ: 'õ',
  ẹ: 'ọ',
};
const U_MOVES: Readonly<Record<string, string>> = { ỳ: 'ù', ý: 'ú', ỷ: 'ủ', ỹ: 'ũ', ỵ: 'ụ' };
const OLD_OA_OE = /(^|[^qQ])([oO])([àáảãạèéẻẽẹ])(?![\p{L}])/gu;
const OLD_UY = /(^|[^qQ])([uU])([ỳýỷỹỵ])(?![\p{L}])/gu;

/**
 * Vietnamese writes a tone mark in two conventions, old ("Hoà") and new ("Hòa"); this gives the new one, as
 * the 2025 lists do. Only an open syllable ending in oa/oe/uy moves its mark, and never after "q" ("Quý" stays).
 */
export function modernTone(name: string): string {
  return name
    .normalize('NFC')
    .replace(OLD_OA_OE, (_m, pre: string, o: string, v: string) => {
      const base = v.normalize('NFD')[0]!;
      const toned = O_MOVES[v]!;
      return pre + (o === 'O' ? toned.toUpperCase() : toned) + base;
    })
    .replace(OLD_UY, (_m, pre: string, u: string, v: string) => {
      const toned = U_MOVES[v]!;
      return pre + (u === 'U' ? toned.toUpperCase() : toned) + 'y';
    });
}

const SEPARATORS = /[\s\-\u2013]+/g;

/**
 * Comparison key of a name written with diacritics: modern tone placement, lower case, single spaces, and
 * Ukrainian letters read as the Russian ones (the gazetteer's Cyrillic forms are Russian).
 */
export function spellingKey(text: string): string {
  return asRussianLetters(modernTone(text.normalize('NFC').toLowerCase()))
    .replace(SEPARATORS, ' ')
    .trim();
}
