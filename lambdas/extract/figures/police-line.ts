/**
 * 113 is Vietnam's police emergency line, and the name of the police's rapid-response force ("Cảnh sát 113",
 * police 113). Translations keep the number beside their word of the police, and often make it look like a
 * count: ko "경찰 113명" (a counter added), ru "полиции 113", "113 сотрудникам полиции" (officers of police
 * 113). Beside a word of the police (lexicon policeWords) the number 113 names the force, in any language: no
 * count. Other numbers beside the word stay counts ("경찰 50명", fifty police officers).
 */
import type { CompiledLexicon } from './lexicon.js';
import type { NumToken, Token } from './tokens.js';
import { phraseAt, phraseEndingAt } from './word-phrases.js';

/** The police's emergency line: the only number the rule reads. */
const POLICE_LINE = 113;

/** Tokens read after the number for the word of the police: "113 сотрудникам полиции" (the officer between). */
const REACH_AFTER = 2;

/**
 * The number at i is 113 written in digits, and a word of the police stands right before it or within
 * REACH_AFTER words after it in its clause.
 */
export function isPoliceLine(tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  const n = tokens[i] as NumToken;
  const words = lex.policeWords;
  if (words === null || n.value !== POLICE_LINE || n.spelled) return false;
  // A phrase of the police's words ends right before the number ("Cảnh sát 113") or starts after it.
  if (i > 0 && phraseEndingAt(tokens, i - 1, words) > 0) return true;
  for (let k = i + 1; k <= i + REACH_AFTER; k++) {
    if (tokens[k]?.kind !== 'word') return false;
    if (phraseAt(tokens, k, words) > 0) return true;
  }
  return false;
}
