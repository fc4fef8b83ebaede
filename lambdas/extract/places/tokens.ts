/**
 * One pass over the folded text: the words (letters/digits runs) with their offsets, whether the original
 * word starts with a capital, and whether only spaces, apostrophes or hyphens (or one dot, as in "TP.HCM")
 * separate it from the word before (so phrases never match across punctuation: "… Quang Ninh. Province …").
 */
import { isCapitalUnit, isLetterOrNumberUnit, isLetterUnit } from '../text/chars.js';
import { fold, foldChar } from '../text/fold.js';
import { grownScratch, KEPT_SCRATCH_UNITS } from '../text/scratch.js';

export interface Tokens {
  /** The folded text the words are read from. */
  readonly folded: string;
  /** Number of words. */
  readonly count: number;
  /** The folded text of word i, sliced when first asked for (most words never are). */
  word(i: number): string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** 1: the original word starts with an upper-case letter or a digit; 0: not. */
  readonly capital: Uint8Array;
  /** 1: only spaces, apostrophes or hyphens between the previous word and this one; 0: not. */
  readonly glued: Uint8Array;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Spaces, apostrophes and hyphens glue words into one phrase. */
function isGlueCode(code: number): boolean {
  return code === 32 || code === 9 || code === 39 || code === 45 || code === 0x2013 || code === 0xa0;
}

// A dot glues only inside an abbreviation with no space after it: "TP.HCM", "Tp.Hồ Chí Minh".
function gapGlues(folded: string, from: number, to: number): boolean {
  if (to - from === 1) {
    const code = folded.charCodeAt(from);
    return code === 46 || isGlueCode(code);
  }
  for (let k = from; k < to; k++) if (!isGlueCode(folded.charCodeAt(k))) return false;
  return true;
}

/**
 * Word arrays kept between calls, grown to the longest text seen: sizing four typed arrays for every article
 * cost more than filling them. A call's Tokens are views of them, valid until the next call; findPlaces
 * reads them before it returns and keeps only offsets. A text of more than KEPT_SCRATCH_UNITS units
 * (text/scratch.ts) gets arrays of its exact size, which the next shorter text shrinks back to the cap: the
 * views handed out cannot be let go before then.
 */
let room = 0;
let startsBuffer = new Int32Array(0);
let endsBuffer = new Int32Array(0);
let capitalBuffer = new Uint8Array(0);
let gluedBuffer = new Uint8Array(0);

const KEPT_WORDS = (KEPT_SCRATCH_UNITS >> 1) + 1;

function reserve(words: number): void {
  if (words <= room && (room <= KEPT_WORDS || words > KEPT_WORDS)) return;
  room = words > KEPT_WORDS ? words : grownScratch(room, words, KEPT_WORDS);
  startsBuffer = new Int32Array(room);
  endsBuffer = new Int32Array(room);
  capitalBuffer = new Uint8Array(room);
  gluedBuffer = new Uint8Array(room);
}

/**
 * A char-code loop rather than a regex: this runs over every byte of every article. The words go into typed
 * arrays with room for the most words the text can hold (one letter and one separator each), kept between
 * calls; the views returned end at the last word.
 */
export function tokenize(folded: string, body: string = folded): Tokens {
  reserve((folded.length >> 1) + 1);
  const count = scanWords(folded, body);
  const starts = startsBuffer;
  const ends = endsBuffer;
  // The words around a place name are asked for by every phrase table in turn: each is sliced once, and the
  // lookups after the first find its hash already computed.
  const words = new Array<string | undefined>(count);
  return {
    folded,
    count,
    word: (k) => (words[k] ??= folded.slice(starts[k]!, ends[k]!)),
    starts: starts.subarray(0, count),
    ends: ends.subarray(0, count),
    capital: capitalBuffer.subarray(0, count),
    glued: gluedBuffer.subarray(0, count),
  };
}

const NEUTRAL = 0;
const LATIN = 1;
const OTHER = 2;

/**
 * Latin letters (the Latin blocks up to IPA, and Latin Extended Additional, where Vietnamese letters lie),
 * other letters, or neither (digits, which join a word of any script: "Km95", "36A").
 */
function scriptClass(code: number): number {
  if (code < 0x80) return code <= 0x39 ? NEUTRAL : LATIN;
  if (!isLetterUnit(code)) return NEUTRAL;
  return code < 0x250 || (code >= 0x1e00 && code <= 0x1eff) ? LATIN : OTHER;
}

/**
 * Fills the word arrays; the number of words. A function of its own, ending with the loop: V8 optimizes the
 * loop on-stack during its first run, and would then enter that code on every later call and deoptimize at
 * whatever ran after the loop (which had no type feedback yet) each time, so tokenize ran unoptimized on
 * nearly every article (as fold did, text/fold.ts).
 */
function scanWords(folded: string, body: string): number {
  const n = folded.length;
  const starts = startsBuffer;
  const ends = endsBuffer;
  const capital = capitalBuffer;
  const glued = gluedBuffer;
  let count = 0;
  let prevEnd = -1;
  let i = 0;
  while (i < n) {
    if (!isLetterOrNumberUnit(folded.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let script = NEUTRAL;
    while (i < n) {
      const code = folded.charCodeAt(i);
      if (!isLetterOrNumberUnit(code)) break;
      // A Latin name glued to a word of another script ends there: "Nghe Anصوبہ", "Nghe An省".
      const own = scriptClass(code);
      if (own !== NEUTRAL) {
        if (script !== NEUTRAL && own !== script) break;
        script = own;
      }
      i++;
    }
    starts[count] = start;
    ends[count] = i;
    capital[count] = isCapitalUnit(body.charCodeAt(start)) ? 1 : 0;
    glued[count] = prevEnd >= 0 && gapGlues(folded, prevEnd, start) ? 1 : 0;
    count++;
    prevEnd = i;
  }
  return count;
}

/**
 * Folded words of a gazetteer name: the bulk equivalent of fold() for Vietnamese and Latin-script names
 * (base letter of each decomposed character, lower case, đ → d), as a char loop: 11,000 names at cold start.
 */
export function nameWords(name: string): string[] {
  const nfd = name.normalize('NFD');
  const words: string[] = [];
  let word = '';
  for (let i = 0; i < nfd.length; i++) {
    const code = nfd.charCodeAt(i);
    if (code >= 0x300 && code <= 0x36f) continue; // combining marks
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) word += nfd[i];
    else if (code >= 65 && code <= 90) word += String.fromCharCode(code + 32);
    else if (code >= 128 && isLetterOrNumberUnit(code)) word += foldChar(nfd[i]!);
    else if (word !== '') {
      words.push(word);
      word = '';
    }
  }
  if (word !== '') words.push(word);
  return words;
}

/** Folded words of a name or phrase, as keys are built: "Bà Rịa - Vũng Tàu" → ["ba","ria","vung","tau"]. */
export function wordsOf(text: string): string[] {
  return fold(text.normalize('NFC')).match(WORD) ?? [];
}

/** Map key of a name or phrase. */
export function keyOf(text: string): string {
  return wordsOf(text).join(' ');
}
