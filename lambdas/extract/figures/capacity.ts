/**
 * A number of persons right after a word of capacity (ar "تتسع لشخصين", holds two persons; "مقاعد ل 50 راكباً",
 * seats for 50 passengers; vi "sức chứa 500 người"; en "capacity of 40 passengers") is what a vehicle or a hall
 * holds, not people of the story, as a number before a word of seats is (lexicon `sizes`). Only persons: a
 * ship's capacity in tonnes is a measure the annotators count ("a capacity of 2,168 tonnes").
 */
import type { CompiledLexicon } from './lexicon.js';
import type { Token } from './token-types.js';
import { phraseEndingAt } from './word-phrases.js';

/** Words read back from the number for the capacity word: a preposition or "only" may stand between. */
const CAPACITY_REACH = 3;

/** The number at i follows a capacity word of the lexicon within CAPACITY_REACH words, with no mark between. */
export function afterCapacity(tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  const capacities = lex.capacities;
  if (capacities === null) return false;
  for (let k = i - 1; k >= 0 && k >= i - CAPACITY_REACH; k--) {
    if (tokens[k]!.kind !== 'word') return false;
    if (phraseEndingAt(tokens, k, capacities) > 0) return true;
  }
  return false;
}
