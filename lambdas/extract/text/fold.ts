/**
 * Folding for matching: lower case, no diacritics, one output unit per input unit, so an offset found in
 * the folded text is the same offset in the original. ("Quảng Ninh" and "quang ninh" fold alike.)
 *
 * Per code unit: a fixed replacement for the letters that do not decompose (đ, ł, ø...) and for curly
 * apostrophes and odd spaces; otherwise the first unit of its NFD decomposition, lower-cased, when that is
 * one unit. Each unit's result is computed once per process and kept in a table.
 */
import { Buffer } from 'node:buffer';
import { lowerCaseOf } from './case.js';
import { grownScratch, KEPT_SCRATCH_UNITS } from './scratch.js';

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
 * The text is read a slice at a time, each slice by a call of its own. One loop over a whole article in one
 * call gets optimized on-stack (OSR) during its first run, before the code after the loop has ever run; V8
 * (Node 20) then enters that same optimized loop on every later call and deoptimizes at that code each time,
 * so the fold ran unoptimized on most articles. Short calls are optimized as whole functions instead.
 */
const PATCH_SLICE = 1024;

/**
 * The lower-case text as UTF-16 code units, patched in place and read back as one string: kept between calls
 * and grown to the longest text seen up to KEPT_SCRATCH_UNITS (text/scratch.ts). Patching by pieces (a slice
 * of the lower case before each changed unit, the unit, then one join) cost an array of two strings per
 * changed unit and the join's copy: about 60 KB of the 550 KB a French seed article allocated, and twice the
 * time.
 */
let patchUnits = Buffer.alloc(0);

/**
 * Units read back into one string at a time: below Node's limit for a string copied onto the heap (a longer
 * one is made external and two-byte, even when every unit is ASCII, and the regexes of the stages after this
 * run slower on a two-byte text).
 */
const READ_BACK_UNITS = 1 << 16;

function patchNonAscii(text: string, lower: string): string {
  const n = text.length;
  if (n < SHORT_TEXT) return patchPieces(text, lower);
  let first = -1;
  for (let at = 0; at < n && first < 0; at += PATCH_SLICE)
    first = firstPatch(text, lower, at, Math.min(n, at + PATCH_SLICE));
  // Nothing to patch: the lower case is the fold, no copy.
  if (first < 0) return lower;
  const units = patchBuffer(n);
  units.write(lower, 0, 'utf16le');
  for (let at = first; at < n; at += PATCH_SLICE)
    patchSlice(text, lower, units, at, Math.min(n, at + PATCH_SLICE));
  if (n <= READ_BACK_UNITS) return units.toString('utf16le', 0, 2 * n);
  const parts: string[] = [];
  for (let at = 0; at < n; at += READ_BACK_UNITS)
    parts.push(units.toString('utf16le', 2 * at, 2 * Math.min(n, at + READ_BACK_UNITS)));
  return parts.join('');
}

/**
 * Room for n units: the kept buffer, grown as needed; for a text over the cap a buffer of its own, let go
 * after the call (every byte of its 2n is written before it is read).
 */
function patchBuffer(n: number): Buffer {
  if (n > KEPT_SCRATCH_UNITS) return Buffer.allocUnsafe(2 * n);
  if (patchUnits.length < 2 * n)
    patchUnits = Buffer.alloc(grownScratch(patchUnits.length, 2 * n, 2 * KEPT_SCRATCH_UNITS));
  return patchUnits;
}

/**
 * Below this many units (a word, a name: most folds) the text is patched by pieces: a Buffer read back costs
 * more than the few pieces of a word.
 */
const SHORT_TEXT = 128;

/**
 * The fold of unit i of `text` where it is not the unit of its lower case `lower` (only a non-ASCII unit can
 * differ: ASCII folds as toLowerCase does); −1 where the lower case is the fold. One test for the three
 * patching loops; small enough for V8 to inline into each.
 */
function patchAt(text: string, lower: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return -1;
  const folded = foldCode(c);
  return folded === lower.charCodeAt(i) ? -1 : folded;
}

/** The pieces of a short text being patched, one array for every call (emptied after each). */
const pieces: string[] = [];

/** The lower case of a short text with each unit whose fold differs replaced by it. */
function patchPieces(text: string, lower: string): string {
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const folded = patchAt(text, lower, i);
    if (folded < 0) continue;
    pieces.push(lower.slice(from, i), String.fromCharCode(folded));
    from = i + 1;
  }
  if (from === 0) return lower;
  pieces.push(lower.slice(from));
  const out = pieces.join('');
  pieces.length = 0;
  return out;
}

/** The first unit of [at, end) whose fold is not its lower case; −1 if none. */
function firstPatch(text: string, lower: string, at: number, end: number): number {
  for (let i = at; i < end; i++) if (patchAt(text, lower, i) >= 0) return i;
  return -1;
}

/** Writes the fold of each unit of [at, end) that is not its lower case over it in `out`. */
function patchSlice(text: string, lower: string, out: Buffer, at: number, end: number): void {
  for (let i = at; i < end; i++) {
    const folded = patchAt(text, lower, i);
    if (folded < 0) continue;
    out[2 * i] = folded & 0xff;
    out[2 * i + 1] = folded >> 8;
  }
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

/** A Latin vowel, upper or lower case, whose marks vowelMarksRemoved drops. */
const LATIN_VOWEL = /[aeiouyAEIOUY]/u;
/** One combining mark (after NFD). */
const COMBINING_MARK = /\p{M}/u;

/**
 * Per code unit, what vowelMarksRemoved makes of it in a word of such units, computed once per process: a
 * Latin letter (Latin-1 to IPA Extensions, Latin Extended Additional) that is NFC as it stands is its base
 * letter when it is a vowel with marks ("ấ" → "a", "É" → "E"), itself otherwise ("ł", "č"); stored plus one.
 * SLOW_UNIT: any other unit (a combining mark, a surrogate, another script), for which the word is decomposed
 * whole. The people stage asks it of every capitalised word with a letter outside ASCII of every Latin-script
 * text ("État", "Łódź"): the decomposition and recomposition per word were 1.3 % of the seeds' profile.
 */
const VOWEL_MARK_UNITS = new Uint16Array(0x10000);
const SLOW_UNIT = 0xffff;

function unitWithoutVowelMarks(c: number): number {
  const ch = String.fromCharCode(c);
  const latin = (c >= 0x80 && c < 0x0250) || (c >= 0x1e00 && c <= 0x1eff);
  if (!latin || COMBINING_MARK.test(ch) || ch.normalize('NFC') !== ch) return SLOW_UNIT;
  const decomposed = ch.normalize('NFD');
  const markedVowel = decomposed.length > 1 && LATIN_VOWEL.test(decomposed[0]!);
  return (markedVowel ? decomposed.charCodeAt(0) : c) + 1;
}

/**
 * vowelMarksRemoved unit by unit, for a word whose units outside ASCII are all read by VOWEL_MARK_UNITS (no
 * mark of one unit can then reach another, and the word is NFC as it stands); undefined for any other word.
 */
function vowelMarksRemovedByUnit(word: string): string | undefined {
  let out: string | undefined;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x80) {
      if (out !== undefined) out += word[i];
      continue;
    }
    let mapped = VOWEL_MARK_UNITS[c]!;
    if (mapped === 0) VOWEL_MARK_UNITS[c] = mapped = unitWithoutVowelMarks(c);
    if (mapped === SLOW_UNIT) return undefined;
    if (mapped - 1 !== c) out ??= word.slice(0, i);
    if (out !== undefined) out += String.fromCharCode(mapped - 1);
  }
  return out ?? word;
}

/**
 * The word with the marks of its vowels removed (tone marks, circumflex, breve, horn) and those of its
 * consonants kept: "Phấm" → "Pham", "Fạm" → "Fam", "Čin" stays "Čin". A name copied with a wrong Vietnamese tone
 * mark, or with one beside a Serbian transcription, still spells its family name so; fold() would also take
 * the háček and acute of the consonants a transcription writes its sounds with (č, ć, š, ž).
 */
export function vowelMarksRemoved(word: string): string {
  const byUnit = vowelMarksRemovedByUnit(word);
  if (byUnit !== undefined) return byUnit;
  let out = '';
  let afterVowel = false;
  for (const ch of word.normalize('NFD')) {
    if (COMBINING_MARK.test(ch)) {
      if (!afterVowel) out += ch;
      continue;
    }
    afterVowel = LATIN_VOWEL.test(ch);
    out += ch;
  }
  return out.normalize('NFC');
}
