/**
 * Which district a commune or ward belongs to, from the gazetteer (data/gazetteer.json: each pre-2025 district
 * with its communes and wards), in the evidence's form `<province as named>/<slug>`. A report may name the
 * ward and its copy the district ("Phong Xuân commune" and "Phong Điền district"): one place named at two
 * levels, not two places (Similarity, session 51).
 */
import gazetteer from '../extract/data/gazetteer.json' with { type: 'json' };
import { nameWords } from '../extract/places/tokens.js';

let parents: ReadonlyMap<string, readonly string[]> | null = null;

/** Commune or ward → the districts of its province that list one of that name (usually one). */
function parentMap(): ReadonlyMap<string, readonly string[]> {
  if (parents) return parents;
  const raw = gazetteer as unknown as { p: [string, ...unknown[]][]; d: [string, string, number, string][] };
  const out = new Map<string, string[]>();
  for (const [name, , provinceIndex, communes] of raw.d) {
    const province = raw.p[provinceIndex]?.[0];
    if (!province || communes === '') continue;
    const district = `${province}/${nameWords(name).join('-')}`;
    for (const item of communes.split('|')) {
      const key = `${province}/${nameWords(item.slice(1)).join('-')}`;
      const list = out.get(key) ?? out.set(key, []).get(key)!;
      if (!list.includes(district)) list.push(district);
    }
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
