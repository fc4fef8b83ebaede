/**
 * A phrase of literal words ending a text, read backwards from the end with no regex: what the pattern
 * `(?<![\p{L}\p{N}])(w1(?:e1|e2|…)?\s+w2\s+…)\s*$` (u flag) finds, its first word bare or with one of a list of
 * endings. The people lexicons read their hundreds of rank forms so (rank-before.ts): as patterns, each form
 * that a text reached was compiled by V8 at its first run (interpreted) and again at its second (native code),
 * about a millisecond each with the `\p{…}` lookbehind, and real text reaches new forms every few sentences:
 * on the real tuning set that was 7 % of a first pass and 11 % of a second.
 */
import { isLetterOrNumberBefore, isSpaceCode } from './chars.js';

export interface EndPhrase {
  /** Where the match the pattern finds in `text` starts (the leftmost one), or −1 when there is none. */
  startIn(text: string): number;
}

/**
 * The phrase of `words` (at least one), the first followed by one of `endings` or by none; null where a word
 * or an ending is empty, holds white space or starts or ends with half a surrogate pair: the pattern's `\s+`
 * and `\s*` would then not be the plain runs of white space this reads, and callers keep the pattern.
 */
export function endPhrase(words: readonly string[], endings: readonly string[]): EndPhrase | null {
  if (words.length === 0 || ![...words, ...endings].every(isPlainLiteral)) return null;
  const first = words[0]!;
  const rest = words.slice(1).reverse();
  const options = ['', ...new Set(endings)];
  return {
    startIn(text: string): number {
      let end = spaceRunStart(text, text.length);
      for (const word of rest) {
        const start = end - word.length;
        if (start < 0 || !text.startsWith(word, start)) return -1;
        end = spaceRunStart(text, start);
        // `\s+`: at least one unit of white space between two words.
        if (end === start) return -1;
      }
      // Every ending that fits gives a start; the pattern's search, left to right, finds the leftmost.
      let best = -1;
      for (const ending of options) {
        const start = end - ending.length - first.length;
        if (start < 0 || (best >= 0 && start >= best)) continue;
        if (!text.startsWith(ending, end - ending.length) || !text.startsWith(first, start)) continue;
        if (!isLetterOrNumberBefore(text, start)) best = start;
      }
      return best;
    },
  };
}

/** Where the run of white space ending at `end` starts (`end` itself when there is none). */
function spaceRunStart(text: string, end: number): number {
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}

function isPlainLiteral(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (isSpaceCode(word.charCodeAt(i))) return false;
  const head = word.charCodeAt(0);
  const tail = word.charCodeAt(word.length - 1);
  return word.length > 0 && !(head >= 0xdc00 && head <= 0xdfff) && !(tail >= 0xd800 && tail <= 0xdbff);
}
