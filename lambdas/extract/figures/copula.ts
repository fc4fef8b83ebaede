/**
 * A copula or auxiliary right after a number with no noun of its own, then the state or fate of persons
 * ("15 er døde", "fem ble skadet", "50 har mistet livet", "Four were injured", "patru sunt date dispărute"):
 * the number is the subject of that state, and only persons die, go missing or are injured. Romance and
 * East Slavic plural verbs are known by their endings (verbs.ts); this reads the languages whose copulas
 * and auxiliaries are words of their lexicon (copulas), in every language that lists them.
 */
import type { CompiledLexicon, UnitEntry } from './lexicon.js';
import { phraseAt } from './word-phrases.js';
import { matchUnit } from './read.js';
import type { Token } from './tokens.js';

/** Words after the copula that may stand before the state: adverbs, a second auxiliary ("are still missing", "sunt în continuare date dispărute"). */
const STATE_REACH = 4;

/**
 * Token j starts a copula of the lexicon, followed within a few words (no punctuation, no number, no unit
 * noun between) by one of fateVerbs that qualifies no noun after it ("are missing documents").
 */
export function stateAfterCopula(tokens: readonly Token[], j: number, lex: CompiledLexicon): boolean {
  const n = phraseAt(tokens, j, lex.copulas);
  if (n === 0) return false;
  for (let k = j + n; k < j + n + STATE_REACH; k++) {
    const t = tokens[k];
    if (t?.kind !== 'word') return false;
    if (lex.fateVerbs.has(t.text)) return matchUnit(tokens, k + 1, lex) === null;
    if (matchUnit(tokens, k, lex)) return false;
  }
  return false;
}

/** Words after the copula that may stand before the subject's noun: an attribute, a plural marker ("ang naitalang aksidente"). */
const SUBJECT_REACH = 2;

/**
 * Predicate first (tl "pumalo sa 83 ang naitalang aksidente", reached 83 the recorded accidents): a copula
 * right after a number with no noun of its own opens the subject, and the noun of the subject, within a few
 * words and past "the number of" (numberOf, "ang bilang ng mga lumabag"), is what the number counts. A
 * number, punctuation, a function word or a fate before a noun ends the reach (the fate is stateAfterCopula's).
 */
export function subjectAfterCopula(
  tokens: readonly Token[],
  j: number,
  lex: CompiledLexicon,
): UnitEntry | null {
  const n = phraseAt(tokens, j, lex.subjectCopulas);
  if (n === 0) return null;
  let k = j + n;
  if (lex.numberOf) k += phraseAt(tokens, k, lex.numberOf);
  for (let reach = 0; reach <= SUBJECT_REACH; reach++, k++) {
    const t = tokens[k];
    // A function word opens a phrase of place or time ("sind später im Krankenhaus", "sont de la province"), no subject.
    if (t?.kind !== 'word' || lex.fateVerbs.has(t.text) || lex.functionWords.has(t.text)) return null;
    const unit = matchUnit(tokens, k, lex);
    if (unit) return unit.entry;
  }
  return null;
}
