/**
 * A number word that carries its classifier, written right after the noun it counts: Bengali names things
 * told of before as noun then number ("গাড়ি দু’টি নদীতে পড়ে যায়", the two vehicles fell into the river;
 * "কোচ দু’টির একটি", one of the two coaches), where a new count puts the number first ("দু’টি গাড়ি"). With
 * no noun of its own after it, such a number counts the unit noun right before it. Only the words of the
 * lexicon's classifiedNumbers: a bare numeral after a noun ("ধারা ৩", section 3) is a label, not a count.
 */
import type { CompiledLexicon, UnitEntry } from './lexicon.js';
import { unitEndingRightBefore, type Reading } from './read.js';
import type { Token } from './tokens.js';

export function classifiedNounBefore(
  folded: string,
  tokens: readonly Token[],
  r: Reading,
  lex: CompiledLexicon,
): UnitEntry | null {
  if (!r.num.spelled || r.own || !lex.classifiedNumbers.has(folded.slice(r.num.start, r.num.end)))
    return null;
  const prev = tokens[r.index - 1];
  if (prev?.kind !== 'word') return null;
  const u = unitEndingRightBefore(tokens, r.index, lex);
  return u && !u.entry.counter && !u.entry.currency ? u.entry : null;
}
