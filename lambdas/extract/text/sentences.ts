import { isSpaceCode } from './chars.js';

/** A span of the normalized body. `end` is exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// A sentence ends at . ! ? or … followed by space and an upper-case letter, digit or opening quote, at a
// semicolon (machine translations chain whole statements with "; "), or at a line break. Decimal
// commas/points ("94,72", "3.156") never end one because the next character is not a space.
const BOUNDARY = /([.!?…]+|;)(["»”’)]?)(\s+)(?=[\p{Lu}\p{N}«"“(])|(;)(\s+)|\n+/gu;

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
