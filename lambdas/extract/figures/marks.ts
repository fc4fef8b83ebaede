/** Punctuation marks read between numbers (no unit reading: read.ts uses them too, phrases.ts re-exports them). */
import type { Token } from './tokens.js';

export const SLASH: ReadonlySet<string> = new Set(['/']);
/** Marks between the bounds of a range: dashes, and the tilde of CJK writing ("500~600人", "3〜5件"). */
export const DASHES: ReadonlySet<string> = new Set(['-', '–', '—', '~', '〜', '～']);

export function isPunct(t: Token | undefined, texts: ReadonlySet<string>): boolean {
  return t?.kind === 'punct' && texts.has(t.text);
}
