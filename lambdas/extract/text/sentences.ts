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
const BOUNDARY = /([.!?…।॥۔؟។៕။]+|;)(["»”’)]?)(\s+)(?=[\p{Lu}\p{Lo}\p{N}«"“(])|(;)(\s+)|\n+/gu;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const cut = m[0].startsWith('\n') ? m.index : m.index + (m[1] ?? m[4] ?? '').length + (m[2]?.length ?? 0);
    push(spans, text, start, cut);
    start = m.index + m[0].length;
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
