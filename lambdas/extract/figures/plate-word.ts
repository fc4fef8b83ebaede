/**
 * A registration plate named by its word (lexicon plateWords: hi "नंबर प्लेट", ur "نمبر پلیٹ", bn "লাইসেন্স
 * প্লেট", ko "번호판"): the numbers written after it, up to the plate's end, are the plate's, no count. Its shape
 * alone (read.ts isPlateHead: "29A-123.45") misses a plate whose series letter a translation wrote in its own
 * script and spaced ("29 ए 123.45", "29 اے 123.45", "29가 1234"), which then reads as two counts.
 */
import type { CompiledLexicon } from './lexicon.js';
import { DASHES } from './marks.js';
import type { Token } from './tokens.js';
import { phraseEndingAt } from './word-phrases.js';

/** Tokens of a plate read back from a number to the plate's word: head, series, dash, serial, and a space's. */
const PLATE_REACH = 6;

/** Letters a plate's series is written with, in any script: one to three ("A", "LD", "ए", "اے", "가"). */
const MAX_SERIES = 3;

/** Marks inside a plate: its dash, and the dot of a serial's group ("123.45" is one number; "123. 45" is not). */
function isPlateMark(t: Token): boolean {
  return t.kind === 'punct' && (DASHES.has(t.text) || t.text === '.');
}

/** A plate's head: a province's code, two digits (one where a translation dropped the zero). */
function isProvinceCode(t: Token | undefined): boolean {
  return t?.kind === 'num' && !t.spelled && Number.isInteger(t.value) && t.value < 100;
}

/**
 * The number at i is written in a plate: reading back over the plate's numbers, its series letters and its
 * marks, the words before them end with a phrase of plateWords.
 */
export function isAfterPlateWord(tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  const words = lex.plateWords;
  if (words === null) return false;
  for (let k = i - 1; k >= Math.max(0, i - PLATE_REACH); k--) {
    const t = tokens[k]!;
    if (t.kind === 'num' || isPlateMark(t)) continue;
    if (t.kind !== 'word') return false;
    if (phraseEndingAt(tokens, k, words) > 0) return true;
    // A series letter follows the head, a province's two digits ("29 ए"); any other word ends the plate
    // ("123.45 से 5 किलो": from there on a count).
    if ([...t.text].length > MAX_SERIES || !isProvinceCode(tokens[k - 1])) return false;
  }
  return false;
}
