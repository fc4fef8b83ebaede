/**
 * Folding for matching: lower case, no diacritics, one output unit per input unit, so an offset found in
 * the folded text is the same offset in the original. ("Quảng Ninh" and "quang ninh" fold alike.)
 */
const SPECIAL: Record<string, string> = {
  đ: 'd',
  Đ: 'd',
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  ß: 's',
  æ: 'a',
  Æ: 'a',
  œ: 'o',
  Œ: 'o',
  ı: 'i',
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
};

const cache = new Map<string, string>();

export function foldChar(ch: string): string {
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  let out = SPECIAL[ch];
  if (out === undefined) {
    const base = ch.normalize('NFD')[0] ?? ch;
    out = base.toLowerCase();
    if (out.length !== 1) out = ch;
  }
  cache.set(ch, out);
  return out;
}

/** Same length as the input; see the module comment. */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]!);
  return out;
}
