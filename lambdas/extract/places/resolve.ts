/**
 * Turns candidates into accepted mentions. Province names are accepted bare; a locality needs a type word,
 * or a province named in the same article that it belongs to, or a name that is unique and district-level.
 * Ambiguous names resolve toward the provinces the article names; otherwise they are dropped.
 */
import type { PlaceMention } from '../types.js';
import type { Gazetteer, PlaceEntry, PlaceKind } from './gazetteer.js';
import type { PlaceCategory } from './lexicon.js';
import type { Candidate } from './match.js';

export interface Accepted {
  readonly mention: PlaceMention;
  readonly entry: PlaceEntry;
  /** Introduced by a subject phrase: counts most toward the primary province. */
  readonly subject: boolean;
}

const LOCAL_KINDS: readonly PlaceKind[] = [
  'district',
  'town',
  'city',
  'commune',
  'ward',
  'township',
  'locality',
];

/** Which gazetteer kinds a type word may introduce (translations of the Vietnamese types are loose). */
const KINDS_BY_CATEGORY: Record<PlaceCategory, ReadonlySet<PlaceKind>> = {
  province: new Set(['province']),
  district: new Set(['district', 'town', 'city']),
  town: new Set(['town', 'township', 'city']),
  city: new Set(['city', 'town', 'township', 'locality']),
  township: new Set(['township', 'town']),
  commune: new Set(['commune', 'township', 'ward']),
  ward: new Set(['ward', 'commune', 'township']),
  any: new Set(LOCAL_KINDS),
};

function mention(c: Candidate, entry: PlaceEntry, gaz: Gazetteer, explicit: boolean): PlaceMention {
  return {
    start: c.start,
    end: c.end,
    placeSlug: entry.slug,
    kind: entry.kind,
    provinceSlug: gaz.provinces[entry.province]!.slug,
    explicit,
  };
}

/** District-level before commune-level, then the gazetteer's order. */
function best(entries: readonly PlaceEntry[]): PlaceEntry {
  return entries.reduce((a, b) => (b.level < a.level ? b : a));
}

/** Entries a type word allows, or all of them (with typed = false) when it fits none. */
function allowed(c: Candidate, gaz: Gazetteer): { entries: readonly PlaceEntry[]; typed: boolean } {
  if (c.category === null) return { entries: c.entries, typed: false };
  const kinds = KINDS_BY_CATEGORY[c.category];
  const fit = c.entries.filter(
    (e) =>
      kinds.has(e.kind) ||
      (e.kind === 'province' && c.category === 'city' && gaz.provinces[e.province]!.centrallyRun),
  );
  return fit.length > 0 ? { entries: fit, typed: true } : { entries: c.entries, typed: false };
}

export function resolve(candidates: readonly Candidate[], gaz: Gazetteer): Accepted[] {
  const accepted: (Accepted | null)[] = new Array<Accepted | null>(candidates.length).fill(null);
  const pending: { index: number; entries: readonly PlaceEntry[]; typed: boolean }[] = [];
  const named = new Set<number>();

  // Pass 1: provinces (and provincial seats, "ville de Lao Cai"), which give the article its context.
  for (const [index, c] of candidates.entries()) {
    const { entries, typed } = allowed(c, gaz);
    const bare = !typed && !c.subject;
    if (bare && c.afterPersonName) continue;
    const province = entries.find((e) => e.kind === 'province');
    const seat = entries.find((e) => e.seat);
    const chosen = province ?? (typed ? seat : undefined);
    if (chosen) {
      const explicit = c.subject || (typed && (c.category === 'province' || chosen.seat));
      accepted[index] = { mention: mention(c, chosen, gaz, explicit), entry: chosen, subject: c.subject };
      named.add(chosen.province);
    } else {
      pending.push({ index, entries: entries.filter((e) => e.level > 1), typed });
    }
  }
  const namedSuccessors = new Set([...named].map((p) => gaz.provinces[p]!.successor));

  // Pass 2: localities, resolved toward the named provinces.
  for (const { index, entries, typed } of pending) {
    const c = candidates[index]!;
    if (entries.length === 0) continue;
    if (!typed && (c.words < 2 || c.startsWithFamilyName) && !c.subject) continue;
    let pool = entries.filter((e) => named.has(e.province));
    if (pool.length === 0)
      pool = entries.filter((e) => namedSuccessors.has(gaz.provinces[e.province]!.successor));
    let entry: PlaceEntry | undefined;
    if (pool.length > 0) entry = best(pool);
    else if (new Set(entries.map((e) => e.province)).size === 1) {
      const only = best(entries);
      // A bare commune name unique in the gazetteer is still too often a person's or a street's name.
      if (typed || only.level === 2) entry = only;
    }
    if (entry) accepted[index] = { mention: mention(c, entry, gaz, false), entry, subject: c.subject };
  }
  return accepted.filter((a): a is Accepted => a !== null);
}
