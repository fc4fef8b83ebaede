/**
 * A person named in full and then by the given name alone: a Vietnamese report calls "Lê Thị Huế" "Huế" from
 * then on ("Huế, 70, and her three children", "Huế's house"), and the given name is often a place's too. A
 * one-word name read bare (no type word, no subject phrase) is the person's once the text has written it as
 * the end of a person's name (a candidate right after a family or middle name); with a type word ("the city of
 * Huế") it is still the place.
 */
import { fold } from '../text/fold.js';
import type { Candidate } from './match.js';

export function givenNamesOfPeople(candidates: readonly Candidate[], body: string): readonly Candidate[] {
  let given: Set<string> | undefined;
  let out: Candidate[] | undefined;
  for (const [k, c] of candidates.entries()) {
    if (c.words !== 1) continue;
    const name = fold(body.slice(c.start, c.end));
    if (c.afterPersonName) (given ??= new Set()).add(name);
    else if (given?.has(name) && c.category === null && !c.subject) {
      out ??= [...candidates];
      out[k] = { ...c, afterPersonName: true };
    }
  }
  return out ?? candidates;
}
