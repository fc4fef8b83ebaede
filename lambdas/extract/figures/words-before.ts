/**
 * The last words before a number in a script written with spaces, as [start, end) offsets, nearest last: the
 * words of its clause right before it (no punctuation in between), at most `max` of them. The spaced
 * counterpart of the segmenter's words (segmented.ts): languages that say the counted persons or their fate
 * before a bare number read them here (sw "watu 15", people 15; ar "وجرح 11", and 11 injured).
 */
const LETTER = /[\p{L}\p{M}'’]/u;

export function spacedWordsBefore(text: string, numberStart: number, max: number): [number, number][] {
  const out: [number, number][] = [];
  // A number written against a word ("و3", "X5") is no bare number after a clause's words.
  if (numberStart > 0 && LETTER.test(text[numberStart - 1]!)) return out;
  let k = numberStart;
  while (out.length < max) {
    let end = k;
    while (end > 0 && text[end - 1] === ' ') end--;
    let start = end;
    while (start > 0 && LETTER.test(text[start - 1]!)) start--;
    if (start === end) break;
    out.unshift([start, end]);
    k = start;
  }
  return out;
}
