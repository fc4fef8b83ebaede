/**
 * A partitive phrase opening the clause names the whole a bare number is a part of: "Of the injured, 7 are in
 * serious condition", "Parmi les blessés, 7 sont…", "Dintre victime, 6 sunt internate…", "Von den Verletzten sind
 * 5…", "Из пострадавших 5…". The opener is one of the lexicon's pairWords (the words of "7 of 19", "13 of the
 * 40 passengers", which say the same part and whole the other way round); the noun after it is a unit noun or
 * a fate said as a noun ("the injured"), which counts persons.
 */
import type { CompiledLexicon, UnitEntry } from './lexicon.js';
import { phraseAt } from './word-phrases.js';
import { nounFrom } from './tolls.js';
import type { Token } from './tokens.js';

/** Words read back from the number to the opener: its noun phrase, and a verb where it comes second ("sind"). */
const PARTITIVE_REACH = 6;

/** Marks that end a clause before the opener; a sentence's start does too. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set(['.', ';', ':', '!', '?', '(', '"', '“', '«', '„']);

/** The unit of the whole a partitive opening the number's clause names; null when there is none. */
export function partitiveWhole(tokens: readonly Token[], i: number, lex: CompiledLexicon): UnitEntry | null {
  let k = i - 1;
  // "Of the injured, 7": one comma may close the partitive phrase, right before the number.
  if (tokens[k]?.kind === 'punct' && (tokens[k] as { text: string }).text === ',') k--;
  let start = -1;
  for (let words = 0; k >= 0 && words < PARTITIVE_REACH; k--, words++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') break;
    start = k;
  }
  if (start < 0) return null;
  const before = tokens[start - 1];
  if (before !== undefined && !(before.kind === 'punct' && CLAUSE_ENDS.has(before.text))) return null;
  const n = phraseAt(tokens, start, lex.pairWords);
  return n > 0 ? nounFrom(tokens, start + n, i, lex) : null;
}
