import { isSpaceCode } from './chars.js';

/** A span of the normalized body. `end` is exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// A sentence ends at . ! ? or … followed by space and an upper-case letter, a letter of a script without
// case (Hangul, Arabic, Thai, Devanagari: "파손됐다. 주민 5000여명이 대피했다" is two), a digit or an opening
// quote, at a semicolon (machine translations chain whole statements with "; "), or at a line break.
// Decimal commas/points ("94,72", "3.156") never end one because the next character is not a space.
// Scripts with a full stop of their own end sentences there the same way: the danda of Devanagari, Bengali
// and the other North Indic scripts (। ॥), the Urdu full stop (۔) and the Arabic question mark (؟), the
// Khmer khan (។ ៕) and the Myanmar section mark (။); without them a Hindi or Urdu paragraph was one sentence.
/**
 * As one regex: /([.!?…।॥۔؟។៕။]+|;)(["»”’)]?)(\s+)(?=[\p{Lu}\p{Lo}\p{N}«"“(])|(;)(\s+)|\n+/gu (BOUNDARY in
 * test/extract/perf36-sentences.test.ts, which checks the two alike). Found in two steps, for speed: a scan
 * without the u flag for the stop, its closing quote and spaces, or a line break (every unit it starts at is a
 * BMP character, so the flag changes nothing there, and the flagless scan costs about a fifth less), then the
 * lookahead asked only where a stop was found. The scan is greedy where BOUNDARY's first alternative cannot
 * backtrack into a match (a shorter run of stops, no quote or fewer spaces leaves a stop, quote or space
 * before the lookahead, which none of them passes); where the lookahead fails, BOUNDARY's second alternative
 * (";" and spaces) is the same match when no quote follows the semicolon; else nothing matches there, and the
 * search goes on at the next unit, as BOUNDARY's does (a line break among the spaces still ends a sentence).
 */
const STOP_OR_BREAK = /([.!?…।॥۔؟។៕။]+|;)(["»”’)]?)(\s+)|\n+/g;
const OPENS_SENTENCE = /[\p{Lu}\p{Lo}\p{N}«"“(]/uy;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const scan = STOP_OR_BREAK;
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m !== null; m = scan.exec(text)) {
    const end = m.index + m[0].length;
    let cut = m.index;
    const stop = m[1];
    if (stop !== undefined) {
      const quote = m[2]!;
      OPENS_SENTENCE.lastIndex = end;
      if (!OPENS_SENTENCE.test(text) && !(stop === ';' && quote === '')) {
        scan.lastIndex = m.index + 1;
        continue;
      }
      cut += stop.length + quote.length;
    }
    push(spans, text, start, cut);
    start = end;
  }
  push(spans, text, start, text.length);
  return spans;
}

function push(spans: Span[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e > s) spans.push({ start: s, end: e, text: text.slice(s, e) });
}

/** Full stops of scripts written without spaces: a sentence ends there whatever follows (no space comes). */
const IDEOGRAPHIC_END = /[。！？]/;

/**
 * The part of `sentence` around `at` between ideographic full stops: splitSentences waits for a space after a
 * full stop, which Chinese and Japanese never write ("…注意している。同局では145件の密輸を摘発した。" is one
 * span there), so a figure's clause would run over the whole paragraph.
 */
export function ideographicSentenceAt(
  body: string,
  sentence: { readonly start: number; readonly end: number },
  at: number,
): { start: number; end: number } {
  let start = at;
  while (start > sentence.start && !IDEOGRAPHIC_END.test(body[start - 1]!)) start--;
  let end = at;
  while (end < sentence.end && !IDEOGRAPHIC_END.test(body[end]!)) end++;
  return { start, end: Math.min(end + 1, sentence.end) };
}

/** Nothing but spaces lies between `at` and the text's start, a sentence's end or a colon. */
export function opensSentence(body: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && body[k] === ' ') k--;
  return k < 0 || '.!?:\n'.includes(body[k]!);
}
