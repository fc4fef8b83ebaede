/**
 * One pass over the folded text: the words (letters/digits runs) with their offsets, whether the original
 * word starts with a capital, and whether only spaces, apostrophes or hyphens (or one dot, as in "TP.HCM")
 * separate it from the word before (so phrases never match across punctuation: "… Quang Ninh. Province …").
 */
import { fold } from '../text/fold.js';

export interface Tokens {
  readonly words: readonly string[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** The original word starts with an upper-case letter or a digit. */
  readonly capital: readonly boolean[];
  /** Only spaces, apostrophes or hyphens between the previous word and this one. */
  readonly glued: readonly boolean[];
}

const WORD = /[\p{L}\p{N}]+/gu;
// A dot glues only inside an abbreviation with no space after it: "TP.HCM", "Tp.Hồ Chí Minh".
const GLUE = /^(?:[\s'\-\u2013]*|\.)$/u;

export function tokenize(folded: string, body: string = folded): Tokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const capital: boolean[] = [];
  const glued: boolean[] = [];
  let prevEnd = -1;
  for (const m of folded.matchAll(WORD)) {
    const start = m.index;
    const first = body[start] ?? '';
    words.push(m[0]);
    starts.push(start);
    ends.push(start + m[0].length);
    capital.push(first !== first.toLowerCase() || (first >= '0' && first <= '9'));
    glued.push(prevEnd >= 0 && GLUE.test(folded.slice(prevEnd, start)));
    prevEnd = start + m[0].length;
  }
  return { words, starts, ends, capital, glued };
}

/** Folded words of a name or phrase, as keys are built: "Bà Rịa - Vũng Tàu" → ["ba","ria","vung","tau"]. */
export function wordsOf(text: string): string[] {
  return fold(text.normalize('NFC')).match(WORD) ?? [];
}

/** Map key of a name or phrase. */
export function keyOf(text: string): string {
  return wordsOf(text).join(' ');
}
