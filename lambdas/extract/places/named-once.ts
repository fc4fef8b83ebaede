/**
 * One sense per name in a text: a district's or a commune's name the text has written as what a storm, a firm or
 * a hamlet is called ("Son Tinh -taifuuni", "typhoon Son Tinh") is that storm again where the text writes it bare
 * ("Son Tinh on jo kolmas trooppinen myrsky", Son Tinh is already the third storm): a storm named after a place
 * does not pass through the place, and the name once read as the storm's is not read as the district's anywhere.
 * A mention with a type word or a force ("Son Tinh district police") still names the place; a province's name is
 * left alone, as it names the province far more often than a street or a storm.
 */
import type { PlaceEntry } from './gazetteer.js';
import { keyOf } from './tokens.js';

/** What this reads of a candidate (match.ts Candidate, which imports this file). */
interface Named {
  readonly start: number;
  readonly end: number;
  readonly entries: readonly PlaceEntry[];
  readonly category: unknown;
  readonly subject: boolean;
}

/** Whether every reading of a name is a district's or a commune's that no province shares: the names this reads. */
export function localOnly(entries: readonly PlaceEntry[]): boolean {
  return entries.every((e) => e.level > 1 && !e.namesake);
}

export function unreadNamedAgain<C extends Named>(
  candidates: readonly C[],
  /** Keys (tokens.ts keyOf) of the local names the text wrote as what something else is named. */
  named: ReadonlySet<string>,
  body: string,
): C[] {
  const out: C[] = [];
  for (const c of candidates) {
    const again =
      c.category === null &&
      !c.subject &&
      localOnly(c.entries) &&
      named.has(keyOf(body.slice(c.start, c.end)));
    if (!again) out.push(c);
  }
  return out;
}
