/**
 * A group noun that also names a team (bn bare "দল": team, party, gang) counts gangs only right after a noun
 * of offenders: "মাদক পাচারকারী ৩টি দল" (three gangs of drug traffickers), but "১১টি প্রতিষ্ঠিত দল" (eleven
 * teams set up) and the rescue, police and work teams a bare দল counts elsewhere are teams (lexicon
 * teamsOrGangs).
 */
import type { CompiledLexicon, UnitEntry } from './lexicon.js';
import type { Token } from './token-types.js';

/** The unit read after the number at i, a team where its noun is one of teamsOrGangs' and no offender precedes. */
export function teamOrGang<T extends UnitEntry & { end: number }>(
  tokens: readonly Token[],
  i: number,
  own: T | null,
  lex: CompiledLexicon,
): T | null {
  const rule = lex.teamsOrGangs;
  if (rule === null || own?.unit !== 'group') return own;
  // The word the unit ends in (its case ending after it: "দলের", of the teams).
  let k = i + 1;
  while (k < tokens.length && tokens[k]!.end < own.end) k++;
  const noun = tokens[k];
  if (noun?.kind !== 'word' || noun.start >= own.end || !rule.nouns.has(noun.text)) return own;
  const before = tokens[i - 1];
  if (before?.kind === 'word' && rule.offenders.has(before.text)) return own;
  return { ...own, unit: 'team' };
}
