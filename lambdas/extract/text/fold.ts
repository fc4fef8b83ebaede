/**
 * Folding for matching: lower case, no diacritics, one output unit per input unit, so an offset found in
 * the folded text is the same offset in the original. ("Quảng Ninh" and "quang ninh" fold alike; the digits
 * of every script become ASCII digits: "١٢" and "12" fold alike.)
 *
 * Per code unit: a fixed replacement for the letters that do not decompose (đ, ł, ø...) and for curly
 * apostrophes and odd spaces; otherwise the first unit of its NFD decomposition, lower-cased, when that is
 * one unit. Each unit's result is computed once per process and kept in a table.
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

/** Folded code unit + 1 per input code unit; 0 = not computed yet. */
const TABLE = new Uint32Array(0x10000);

const DECIMAL_DIGIT = /^\p{Nd}$/u;

/** A decimal digit of any script ("٣", "३", "១", "３") as its ASCII digit: every run of ten starts at zero. */
function asciiDigit(c: number): string {
  let zero = c;
  while (c - zero < 9 && DECIMAL_DIGIT.test(String.fromCharCode(zero - 1))) zero--;
  return String(c - zero);
}

function compute(ch: string): string {
  const special = SPECIAL[ch];
  if (special !== undefined) return special;
  if (ch.charCodeAt(0) > 0x7f && DECIMAL_DIGIT.test(ch)) return asciiDigit(ch.charCodeAt(0));
  const out = (ch.normalize('NFD')[0] ?? ch).toLowerCase();
  return out.length === 1 ? out : ch;
}

function foldCode(c: number): number {
  const hit = TABLE[c]!;
  if (hit !== 0) return hit - 1;
  const out = compute(String.fromCharCode(c)).charCodeAt(0);
  TABLE[c] = out + 1;
  return out;
}

export function foldChar(ch: string): string {
  if (ch.length !== 1) return compute(ch);
  return String.fromCharCode(foldCode(ch.charCodeAt(0)));
}

// String.fromCharCode takes its units as arguments: keep each call well under engine argument limits.
const CHUNK = 8192;

function fromUnits(units: Uint16Array): string {
  return String.fromCharCode.apply(null, units as unknown as number[]);
}

/** Same length as the input; see the module comment. */
export function fold(text: string): string {
  // Most of a text is ASCII, which folds as the engine's own toLowerCase does: start from that and patch the
  // other units. toLowerCase only ever grows a string (İ), so the same length means unit-for-unit.
  const lower = text.toLowerCase();
  return lower.length === text.length ? patchNonAscii(text, lower) : foldUnits(text);
}

function patchNonAscii(text: string, lower: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    const folded = foldCode(c);
    if (folded === lower.charCodeAt(i)) continue;
    out += lower.slice(from, i) + String.fromCharCode(folded);
    from = i + 1;
  }
  return from === 0 ? lower : out + lower.slice(from);
}

function foldUnits(text: string): string {
  const n = text.length;
  const units = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // ASCII: only A–Z change; everything else folds to itself.
    units[i] = c < 0x80 ? (c >= 0x41 && c <= 0x5a ? c + 0x20 : c) : foldCode(c);
  }
  if (n <= CHUNK) return fromUnits(units);
  const parts: string[] = [];
  for (let i = 0; i < n; i += CHUNK) parts.push(fromUnits(units.subarray(i, i + CHUNK)));
  return parts.join('');
}
