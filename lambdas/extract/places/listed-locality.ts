/**
 * A province's name in a list of another province's localities is the locality of that name there: "the
 * communes of Luc Yen, Muong Lai, Khanh Hoa and Phuc Loi" names Khánh Hòa commune of Yên Bái, not Khánh Hòa
 * province. The 2025 reform named many communes after older units, so such a namesake is common. Only a list
 * item with no type word or subject of its own, parted from a neighbour by a comma alone, a neighbour with no
 * province among its readings; of the neighbour's provinces, one only, another than the name's, must hold a
 * locality of the name: "Nha Trang, Khánh Hòa" (the city, then its own province) stays the province.
 */
import type { PlaceEntry } from './gazetteer.js';
import type { Candidate } from './match.js';

/** A comma of any script between two list items, with spaces around it. */
const COMMA_GAP = /^[ \u00a0]*[,，、،][ \u00a0]*$/;

/** The provinces of a list item's readings, none of them a province itself (nor typed as one); else empty. */
function localProvinces(c: Candidate): ReadonlySet<number> {
  if (c.category === 'province' || c.entries.some((e) => e.level === 1)) return new Set();
  return new Set(c.entries.map((e) => e.province));
}

/** The candidates with each such province name read as its locality in the neighbour's province. */
export function localitiesInLists(candidates: readonly Candidate[], body: string): readonly Candidate[] {
  let out: Candidate[] | undefined;
  for (const [k, c] of candidates.entries()) {
    if (c.subject || c.category !== null || c.dateline === true) continue;
    const province = c.entries.find((e) => e.level === 1);
    if (province === undefined) continue;
    const neighbours = [candidates[k - 1], candidates[k + 1]].filter(
      (n): n is Candidate =>
        n !== undefined &&
        COMMA_GAP.test(n.end <= c.start ? body.slice(n.end, c.start) : body.slice(c.end, n.start)),
    );
    let local: readonly PlaceEntry[] = [];
    for (const n of neighbours) {
      // The neighbour's provinces where the name has a locality too, the name's own province aside: one only.
      const theirs = localProvinces(n);
      // A neighbour that may lie in the name's province is that province's place: "Tân Phú, Đồng Nai".
      if (theirs.has(province.province)) continue;
      const shared = c.entries.filter(
        (e) => e.level > 1 && e.province !== province.province && theirs.has(e.province),
      );
      if (shared.length > 0 && shared.every((e) => e.province === shared[0]!.province)) {
        local = shared;
        break;
      }
    }
    if (local.length === 0) continue;
    out ??= [...candidates];
    out[k] = { ...c, entries: local };
  }
  return out ?? candidates;
}
