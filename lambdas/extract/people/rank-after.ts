/**
 * The rank written right after a name: in apposition in any language ("Nguyen Van A, a colonel of the
 * provincial police", "Nguyen Van A, Oberst der Provinzpolizei"), and with no comma in the languages that
 * write titles after names ("Nguyen Van A ezredes"; lexicon ranksAfterName). Only the clause's first words
 * count: a rank further on is another's ("X said Colonel Y ...").
 */
import type { CompiledPeople } from './lexicon.js';

/** A capitalised word right after the rank: the rank is the title of a name that follows ("X, and Colonel Y"). */
const NAME_NEXT = /^[ \u00a0]+\p{Lu}/u;

/** The rank opening the text after a name (from `end`, lowered), or null. `text` is the same text as written. */
export function rankAfterName(
  text: string,
  lowered: string,
  end: number,
  sentenceEnd: number,
  lex: CompiledPeople,
): string | null {
  const rest = lowered.slice(end, Math.min(sentenceEnd, end + 80));
  const opener = lex.rankOpener.exec(rest);
  if (!opener) return null;
  const stretch = rest.slice(opener[0].length);
  // A word both a rank and an office ("commandant du commandement ...", "comandante de ..."): in apposition it
  // names the office, which roles.ts reads.
  if (lex.roleAtStart.test(stretch)) return null;
  // Only the forms that start with the stretch's first unit can open it (lexicon.ts singularByFirstUnit).
  const ranks = lex.singularByFirstUnit.get(stretch.charCodeAt(0)) ?? lex.singularWithoutFirst;
  for (const r of ranks) {
    // Every match opens with the form's first word as written: a form whose first word does not open the stretch
    // is not run, nor compiled (lexicon.ts lazyPattern).
    if (!stretch.startsWith(r.firstWord)) continue;
    const m = r.atStart.exec(stretch);
    if (!m) continue;
    const after = end + opener[0].length + m[0].length;
    if (NAME_NEXT.test(text.slice(after, after + 4))) return null;
    // "X, general director of ...", "X, secretario general": the word qualifies an office, no general's rank.
    if (r.rank === 'general' && lex.roleAtStart.test(lowered.slice(after).trimStart())) return null;
    return r.rank;
  }
  return null;
}
