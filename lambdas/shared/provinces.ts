/**
 * The provinces the API knows, in both schemes: the 63 units as articles may name them (before the
 * 2025-07-01 merger, Resolution 202/2025/QH15) and the 34 units since. Used to validate slugs in the API
 * ("unknown province → 404, known province without data → zeros") and as the last-resort successor lookup
 * when an article's own ProvinceRef list does not cover a figure's province.
 *
 * Slugs follow SlugSchema: the official short name folded to ASCII, words joined by '-'.
 */
import provinces2025 from '../extract/data/provinces-2025.json' with { type: 'json' };
import gazetteer from '../extract/data/gazetteer.json' with { type: 'json' };
import { z } from 'zod';
import type { ProvinceName } from './article.js';

/**
 * Built from the gazetteer's data, the one curated copy of the merger table: provinces-2025.json (the 34 units
 * and Resolution 202/2025/QH15) and the generated gazetteer's 63 pre-2025 provinces, each with the index of
 * its successor unit. Only these two small arrays are read here, not the gazetteer's lookup maps, so the API
 * pays no place-matching start-up cost.
 */
const UNITS: readonly ProvinceName[] = provinces2025.units.map((u) => ({ name: u.name, slug: u.slug }));
/** [slug, name, index in this same list of the 2025 unit it belongs to, flag] per province, as generated. */
const GAZETTEER_PROVINCES = z
  .array(z.tuple([z.string(), z.string(), z.number().int(), z.number()]))
  .parse(gazetteer.p);
const MERGED: ReadonlyArray<readonly [ProvinceName, ProvinceName]> = GAZETTEER_PROVINCES.map(
  ([slug, name, successor]) => {
    const unit = GAZETTEER_PROVINCES[successor];
    if (!unit || !UNITS.some((u) => u.slug === unit[0])) {
      throw new Error(`gazetteer: province ${slug} has no 2025 unit at ${successor}`);
    }
    return [
      { name, slug },
      { name: unit[1], slug: unit[0] },
    ] as const;
  },
);

/** Bucket for figures attributed to no province (national articles). Listed in both schemes. */
export const NATIONAL: ProvinceName = { name: 'National (no province)', slug: 'national' };

export type Scheme = 'named' | '2025';
export const SCHEMES = ['named', '2025'] as const satisfies readonly Scheme[];

const SUCCESSOR = new Map<string, ProvinceName>();
const BY_SLUG = new Map<string, ProvinceName>();
for (const unit of UNITS) {
  BY_SLUG.set(unit.slug, unit);
  SUCCESSOR.set(unit.slug, unit);
}
for (const [province, unit] of MERGED) {
  BY_SLUG.set(province.slug, province);
  SUCCESSOR.set(province.slug, unit);
}

/** Provinces of a scheme: 2025 → the 34 current units; named → every name an article may use (pre-2025 and 2025). */
export function provincesOf(scheme: Scheme): ProvinceName[] {
  const slugs = scheme === '2025' ? UNITS.map((u) => u.slug) : [...BY_SLUG.keys()];
  return [...new Set(slugs)].map((slug) => BY_SLUG.get(slug)!).concat(NATIONAL);
}

export function isKnownProvince(scheme: Scheme, slug: string): boolean {
  if (slug === NATIONAL.slug) return true;
  return scheme === '2025' ? SUCCESSOR.get(slug)?.slug === slug : BY_SLUG.has(slug);
}

/** The 2025 unit a province (as named) belongs to; undefined for a slug this table does not know. */
export function successorOf(slug: string): ProvinceName | undefined {
  return slug === NATIONAL.slug ? NATIONAL : SUCCESSOR.get(slug);
}

export function provinceName(slug: string): ProvinceName | undefined {
  return slug === NATIONAL.slug ? NATIONAL : BY_SLUG.get(slug);
}
