/** Word tests shared by the stages that read names (people/, places/). */
import { codePointWidthAt, isLetterOrMarkAt, isSpaceCode, letterRunEnd } from './chars.js';
import { grownScratch, KEPT_SCRATCH_UNITS } from './scratch.js';

/** A word of ASCII letters only: a name written so may have lost its diacritics. */
export function isAsciiWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) return false;
  }
  return word.length > 0;
}

function isJoiner(c: number): boolean {
  return c === 0x2d || c === 0x27 || c === 0x2019;
}

/**
 * Word offsets as flat [start, end, start, end...] pairs: word k spans [offsets[2k], offsets[2k + 1]).
 * Reading past the last word gives undefined, as it would from an array.
 */
export type WordOffsets = Int32Array;

/**
 * Offsets scanned into, kept between calls and grown to the longest text seen up to KEPT_SCRATCH_UNITS
 * (text/scratch.ts; a longer text is scanned into an array of its own, let go after the call): a number[]
 * grown by push cost about 26 bytes a word in copies as it grew (a seed article's 1,100 words: 57 KB, a tenth
 * of what the whole engine allocates for it); a typed buffer and one exact copy cost 8 bytes a word.
 */
let room = new Int32Array(0);

/**
 * Words as `[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*` would find them, as flat [start, end, start, end...]
 * offsets: a copy of their own, which the caller may keep.
 */
export function wordOffsets(text: string): WordOffsets {
  // Each word takes one unit and a separator at least: at most text.length + 1 offsets.
  const need = text.length + 1;
  if (need > KEPT_SCRATCH_UNITS) {
    const own = new Int32Array(need);
    return own.slice(0, scanWordOffsets(text, own));
  }
  if (room.length < need) room = new Int32Array(grownScratch(room.length, need, KEPT_SCRATCH_UNITS));
  return room.slice(0, scanWordOffsets(text, room));
}

/**
 * Fills `out` with the offsets; their number. A function of its own, ending with the loop: V8 optimizes the
 * loop on-stack during its first run and would then enter that code on every later call and deoptimize at
 * whatever ran after the loop (places/tokens.ts scanWords, text/fold.ts).
 */
function scanWordOffsets(text: string, out: Int32Array): number {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    if (!isLetterOrMarkAt(text, i)) {
      i += codePointWidthAt(text, i);
      continue;
    }
    const start = i;
    for (;;) {
      i = letterRunEnd(text, i);
      if (i + 1 < n && isJoiner(text.charCodeAt(i)) && isLetterOrMarkAt(text, i + 1)) i++;
      else break;
    }
    out[count++] = start;
    out[count++] = i;
  }
  return count;
}

/** Where the word at or after `at` starts: past the spaces (U+0020 only) there. */
export function pastSpaces(text: string, at: number): number {
  let k = at;
  while (text[k] === ' ') k++;
  return k;
}

/** Where the spaces (U+0020 only) ending at `at` start: the end of the word before them. */
export function beforeSpaces(text: string, at: number): number {
  let k = at;
  while (k > 0 && text[k - 1] === ' ') k--;
  return k;
}

/** Where the run of `unit` characters (a script's letters) ending at `end` starts: `end` when none ends there. */
export function unitsStartBefore(text: string, end: number, unit: RegExp): number {
  let k = end;
  while (k > 0 && unit.test(text[k - 1]!)) k--;
  return k;
}

/** Whether [from, to) is one space (or no-break space): the words either side belong to one name. */
export function isSingleSpace(text: string, from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const c = text.charCodeAt(from);
  return c === 0x20 || c === 0xa0;
}

let wordSegmenter: Intl.Segmenter | undefined;

/**
 * Words as ICU's word boundaries find them: in scripts written without spaces (Han, kana, Thai, Lao, Khmer,
 * Myanmar) one run of letters holds many words, which a count of runs takes for one. ICU's dictionaries cost
 * time: for short texts, where the count decides.
 */
export function segmentedWordCount(text: string): number {
  wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  let words = 0;
  for (const segment of wordSegmenter.segment(text)) if (segment.isWordLike) words++;
  return words;
}

/**
 * The longest of `suffixes` glued to the end of a longer word, if any, and with `stem` the longest whose
 * word before it passes that test: a case particle written in one word with a name or a title ("청장은",
 * Nepali "त्रान होङ हाले"), which the name or title ends before.
 */
export function gluedSuffix(
  word: string,
  suffixes: Iterable<string>,
  stem?: (before: string) => boolean,
): string | undefined {
  let best: string | undefined;
  for (const q of suffixes)
    if (
      word.length > q.length &&
      word.endsWith(q) &&
      (best === undefined || q.length > best.length) &&
      (stem === undefined || stem(word.slice(0, -q.length)))
    )
      best = q;
  return best;
}

/**
 * Where the last `most` words of text[from, to), each with the white space after it, start: what
 * `/(?:[^\s]+\s+){0,most}$/u` matches in that slice, found from its end (the regex tried its repetitions
 * at every position of the slice); `to` when the slice is empty or ends in a word.
 */
export function wordsBeforeStart(text: string, from: number, to: number, most: number): number {
  if (to <= from || !isSpaceCode(text.charCodeAt(to - 1))) return to;
  let start = to;
  for (let k = 0; k < most; k++) {
    let i = start;
    while (i > from && isSpaceCode(text.charCodeAt(i - 1))) i--;
    // White space at the slice's start has no word before it: the match starts after it.
    if (i === from) break;
    while (i > from && !isSpaceCode(text.charCodeAt(i - 1))) i--;
    start = i;
  }
  return start;
}
