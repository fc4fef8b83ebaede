/**
 * Which district a commune or ward belongs to, from the gazetteer's entries (each commune or ward lists its
 * districts), in the evidence's form `<province as named>/<slug>`. A report may name the ward and its copy the
 * district ("Phong Xuân commune" and "Phong Điền district"): one place named at two levels, not two places
 * (Similarity, session 51).
 */
import { gazetteer } from '../extract/places/gazetteer.js';

let parents: ReadonlyMap<string, readonly string[]> | null = null;

/** Commune or ward → the districts of its province that list one of that name (usually one). */
function parentMap(): ReadonlyMap<string, readonly string[]> {
  if (parents) return parents;
  const { byKey, provinces } = gazetteer();
  const out = new Map<string, string[]>();
  for (const entries of byKey.values())
    for (const entry of entries) {
      const province = provinces[entry.province]?.slug;
      if (!province || entry.districts === undefined) continue;
      const key = `${province}/${entry.slug}`;
      const list = out.get(key) ?? out.set(key, []).get(key)!;
      for (const d of entry.districts) if (!list.includes(`${province}/${d}`)) list.push(`${province}/${d}`);
    }
  parents = out;
  return out;
}

/** Whether one locality is a commune or ward of the other, a district (both `<province>/<slug>`). */
export function nestedLocalities(x: string, y: string): boolean {
  const map = parentMap();
  return (map.get(x)?.includes(y) ?? false) || (map.get(y)?.includes(x) ?? false);
}

/** Whether some locality of one side is a commune or ward of a district the other side names. */
export function localitiesNest(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => nestedLocalities(x, y)));
}
