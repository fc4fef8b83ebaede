/**
 * ja "2台とも炎上した" (both of the two caught fire), "3台ともに": a classifier followed by a word of "all of"
 * (lexicon allAfterClassifier) names again things its sentence named before it, with no noun of its own: the
 * classifier counts the nearest noun of the lexicon before the number in its sentence ("…寝台バスと衝突し、2台と
 * も" counts buses), not its default unit (`other`). Persons are left out: a classifier of machines or things
 * never counts them ("運転手と…2台とも" counts no driver).
 */
import type { CompiledLexicon, UnitEntry } from './lexicon.js';

/** How far back in the sentence the noun is looked for, in characters of a glued script (one clause or two). */
const REACH = 60;

/**
 * The unit noun the classifier ending at `classifierEnd` counts again, when "all of" follows it; null otherwise.
 * `from` is the start of the number's sentence, `at` the number's start.
 */
export function nounOfAllOf(
  folded: string,
  from: number,
  at: number,
  classifierEnd: number,
  lex: CompiledLexicon,
): UnitEntry | null {
  const all = lex.allAfterClassifier;
  if (all === null || all.startOf(folded.slice(classifierEnd, classifierEnd + 4)) === 0) return null;
  for (let to = at; to > Math.max(from, at - REACH); to--) {
    const hit = lex.units.getSuffix(folded, to);
    const unit = hit?.value;
    if (
      unit &&
      !unit.counter &&
      unit.currency === undefined &&
      unit.unit !== 'other' &&
      unit.unit !== 'person'
    )
      return unit;
  }
  return null;
}
