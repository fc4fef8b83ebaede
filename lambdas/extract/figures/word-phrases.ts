/** Phrases of lexicon words at a token, forwards or backwards (no unit reading: read.ts uses them too). */
import type { WordSet } from './lexicon.js';
import type { Token } from './tokens.js';

/** Tokens taken by the longest phrase of `words` starting at token j ("sur", "out of", "van de"); 0 if none. */
export function phraseAt(tokens: readonly Token[], j: number, words: WordSet): number {
  // Most tokens start no phrase of the set: told by their own word, before any phrase is joined and hashed.
  const head = tokens[j];
  if (head?.kind !== 'word' || !words.mayStartPhrase(head.text)) return 0;
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
  // As in phraseAt: most tokens end no phrase of the set.
  const last = tokens[j];
  if (last?.kind !== 'word' || !words.mayEndPhrase(last.text)) return 0;
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
