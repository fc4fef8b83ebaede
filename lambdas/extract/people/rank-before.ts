/** The rank a stretch of lowered text ends with, as written right before a name ("... thiếu tá ", "major "). */
import { lastUnitsKey, type CompiledPeople } from './lexicon.js';

export interface RankAtEnd {
  readonly rank: string;
  readonly plural: boolean;
  /** Where the rank's words start in the stretch. */
  readonly index: number;
}

/** The rank ending `head` (spaces after it allowed), longest form first; null where none does. */
export function rankAtEnd(head: string, lex: CompiledPeople): RankAtEnd | null {
  const tail = head.trimEnd();
  const ranks =
    (tail.length >= 2 ? lex.ranksByLastUnits.get(lastUnitsKey(tail)) : undefined) ??
    lex.ranksByLastUnit.get(tail.charCodeAt(tail.length - 1)) ??
    lex.ranksWithoutLast;
  for (const r of ranks) {
    if (r.last !== null ? !tail.endsWith(r.last) : !tail.includes(r.firstWord)) continue;
    const index = r.atEnd.startIn(head);
    if (index >= 0) {
      // "secretario general", "secrétaire général", "Sekretaris Jenderal": the word is the office's, no rank.
      if (r.rank === 'general' && isOfficeAdjective(head, index, lex)) return null;
      return { rank: r.rank, plural: r.plural, index };
    }
  }
  return null;
}

const LAST_WORD = /([\p{L}\p{M}]+)[\s,‐-]*$/u;

/**
 * Whether the word "general" at `at` qualifies the office word right before it ("secretary general",
 * "procureur général", "Direktur Jenderal"), hyphened to it or not ("secretaris-generaal", "secretário-geral"),
 * rather than being a general's rank.
 */
function isOfficeAdjective(head: string, at: number, lex: CompiledPeople): boolean {
  const word = LAST_WORD.exec(head.slice(Math.max(0, at - 40), at))?.[1];
  return word !== undefined && lex.roleAtStart.test(word);
}
