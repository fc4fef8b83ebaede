/**
 * Proclitics: one-letter conjunctions and prepositions that the script writes joined to the next word, a
 * number included. Arabic-script languages join و (and), ف (so), ب (with, in), ل (for), ك (as) with no
 * space ("و500", and 500); Hebrew joins ו ה ב כ ל מ ש, and before digits puts a hyphen between ("ו-20", and
 * 20; "כ-500", about 500). Such a letter before a number is a word of its own, not part of an identifier.
 */
import { ARABIC_PROCLITICS } from '../text/arabic-article.js';

const PROCLITICS: ReadonlySet<string> = new Set([...ARABIC_PROCLITICS, 'ו', 'ה', 'ב', 'כ', 'ל', 'מ', 'ש']);

const LETTER = /[\p{L}\p{M}]/u;

/**
 * Whether text[end - 1] is a proclitic letter standing alone (nothing but a non-letter before it) and, with
 * `hyphen`, joined to what follows by the hyphen at text[end]: "و" of "و500", "ו" of "ו-20".
 */
export function isProcliticAt(text: string, end: number, hyphen = false): boolean {
  if (hyphen && text[end] !== '-') return false;
  const letter = text[end - 1];
  if (letter === undefined || !PROCLITICS.has(letter)) return false;
  const before = text[end - 2];
  return before === undefined || !LETTER.test(before);
}

/**
 * Where the body of the word text[start, end) starts after a proclitic letter ("وثلاثة", and three: 1 unit
 * in), or `start` when the word has none or a body shorter than three units ("لست", I am not, is no "ل" + ست).
 */
export function procliticBodyStart(text: string, start: number, end: number): number {
  // Asked about every word of every article: the letters' block (Hebrew, Arabic) is tested before the set.
  const c = text.charCodeAt(start);
  return end - start >= 4 && c >= 0x5d0 && c <= 0x6ff && PROCLITICS.has(text[start]!) ? start + 1 : start;
}
