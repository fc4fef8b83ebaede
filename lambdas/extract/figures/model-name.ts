/**
 * "iPhone 11", "eKYC 2", "دو iPhone 11 اور": a product's model is named by a brand word and a number. Two
 * shapes of the word tell a brand where no sentence-start or title case can: a capital after a small letter
 * inside the word ("iPhone", "ProMax": no word of a sentence is written so), and a Latin-script word in the
 * running text of a caseless script (Arabic, Devanagari, Bengali), where the translation kept the brand as
 * the maker writes it. The number after such a word is the model's, no count (read.ts isProperNameLabel, which
 * still lets a counted noun after the number make it a count).
 */
import { firstOutsideLatinBlocks, isCaselessWordBefore } from '../text/chars.js';

/** A small letter then a capital inside the word. */
const CAMEL = /\p{Ll}\p{Lu}/u;
/** A word of Latin letters (and marks) with at least one small letter: no currency or unit code ("VND", "USD"). */
const LATIN_WORD = /^(?=.*\p{Ll})[\p{Script=Latin}\p{M}]+$/u;
/**
 * A character of a name or an address kept in Latin letters: a Latin letter or mark, a digit, a comma, a point,
 * a hyphen ("173 Huu Nghi Street, Mong Cai 1 Ward" inside an Urdu sentence is one run).
 */
const LATIN_CHAR = /[\p{Script=Latin}\p{M}\d,.()-]/u;
/** A letter of a script without case: Arabic, Devanagari, Bengali, Tamil ... (\p{Lo}). */
const CASELESS = /\p{Lo}/u;

/** Where the run of Latin words (spaces, digits and marks of an address between them) ending at `end` starts. */
function latinRunStart(body: string, end: number): number {
  let k = end;
  while (k > 0 && (body[k - 1] === ' ' || LATIN_CHAR.test(body[k - 1]!))) k--;
  while (body[k] === ' ') k++;
  return k;
}

/** A brand's word written with a capital inside it ("iPhone", "eKYC"), which names even before a noun ("iPhone 14 handsets"). */
export function isCamelBrand(word: string): boolean {
  return CAMEL.test(word);
}

/**
 * Whether a body holds a letter of a caseless script at all: a fact of the article, asked lazily and once
 * (readNumbers makes one per body), since every number after a word asks and a text in a cased script (most of
 * them) never holds a Latin run after one.
 */
export function caselessLetterIn(body: string): () => boolean {
  let known: boolean | undefined;
  return () =>
    (known ??=
      LATIN_BLOCK_CASELESS.test(body) || (firstOutsideLatinBlocks(body) >= 0 && CASELESS.test(body)));
}

/**
 * The only \p{Lo} units inside the Latin blocks of firstOutsideLatinBlocks (ª, º, ƻ, ǀ–ǃ): a text with no unit
 * outside those blocks (most of them, and the places stage has asked already) is told by this class of code
 * units alone. The class of every script of \p{Lo} costs several times more per unit scanned.
 */
const LATIN_BLOCK_CASELESS = /[\xaa\xba\u01bb\u01c0-\u01c3]/;

/**
 * Whether the word `word`, starting at `start` in body, is the last word of a run of Latin words right after a
 * word of a caseless script ("دو iPhone 11", "Mong Cai 1"): a brand or a place kept in Latin letters, whose
 * number a counted noun after it still makes a count ("Quang Ninh 12 افراد").
 */
export function isLatinAmidCaseless(
  body: string,
  word: string,
  start: number,
  caseless: () => boolean,
): boolean {
  // The body's fact first: known once per article, where the word's test runs its \p classes for every number.
  if (!caseless() || !LATIN_WORD.test(word)) return false;
  return isCaselessWordBefore(body, latinRunStart(body, start));
}
