/**
 * Choosing between the two legacy single-byte code pages for bytes that are not UTF-8. They agree on ASCII
 * and on many accented letters (é, ó, á, í, ç, ô...) but not on the letters that tell the languages apart:
 * 0xB3 is "ł" in ISO-8859-2 and "³" in Windows-1252; 0xE0 is "à" vs "ŕ"; 0x80–0x9F are curly quotes and
 * dashes in Windows-1252 and C1 controls in ISO-8859-2. Each decoding is scored by how plausible the
 * non-ASCII characters are as letters of European words.
 */
import type { Encoding } from '../../shared/article.js';

type Legacy = Extract<Encoding, 'windows-1252' | 'iso-8859-2'>;

// Letters frequent in the languages each code page is used for; a letter outside these still counts, less.
const TYPICAL: Record<Legacy, string> = {
  'windows-1252': 'àâäçèéêëîïôöùûüÿœßñáíóúãõÀÂÄÇÈÉÊËÎÏÔÖÙÛÜŒÑÁÍÓÚÃÕ',
  'iso-8859-2': 'ąćęłńśźżĄĆĘŁŃŚŹŻčďěňřšťůžČĎĚŇŘŠŤŮŽáéíóúýäöüÁÉÍÓÚÝÄÖÜ',
};

const PUNCTUATION = '€‚„…†‡‰‹›‘’“”•–—™«»°§©®·¡¿';

// Module-level: bundlers targeting Node rewrite a `\p{…}` literal as `new RegExp(…)`, run on every call.
const C1_CONTROL = /[\u0080-\u009f]/u;
const LETTER = /\p{L}/u;

export function scoreDecoding(text: string, encoding: Legacy): number {
  let score = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch < '\u0080') continue;
    if (C1_CONTROL.test(ch)) {
      score -= 5;
      continue;
    }
    const isLetter = LETTER.test(ch);
    const prevLetter = i > 0 && LETTER.test(text[i - 1]!);
    const nextLetter = i + 1 < text.length && LETTER.test(text[i + 1]!);
    if (isLetter || ((ch === '’' || ch === '‘') && prevLetter)) {
      score += TYPICAL[encoding].includes(ch) ? 2 : 1;
    } else if (PUNCTUATION.includes(ch) && !(prevLetter && nextLetter)) {
      score += 1;
    } else if (prevLetter || nextLetter) {
      // A symbol glued to letters ("pu³kownik", "zosta³") is a letter decoded with the wrong table.
      score -= 3;
    }
  }
  return score;
}

// Windows-1252 0x80–0x9F. Node's built-in TextDecoder (small-ICU builds) decodes them as C1 controls, as
// ISO-8859-1 would, so they are mapped here; undefined positions stay C1 controls and score as such.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeLegacy(bytes: Uint8Array, encoding: Legacy): string {
  const text = new TextDecoder(encoding).decode(bytes);
  if (encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/gu, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80]!);
}

export function chooseLegacy(bytes: Uint8Array): { text: string; encoding: Legacy } | null {
  const candidates = (['windows-1252', 'iso-8859-2'] as const).map((encoding) => {
    const text = decodeLegacy(bytes, encoding);
    return { text, encoding, score: scoreDecoding(text, encoding) };
  });
  const [a, b] = candidates as [(typeof candidates)[0], (typeof candidates)[0]];
  const best = b.score > a.score ? b : a;
  let high = 0;
  for (const byte of bytes) if (byte >= 0x80) high++;
  // Mostly high bytes that score badly either way: some other encoding (or garbage) we cannot identify.
  if (best.score < -high) return null;
  return { text: best.text, encoding: best.encoding };
}
