/**
 * A road is named after the places it joins: "cao tốc Phan Thiết – Dầu Giây", "rodovia Ho Chi Minh City - Long
 * Thanh - Dau Giay", "the Hanoi – Hai Phong expressway", "sentido Binh Thuan - Dong Nai". Names of different
 * provinces joined by a spaced dash are the ends of a road or a direction, not where the story happens: a truck
 * that burned on that road in Đồng Nai is a story of Đồng Nai however often the road's name is repeated.
 */
import type { Candidate } from './match.js';

/**
 * Only spaces and one dash between two names: " - ", " – ", " — ", or a dash spaced on one side only ("Hanoi-
 * Hai Phong", as typed in haste). A hyphen with no spaces glues one name ("Ba Ria-Vung Tau"), which the lists
 * hold whole; between two names of different provinces (apart, below) it joins a road's ends all the same:
 * "the Hanoi-Haiphong expressway", Bengali "হাই ফং-মং কাই মহাসড়ক".
 */
const ROAD_JOIN = /^[ \u00a0]*[-\u2013\u2014][ \u00a0]*$/;

function provincesOf(c: Candidate): Set<number> {
  return new Set(c.entries.map((e) => e.province));
}

/** True if no province is both candidates' (a road within one province still names the province). */
function apart(a: Candidate, b: Candidate): boolean {
  const own = provincesOf(a);
  return !b.entries.some((e) => own.has(e.province));
}

/**
 * The candidates with each name of a road's chain of ends marked a point of reference. A dateline opening the
 * text ("HANOI – Lao Cai police said…") is no end of a road.
 */
export function markRoadEnds(candidates: readonly Candidate[], body: string): readonly Candidate[] {
  const ends = new Set<number>();
  for (let k = 1; k < candidates.length; k++) {
    const a = candidates[k - 1]!;
    const b = candidates[k]!;
    if (a.dateline === true || b.dateline === true) continue;
    if (!ROAD_JOIN.test(body.slice(a.end, b.start)) || !apart(a, b)) continue;
    ends.add(k - 1);
    ends.add(k);
  }
  if (ends.size === 0) return candidates;
  return candidates.map((c, k) =>
    ends.has(k) && !c.subject ? { ...c, reference: true, movement: false, residence: false } : c,
  );
}
