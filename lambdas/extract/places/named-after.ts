/**
 * A ward or a commune named after a province: the 2025 reform turned many former provincial seats into wards
 * of the province they were merged into ("phường Bạc Liêu, tỉnh Cà Mau", "barrio de Bac Lieu, provincia de Ca
 * Mau", "Vinh Yen ward, Phu Tho province"). The name after a ward's or a commune's type word is the ward, not
 * the province: read as the province it would pull the story to a unit that no longer exists, and list a
 * province the text never sets anything in. A text keeps one sense for one name: once it has written the name
 * as a ward, its other plain mentions ("the fire in Bac Lieu") are that ward too.
 */
import type { PlaceCategory } from './lexicon.js';
import type { Candidate } from './match.js';

/** Type words of units below a district, which never name a province or its seat. */
const WARD_TYPES: ReadonlySet<PlaceCategory> = new Set(['ward', 'commune', 'township']);

/** True if the candidate's type word is a ward's and none of its readings is such a unit. */
function wardNamedAfterProvince(c: Candidate): boolean {
  if (c.category === null || !WARD_TYPES.has(c.category)) return false;
  if (!c.entries.some((e) => e.level === 1)) return false;
  return !c.entries.some((e) => e.kind === 'ward' || e.kind === 'commune' || e.kind === 'township');
}

/**
 * The candidates without the province reading of a name the text writes as a ward's; a candidate left with no
 * reading is dropped. A mention with the province's own type word, or with its force ("police of X province"),
 * still names the province.
 */
export function unreadProvincesNamedAsWards(candidates: readonly Candidate[]): readonly Candidate[] {
  const wards = new Set<number>();
  for (const c of candidates)
    if (wardNamedAfterProvince(c)) for (const e of c.entries) if (e.level === 1) wards.add(e.province);
  if (wards.size === 0) return candidates;
  const out: Candidate[] = [];
  for (const c of candidates) {
    const keeps = c.category === 'province' || c.subject || !c.entries.some((e) => e.level === 1);
    if (keeps) {
      out.push(c);
      continue;
    }
    const entries = c.entries.filter((e) => e.level !== 1 || !wards.has(e.province));
    if (entries.length === c.entries.length) out.push(c);
    else if (entries.length > 0) out.push({ ...c, entries });
  }
  return out;
}
