/**
 * Lower case that keeps offsets: lexicon words are matched on lower-cased text with diacritics kept
 * ("phó" ≠ "phố"), and a match index must be the same index in the original text.
 */
export function lower(text: string): string {
  // The whole-string lower case is the same, code point by code point, unless a letter lengthens (İ) or
  // depends on its neighbours (final Σ → ς); then each code point is lowered alone.
  const whole = lowerCaseOf(text);
  if (whole.length === text.length && !text.includes('Σ')) return whole;
  const out: string[] = [];
  for (const ch of text) {
    const l = ch.toLowerCase();
    out.push(l.length === ch.length ? l : ch);
  }
  return out.join('');
}

/**
 * Texts this long keep their lower case for the next call with the same text: the fold (every stage's
 * folded text) and the people stage both lower-case the whole body, and lower-casing text beyond Latin-1
 * is one of the costlier passes over it. Shorter texts (names, words: most calls) are not kept, so they
 * never take the body's place.
 */
const KEEP_FROM = 256;
let keptText = '';
let keptLower = '';

/** `text.toLowerCase()`. */
export function lowerCaseOf(text: string): string {
  if (text.length < KEEP_FROM) return isLowerAscii(text) ? text : text.toLowerCase();
  if (text !== keptText) {
    keptText = text;
    keptLower = text.toLowerCase();
  }
  return keptLower;
}

/**
 * Whether a text is ASCII with no capital, so that it is its own lower case: most words the stages lower-case
 * one at a time already are, and the runtime's lower-casing of a string cut from a text with any non-Latin-1
 * letter takes the slow Unicode path.
 */
function isLowerAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 || (c >= 0x41 && c <= 0x5a)) return false;
  }
  return true;
}
