/**
 * A former official's past post: "Ho Van A, former chairman of the X Provincial People's Committee", "전 X성
 * 인민위원회 위원장". The province's authority named there is the office he once held, not a force acting in the
 * story: the defendant's past post in a gambling raid in Hà Nội does not make the story X's. Such a mention is a
 * point of reference (it weighs nothing toward the primary province), its province still listed.
 */
import type { Candidate } from './match.js';

/** Most code units between a former word and the place of the office ("former deputy chairman of the "). */
const REACH = 48;

/** The end of a clause: the former word and the office's place stand in one. */
const CLAUSE_END = /[.!?;:\n。]/;

const WORD_PART = /[\p{L}\p{M}]/u;

/** True if one of `words` (folded) stands as a whole word in `before` (folded), in its last clause. */
function formerIn(before: string, words: readonly string[]): boolean {
  let from = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    if (CLAUSE_END.test(before[i]!)) {
      from = i + 1;
      break;
    }
  }
  const clause = before.slice(from);
  for (const w of words) {
    for (let at = clause.indexOf(w); at >= 0; at = clause.indexOf(w, at + 1)) {
      const open = at === 0 || !WORD_PART.test(clause[at - 1]!);
      const close = at + w.length === clause.length || !WORD_PART.test(clause[at + w.length]!);
      if (open && close) return true;
    }
  }
  return false;
}

/** The candidates with each subject named in a former official's past post read as a point of reference. */
export function pastOffices(
  candidates: readonly Candidate[],
  folded: string,
  words: readonly string[],
): readonly Candidate[] {
  if (words.length === 0) return candidates;
  let out: Candidate[] | undefined;
  for (const [k, c] of candidates.entries()) {
    if (!c.subject) continue;
    if (!formerIn(folded.slice(Math.max(0, c.start - REACH), c.start), words)) continue;
    out ??= [...candidates];
    out[k] = { ...c, subject: false, reference: true, residence: false, movement: false };
  }
  return out ?? candidates;
}
