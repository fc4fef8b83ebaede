/**
 * Folding for matching: lower case, no diacritics, one output unit per input unit, so an offset found in
 * the folded text is the same offset in the original. ("Quảng Ninh" and "quang ninh" fold alike.)
 *
 * Per code unit: a fixed replacement for the letters that do not decompose (đ, ł, ø...) and for curly
 * apostrophes and odd spaces; otherwise the first unit of its NFD decomposition, lower-cased, when that is
 * one unit. Each unit's result is computed once per process and kept in a table.
 */
import { lowerCaseOf } from './case.js';

const SPECIAL: Record<string, string> = {
  đ: 'd',
  Đ: 'd',
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  ß: 's',
  æ: 'a',
  Æ: 'a',
  œ: 'o',
  Œ: 'o',
  ı: 'i',
  і: 'и',
  І: 'и',
  ї: 'и',
  Ї: 'и',
  є: 'е',
  Є: 'е',
  ґ: 'г',
  Ґ: 'г',
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  // Arabic-script decimal and thousands marks (Persian, Pashto, Egyptian Arabic: "۳٫۵", "۲۰٬۰۰۰"): numbers are
  // read from the folded text with ASCII marks, as their digits are.
  '\u066b': '.',
  '\u066c': ',',
  // The Arabic percent sign ("٢٥٪", Arabic, Persian, Urdu) is the percent sign.
  '\u066a': '%',
};

/**
 * Ukrainian and Belarusian і, ї, є, ґ are the Russian letters of the same words and names ("Хатінь" and
 * "Хатинь", "кілограм" and "килограмм"): they fold to them (SPECIAL), and a spelling kept with its marks
 * reads them so, so that the Russian data matches the text.
 */
const EAST_SLAVIC = /[іїєґ]/g;

export function asRussianLetters(lowerCase: string): string {
  return lowerCase.replace(EAST_SLAVIC, (c) => SPECIAL[c]!);
}

/** Folded code unit + 1 per input code unit; 0 = not computed yet. */
const TABLE = new Uint32Array(0x10000);

/**
 * Units whose NFD head is not their base letter but a part of the character: a Hangul syllable decomposes
 * into its jamo (명 and 만 would both fold to ᄆ) and a voiced kana into the unvoiced one plus a mark (ドン,
 * dong, would fold to トン, ton). They fold to themselves.
 */
function keepsWhole(c: number): boolean {
  return (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0xff66 && c <= 0xff9f);
}

/**
 * A vowel sign written in two parts (Bengali ো = ে + া, Tamil ொ, Malayalam ോ, Odia, Kannada, Telugu,
 * Sinhala) is a mark whose NFD head is another vowel sign: "শো" (hundred) would fold to "শে" (the 28th's
 * suffix, "২৮শে"). A mark is no letter with a diacritic to drop: it folds to itself.
 */
const MARK = /^\p{M}$/u;

const DECIMAL_DIGIT = /^\p{Nd}$/u;

/**
 * A decimal digit of any script (Thai ๓, Khmer ៣, Devanagari ३, fullwidth ３...) folds to its ASCII digit, so
 * numbers read alike in every script. Unicode keeps each script's digits as a run of ten from zero, and no
 * two runs of the BMP touch: the digit's value is the number of digits right before it.
 */
function asciiDigit(c: number): string | undefined {
  if (c < 0x80 || !DECIMAL_DIGIT.test(String.fromCharCode(c))) return undefined;
  let value = 0;
  while (value < 9 && DECIMAL_DIGIT.test(String.fromCharCode(c - value - 1))) value++;
  return String(value);
}

function compute(ch: string): string {
  const special = SPECIAL[ch];
  if (special !== undefined) return special;
  if (keepsWhole(ch.charCodeAt(0)) || MARK.test(ch)) return ch;
  const digit = asciiDigit(ch.charCodeAt(0));
  if (digit !== undefined) return digit;
  const out = (ch.normalize('NFD')[0] ?? ch).toLowerCase();
  return out.length === 1 ? out : ch;
}

function foldCode(c: number): number {
  const hit = TABLE[c]!;
  if (hit !== 0) return hit - 1;
  const out = compute(String.fromCharCode(c)).charCodeAt(0);
  TABLE[c] = out + 1;
  return out;
}

export function foldChar(ch: string): string {
  if (ch.length !== 1) return compute(ch);
  return String.fromCharCode(foldCode(ch.charCodeAt(0)));
}

// String.fromCharCode takes its units as arguments: keep each call well under engine argument limits.
const CHUNK = 8192;

function fromUnits(units: Uint16Array): string {
  return String.fromCharCode.apply(null, units as unknown as number[]);
}

/** Same length as the input; see the module comment. */
export function fold(text: string): string {
  // Most of a text is ASCII, which folds as the engine's own toLowerCase does: start from that and patch the
  // other units. toLowerCase only ever grows a string (İ), so the same length means unit-for-unit.
  const lower = lowerCaseOf(text);
  return lower.length === text.length ? patchNonAscii(text, lower) : foldUnits(text);
}

/**
 * The text is patched a slice at a time, each slice by a call of its own. One loop over a whole article in one
 * call gets optimized on-stack (OSR) during its first run, before the code after the loop has ever run; V8
 * (Node 20) then enters that same optimized loop on every later call and deoptimizes at that code each time,
 * so the fold ran unoptimized on most articles. Short calls are optimized as whole functions instead.
 */
const PATCH_SLICE = 1024;

/**
 * The pieces of the text being patched, one array for every call (emptied after each): most folds are of
 * single words that need no patch (hundreds per article), and an array apiece cost more than the fold.
 */
const parts: string[] = [];

function patchNonAscii(text: string, lower: string): string {
  let from = 0;
  for (let at = 0; at < text.length; at += PATCH_SLICE)
    from = patchSlice(text, lower, at, Math.min(text.length, at + PATCH_SLICE), from, parts);
  // Nothing was pushed unless `from` moved.
  if (from === 0) return lower;
  parts.push(lower.slice(from));
  // One flat string: the stages after this read it unit by unit, which a string built by += makes slower.
  const out = parts.join('');
  parts.length = 0;
  return out;
}

/** Patches units [at, end): pushes the lower-case text since `from` and each changed unit; the new `from`. */
function patchSlice(
  text: string,
  lower: string,
  at: number,
  end: number,
  from: number,
  parts: string[],
): number {
  for (let i = at; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    const folded = foldCode(c);
    if (folded === lower.charCodeAt(i)) continue;
    parts.push(lower.slice(from, i), String.fromCharCode(folded));
    from = i + 1;
  }
  return from;
}

function foldUnits(text: string): string {
  const n = text.length;
  const units = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // ASCII: only A–Z change; everything else folds to itself.
    units[i] = c < 0x80 ? (c >= 0x41 && c <= 0x5a ? c + 0x20 : c) : foldCode(c);
  }
  if (n <= CHUNK) return fromUnits(units);
  const parts: string[] = [];
  for (let i = 0; i < n; i += CHUNK) parts.push(fromUnits(units.subarray(i, i + CHUNK)));
  return parts.join('');
}

const foldedLists = new WeakMap<readonly string[], readonly string[]>();

/**
 * fold() of each word of a lexicon's list, folded once per list and kept with it: the people stage tries
 * every capitalised word of a Slavic text against every inflection suffix (a thousand folds of the same few
 * suffixes per article).
 */
export function foldedList(list: readonly string[]): readonly string[] {
  let hit = foldedLists.get(list);
  if (hit === undefined) {
    hit = list.map((w) => fold(w));
    foldedLists.set(list, hit);
  }
  return hit;
}
