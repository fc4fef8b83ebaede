/**
 * Lower case that keeps offsets: lexicon words are matched on lower-cased text with diacritics kept
 * ("phó" ≠ "phố"), and a match index must be the same index in the original text.
 */
export function lower(text: string): string {
  // The whole-string lower case is the same, code point by code point, unless a letter lengthens (İ) or
  // depends on its neighbours (final Σ → ς); then each code point is lowered alone.
  const whole = text.toLowerCase();
  if (whole.length === text.length && !text.includes('Σ')) return whole;
  const out: string[] = [];
  for (const ch of text) {
    const l = ch.toLowerCase();
    out.push(l.length === ch.length ? l : ch);
  }
  return out.join('');
}
