/**
 * ja "修理店52店" (52 repair shops), "工場3工場": a noun written right before a number, and its last character
 * again right after it as the counter. Japanese counts a kind of place or thing with the character that ends
 * its name, so the number counts that noun even when the character is no classifier of the lexicon. Not a
 * time word ("今年2024年" is a year) nor a unit the lexicon reads already.
 */
import type { CompiledLexicon } from './lexicon.js';
import type { Token } from './tokens.js';

const HAN = /\p{sc=Han}/u;

/** The number at i repeats, as its counter, the character that ends the noun run into it before. */
export function echoesNounBefore(tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  const n = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!lex.glued || prev?.kind !== 'word' || next?.kind !== 'word') return false;
  if (prev.end !== n.start || next.start !== n.end || prev.text.length < 2) return false;
  const ch = next.text[0]!;
  if (!HAN.test(ch) || !prev.text.endsWith(ch)) return false;
  return (
    lex.durations.startOf(next.text) === 0 &&
    lex.months.startOf(next.text) === 0 &&
    lex.units.getPrefix(next.text) === undefined
  );
}
