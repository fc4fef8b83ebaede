/**
 * Where a stretch of text quotes someone: the spans between paired quotation marks (« », “ ”, „ “, 「 」, 『 』,
 * straight "), inside [from, to). A sentence splitter cuts a long quotation into sentences, so a closing mark
 * with no opening before it quotes from `from`, and an opening mark with no closing after it quotes to `to`.
 * Speech marks only (text/quotation-marks.ts): French and Italian elide with apostrophes.
 */
import { QUOTATION_MARKS, closingMarks, openingMarks } from './quotation-marks.js';

const SPEECH_MARKS = QUOTATION_MARKS.filter((m) => m.speech);

/** Each opening mark and the marks that may close it. */
const CLOSERS: Readonly<Record<string, string>> = Object.fromEntries(
  SPEECH_MARKS.map((m) => [m.open, m.close]),
);
/** Marks that only close (a quotation the splitter opened in an earlier sentence). */
const ONLY_CLOSE: ReadonlySet<string> = new Set(
  [...closingMarks(SPEECH_MARKS)].filter((c) => !openingMarks(SPEECH_MARKS).has(c)),
);

export function quotedSpans(text: string, from: number, to: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    const closers = CLOSERS[ch];
    if (closers !== undefined) {
      let j = i + 1;
      while (j < to && !closers.includes(text[j]!)) j++;
      spans.push([i, Math.min(j + 1, to)]);
      i = j;
    } else if (ONLY_CLOSE.has(ch) && spans.length === 0) {
      spans.push([from, i + 1]);
    }
  }
  return spans;
}

/** The index of the span holding [at, end), or -1. */
export function spanHolding(
  spans: ReadonlyArray<readonly [number, number]>,
  at: number,
  end: number,
): number {
  return spans.findIndex(([s, e]) => s <= at && end <= e);
}
