/** Word tests shared by the stages that read names (people/, places/). */
import { codePointWidthAt, isLetterOrMarkAt, letterRunEnd } from './chars.js';

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
 * Words as `[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*` would find them, as flat [start, end, start, end...]
 * offsets.
 */
export function wordOffsets(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
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
    out.push(start, i);
  }
  return out;
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
