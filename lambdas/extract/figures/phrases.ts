/** Phrases of lexicon words around a token, and the unit written before a number. */
import type { CompiledLexicon, UnitEntry, WordSet } from './lexicon.js';
import { matchUnit } from './read.js';
import type { Token } from './tokens.js';

export const SLASH: ReadonlySet<string> = new Set(['/']);
export const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);

export function isPunct(t: Token | undefined, texts: ReadonlySet<string>): boolean {
  return t?.kind === 'punct' && texts.has(t.text);
}

/** Tokens taken by the longest phrase of `words` starting at token j ("sur", "out of", "van de"); 0 if none. */
export function phraseAt(tokens: readonly Token[], j: number, words: WordSet): number {
  let phrase = '';
  let longest = 0;
  for (let n = 1; n <= words.maxWords; n++) {
    const t = tokens[j + n - 1];
    if (t?.kind !== 'word') break;
    phrase = n === 1 ? t.text : `${phrase} ${t.text}`;
    if (words.has(phrase)) longest = n;
  }
  return longest;
}

/** Tokens taken by the longest phrase of `words` ending at token j; 0 if none. */
export function phraseEndingAt(tokens: readonly Token[], j: number, words: WordSet): number {
  let phrase = '';
  let longest = 0;
  for (let n = 1; n <= words.maxWords && j - n + 1 >= 0; n++) {
    const t = tokens[j - n + 1]!;
    if (t.kind !== 'word') break;
    phrase = n === 1 ? t.text : `${t.text} ${phrase}`;
    if (words.has(phrase)) longest = n;
  }
  return longest;
}

export function unitBefore(tokens: readonly Token[], i: number, lex: CompiledLexicon): UnitEntry | null {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const t = tokens[j]!;
    if (t.kind === 'word') {
      const u = matchUnit(tokens, j, lex);
      if (u) return u.entry;
    } else if (t.kind === 'num') return null;
  }
  return null;
}
