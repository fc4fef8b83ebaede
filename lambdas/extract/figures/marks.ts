/** Punctuation marks read between numbers (no unit reading: read.ts uses them too, phrases.ts re-exports them). */
import type { Token } from './tokens.js';

export const SLASH: ReadonlySet<string> = new Set(['/']);
/**
 * Marks between the bounds of a range: dashes (with the Unicode hyphens and the figure dash, and the fullwidth
 * hyphen of CJK text), and the tildes of CJK writing ("500~600人", "3〜5件"), Korean's among them: its texts
 * write a range with the tilde operator U+223C ("300∼500명"). Not the minus sign, which signs a number.
 */
export const DASHES: ReadonlySet<string> = new Set([
  '-',
  '‐',
  '‑',
  '‒',
  '–',
  '—',
  '－',
  '~',
  '∼',
  '〜',
  '～',
]);

export function isPunct(t: Token | undefined, texts: ReadonlySet<string>): boolean {
  return t?.kind === 'punct' && texts.has(t.text);
}
