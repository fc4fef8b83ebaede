/** Character classes by UTF-16 code unit, for loops that must not call a regex per character. */

/** Whether text[from, to) holds a line feed: `text.slice(from, to).includes('\n')` without the slice. */
export function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** Exactly the code units JavaScript's `\s` matches. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const LETTER_OR_MARK = 1;
const UPPER = 2;
const LOWER_OR_MARK = 4;
const LETTER = 16;
const NUMBER = 32;
/** Has a different lower case (wider than \p{Lu}: Ⅰ, Ⓐ). */
const HAS_LOWER = 64;
/** Class bits + 8 per BMP code unit; 0 = not computed yet. Surrogates are classified per code point. */
const CLASSES = new Uint8Array(0x10000);
const LM = /^[\p{L}\p{M}]$/u;
const LU = /^\p{Lu}$/u;
const LLM = /^[\p{Ll}\p{M}]$/u;
const L = /^\p{L}$/u;
const N = /^\p{N}$/u;

function classify(ch: string): number {
  return (
    (LM.test(ch) ? LETTER_OR_MARK : 0) |
    (LU.test(ch) ? UPPER : 0) |
    (LLM.test(ch) ? LOWER_OR_MARK : 0) |
    (L.test(ch) ? LETTER : 0) |
    (N.test(ch) ? NUMBER : 0) |
    (ch !== ch.toLowerCase() ? HAS_LOWER : 0)
  );
}

/** Fills the table entry of a BMP code unit (called once per distinct non-surrogate unit). */
function fill(c: number): number {
  const hit = classify(String.fromCharCode(c)) + 8;
  CLASSES[c] = hit;
  return hit;
}

/** Class bits (+ 8) of the code point at i (a lone surrogate is its own, classless, code point). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return CLASSES[c] || fill(c);
  const cp = text.codePointAt(i)!;
  return cp > 0xffff ? classify(String.fromCodePoint(cp)) : 0;
}

function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** Whether the code point at i is a letter or a mark (`[\p{L}\p{M}]` with the u flag). */
export function isLetterOrMarkAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // ASCII first: most letters of the (folded) text are; the table keeps the rest, 8 marking "computed".
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  if (c < 0xd800 || c > 0xdfff) return ((CLASSES[c] || fill(c)) & LETTER_OR_MARK) !== 0;
  return (classAt(text, i) & LETTER_OR_MARK) !== 0;
}

/** Class bits of one code unit taken alone (a surrogate, or NaN past the end, has none). */
function unitClass(c: number): number {
  return CLASSES[c] || fill(c);
}

/** `/\p{L}/u` on one code unit alone. */
export function isLetterUnit(c: number): boolean {
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  return (unitClass(c) & LETTER) !== 0;
}

/** `/[\p{L}\p{N}]/u` on one code unit alone. */
export function isLetterOrNumberUnit(c: number): boolean {
  if (c < 0x80) return ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || (c >= 0x30 && c <= 0x39);
  return (unitClass(c) & (LETTER | NUMBER)) !== 0;
}

/** `/[\p{L}\p{N}\p{M}]/u` on one code unit alone. */
export function isWordUnit(c: number): boolean {
  if (c < 0x80) return ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || (c >= 0x30 && c <= 0x39);
  return (unitClass(c) & (LETTER_OR_MARK | NUMBER)) !== 0;
}

/**
 * 1 when isWordUnit(c), else 0: the same answer read from the class table alone, with no branch on the unit's
 * range or kind, for loops over a whole text that count on it (a branch taken at every word boundary is
 * mispredicted at most of them, and costs more than the table read).
 */
export function wordUnitBit(c: number): number {
  const bits = CLASSES[c] || fill(c);
  // LETTER_OR_MARK is bit 0 and NUMBER bit 5: either, as 0 or 1.
  return (bits | (bits >> 5)) & LETTER_OR_MARK;
}

/** An upper-case letter (one whose lower case differs) or an ASCII digit, on one code unit (NaN: no). */
export function isCapitalUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  if (Number.isNaN(c)) return false;
  return (unitClass(c) & HAS_LOWER) !== 0;
}

/** Code units taken by the code point at i (2 for a surrogate pair, else 1). */
export const codePointWidthAt = widthAt;

/** `/^\p{Lu}/u.test(text.slice(i))`, without the slice: whether the code point at i is an upper-case letter. */
export function isUpperAt(text: string, i: number): boolean {
  return (classAt(text, i) & UPPER) !== 0;
}

/** `/^\p{Lu}[\p{Ll}\p{M}]*$/u.test(text.slice(start, end))`, without the slice. */
export function isCapitalisedSpan(text: string, start: number, end: number): boolean {
  if (start >= end || (classAt(text, start) & UPPER) === 0) return false;
  for (let i = start + widthAt(text, start); i < end; i += widthAt(text, i)) {
    if (i + widthAt(text, i) > end) return false;
    if ((classAt(text, i) & LOWER_OR_MARK) === 0) return false;
  }
  return true;
}

/**
 * Whether [start, end) holds at least `atLeast` letters (`/\p{L}/gu` matches), counted only until there are
 * enough: a long paragraph is not matched letter by letter into an array to learn that it has fifteen.
 */
export function hasLetters(text: string, start: number, end: number, atLeast: number): boolean {
  let found = 0;
  for (let i = start; i < end && found < atLeast;) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) found++;
      i++;
      continue;
    }
    const width = widthAt(text, i);
    // A pair cut by `end` is a lone surrogate of the slice: no letter.
    if (i + width <= end && (classAt(text, i) & LETTER) !== 0) found++;
    i += width;
  }
  return found >= atLeast;
}

/** End of the run of letters and marks (`[\p{L}\p{M}]*`) starting at i; i itself when there is none. */
export function letterRunEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) < 0x61 || (c | 0x20) > 0x7a) return i;
      i++;
    } else if (c < 0xd800 || c > 0xdfff) {
      if (((CLASSES[c] || fill(c)) & LETTER_OR_MARK) === 0) return i;
      i++;
    } else {
      if ((classAt(text, i) & LETTER_OR_MARK) === 0) return i;
      i += widthAt(text, i);
    }
  }
  return i;
}

/** `/(?<![\p{L}\p{N}])/u` at i: whether the code point ending just before i is a letter or a number. */
export function isLetterOrNumberBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 0x80) return ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || (c >= 0x30 && c <= 0x39);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return (classAt(text, i - 2) & (LETTER | NUMBER)) !== 0;
  }
  return (unitClass(c) & (LETTER | NUMBER)) !== 0;
}

// eslint-disable-next-line no-control-regex -- the class starts at U+0000: every unit below U+0250 is Latin-block
const OUTSIDE_LATIN_BLOCKS = /[^\u0000-\u024f\u1e00-\u1eff\u2000-\u206f]/g;

/** Whether a code unit lies outside the blocks that hold only Latin letters, digits and punctuation. */
export function isOutsideLatinBlocks(c: number): boolean {
  return !(c <= 0x024f || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2000 && c <= 0x206f));
}

/** The last two texts asked about (an article's body and its folded form) and their answers. */
const kept: [string, number, string, number] = ['', -1, '', -1];

/**
 * Index of the first code unit outside the blocks that hold only Latin letters, digits and punctuation
 * (U+0000–U+024F, U+1E00–U+1EFF, U+2000–U+206F), or −1: a text without one holds no Han, Hangul, kana, Thai,
 * Cyrillic... and the searches for those can be skipped. Several stages ask about the same body (or its
 * folded form), so the answers for the last two texts are kept: one scan per text, by the regex engine (no u
 * flag: a class of code units), which finds such a unit several times faster than a loop over every unit.
 */
export function firstOutsideLatinBlocks(text: string): number {
  if (text === kept[0]) return kept[1];
  if (text === kept[2]) return kept[3];
  OUTSIDE_LATIN_BLOCKS.lastIndex = 0;
  const first = OUTSIDE_LATIN_BLOCKS.exec(text)?.index ?? -1;
  kept[2] = kept[0];
  kept[3] = kept[1];
  kept[0] = text;
  kept[1] = first;
  return first;
}

/**
 * Signs that join a consonant to the next one inside one written cluster (the viramas of the Brahmic scripts,
 * the Khmer coeng, the Myanmar virama and asat) or modify the letter before them (the nuktas): a word cut
 * right before one is cut inside a letter cluster ("বাস|্তবায়ন", where "বাস" (bus) is not a word).
 */
const CLUSTER_JOINERS: ReadonlySet<number> = new Set([
  0x093c, 0x094d, 0x09bc, 0x09cd, 0x0a3c, 0x0a4d, 0x0abc, 0x0acd, 0x0b3c, 0x0b4d, 0x0bcd, 0x0c4d, 0x0cbc,
  0x0ccd, 0x0d4d, 0x0dca, 0x1039, 0x103a, 0x17d2,
]);

/** Whether text[i] continues the letter cluster before it, so that no word may end at i. */
export function continuesClusterAt(text: string, i: number): boolean {
  return CLUSTER_JOINERS.has(text.charCodeAt(i));
}

/** A combining mark: a vowel sign of a Brahmic script, a diacritic. */
const MARK = /\p{M}/u;
/** A mark of punctuation in any script (the Arabic comma "،", the Urdu full stop "۔", the danda "।"). */
const PUNCTUATION = /\p{P}/u;
/** A letter of a script without case: Arabic, Devanagari, Bengali, Tamil ... (\p{Lo}). */
const CASELESS = /\p{Lo}/u;

/**
 * Whether the word before `at`, past spaces and punctuation, is of a script without case: what a translation
 * into Arabic, Devanagari or Bengali writes around a name or an address it kept in Latin letters. The script's
 * own marks may close the word ("والی، 173 Huu Nghi Street"), and a vowel sign ends a Brahmic one ("থাকেন"):
 * its letter stands before it.
 */
export function isCaselessWordBefore(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || PUNCTUATION.test(text[k]!))) k--;
  while (k > 0 && MARK.test(text[k]!)) k--;
  return k >= 0 && CASELESS.test(text[k]!);
}
