/**
 * A force named after a list of provinces acts for each of them ("빈즈엉성과 호찌민시 소방대원들", the fire
 * fighters of X province and Y city): the subject phrase after the list's last name (subjectAfter) marks that
 * name alone, so the names joined to it by a list joiner of the lexicon (listJoiners, or a comma), each with
 * its own type word or none, take its subject role too. Only names with no role of their own (a home, a route,
 * a point of reference, a dateline) and with a province's reading are joined.
 */
import type { Affixes } from './lexicon.js';
import type { Candidate } from './match.js';

/** Type words a listed province may carry before the joiner: a province's or a city's. */
const LISTED = new Set(['province', 'city']);

/** True if `gap` is an optional type word, then a comma or a list joiner, then spaces. */
function isListGap(gap: string, affixes: Affixes): boolean {
  let rest = gap.trimStart();
  const type = [...affixes.after]
    .filter(([w, c]) => LISTED.has(c) && rest.startsWith(w))
    .sort((a, b) => b[0].length - a[0].length)[0];
  if (type !== undefined) rest = rest.slice(type[0].length);
  rest = rest.trim();
  if (rest === ',' || rest === '、') return true;
  return affixes.listJoiners.has(rest.replace(/^[,、]\s*/, ''));
}

function hasRole(c: Candidate): boolean {
  return (
    c.subject || c.residence === true || c.movement === true || c.reference === true || c.dateline === true
  );
}

/** The candidates (in text order) with the subject role shared back along each list. */
export function shareListSubject(
  candidates: readonly Candidate[],
  body: string,
  affixes: Affixes,
): readonly Candidate[] {
  if (affixes.listJoiners.size === 0 || !candidates.some((c) => c.subject)) return candidates;
  const out = [...candidates];
  for (let k = out.length - 1; k > 0; k--) {
    if (!out[k]!.subject) continue;
    for (let j = k - 1; j >= 0; j--) {
      const before = out[j]!;
      if (hasRole(before) || !before.entries.some((e) => e.level === 1)) break;
      if (!isListGap(body.slice(before.end, out[j + 1]!.start), affixes)) break;
      out[j] = { ...before, subject: true };
    }
  }
  return out;
}
