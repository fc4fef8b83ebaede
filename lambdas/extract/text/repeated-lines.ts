import type { Span } from './sentences.js';

/**
 * A line must be this long (trimmed, in UTF-16 units) to count as a repeat: a short line ("Photo: VNA",
 * "Hà Nội") is said twice on purpose as often as by a page that prints its body twice.
 */
const MIN_REPEATED_LINE = 40;

/**
 * The lines of `body` that repeat, word for word, a line printed earlier in it: a page that prints its body
 * twice, or a paragraph pasted again. Readers that weigh how often a name is written read each distinct line
 * once. Offsets are those of `body`; spans are in text order.
 */
export function repeatedLines(body: string): Span[] {
  const seen = new Set<string>();
  const repeats: Span[] = [];
  let start = 0;
  while (start <= body.length) {
    const nl = body.indexOf('\n', start);
    const end = nl < 0 ? body.length : nl;
    const text = body.slice(start, end).trim();
    if (text.length >= MIN_REPEATED_LINE) {
      if (seen.has(text)) repeats.push({ start, end, text });
      else seen.add(text);
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  return repeats;
}

/** Whether `offset` lies in one of `spans` (in text order). */
export function inSpans(spans: readonly Span[], offset: number): boolean {
  return spans.some((s) => offset >= s.start && offset < s.end);
}
