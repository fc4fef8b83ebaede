/**
 * A bare number that a count named before it gives ("the number of drug addicts was 1,234", "the death toll
 * rose to 28", "число погибших возросло до 28") or, in a headline, right after it ("Sobe para 51 número de
 * mortos"): what it counts is what that count names, not a noun of its own. The toll of a disaster or an
 * accident is the commonest such count, and it counts persons.
 */
import { PERSONS, type CompiledLexicon, type UnitEntry } from './lexicon.js';
import { phraseAt, phraseEndingAt } from './word-phrases.js';
import { matchUnit } from './read.js';
import type { Token } from './tokens.js';

/** Words read back from a bare number for a phrase naming its count ("the number of … was"). */
const NAMED_COUNT_REACH = 16;
/** Words read after that phrase for its noun ("the number of documented drug addicts"). */
const NAMED_NOUN_REACH = 3;
/** Quotes and hyphens stand inside a clause ("caused by storm "Durian" rose to 51", "из-за"): they end none. */
const INSIDE_CLAUSE: ReadonlySet<string> = new Set(['"', '“', '”', '„', '«', '»', "'", '-']);

/** The first unit noun within a few words from `from` (before `limit`), null if none or a classifier. */
function nounFrom(
  tokens: readonly Token[],
  from: number,
  limit: number,
  lex: CompiledLexicon,
): UnitEntry | null {
  for (let j = from; j < from + NAMED_NOUN_REACH && j < limit; j++) {
    const u = matchUnit(tokens, j, lex);
    if (u) return u.entry.counter ? null : u.entry;
  }
  return null;
}

/**
 * A phrase of numberOf (with the noun after it) or of tolls earlier in the number's clause, words (and
 * quotes) only between, names what the number counts. Null when there is none.
 */
export function namedCountBefore(
  tokens: readonly Token[],
  i: number,
  lex: CompiledLexicon,
): UnitEntry | null {
  if (lex.numberOf === null && lex.tolls === null) return null;
  let words = 0;
  for (let k = i - 1; k >= 0 && words < NAMED_COUNT_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') {
      if (t.kind === 'punct' && INSIDE_CLAUSE.has(t.text)) continue;
      return null;
    }
    words++;
    if (lex.tolls !== null && phraseEndingAt(tokens, k, lex.tolls) > 0) return PERSONS;
    if (lex.numberOf !== null && phraseEndingAt(tokens, k, lex.numberOf) > 0)
      return nounFrom(tokens, k + 1, i, lex);
  }
  return null;
}

/** "Sobe para 51 número de mortos": a phrase of numberOf and its noun, or of tolls, right after the number. */
export function namedCountAfter(tokens: readonly Token[], i: number, lex: CompiledLexicon): UnitEntry | null {
  if (lex.tolls !== null && phraseAt(tokens, i + 1, lex.tolls) > 0) return PERSONS;
  const n = lex.numberOf === null ? 0 : phraseAt(tokens, i + 1, lex.numberOf);
  return n > 0 ? nounFrom(tokens, i + 1 + n, tokens.length, lex) : null;
}
