/**
 * Per-code-unit answers to the two questions the place tokenizer asks of every character, computed once per
 * unit and kept in a table: the tokenizer runs over every character of every article.
 */

const WORD_BIT = 1;
const CAPITAL_BIT = 2;
/** Bits + 4 per UTF-16 code unit; 0 = not computed yet. */
const TABLE = new Uint8Array(0x10000);
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

function classify(c: number): number {
  const ch = String.fromCharCode(c);
  // A lone surrogate is no letter (the regex sees it as a code point of its own).
  const word = WORD_CHAR.test(ch) ? WORD_BIT : 0;
  const capital = ch !== ch.toLowerCase() ? CAPITAL_BIT : 0;
  return word | capital;
}

function bits(c: number): number {
  const hit = TABLE[c]!;
  if (hit !== 0) return hit - 4;
  const b = classify(c);
  TABLE[c] = b + 4;
  return b;
}

/** `/[\p{L}\p{N}]/u.test(String.fromCharCode(c))`. */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return (bits(c) & WORD_BIT) !== 0;
}

/** An upper-case letter or a digit: `ch !== ch.toLowerCase()` beyond ASCII. */
export function isCapitalCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return (bits(c) & CAPITAL_BIT) !== 0;
}
