/**
 * Turns candidates into accepted mentions. Province names are accepted bare; a locality needs a type word,
 * or a province named in the same article that it belongs to, or a name that is unique and district-level.
 * Ambiguous names resolve toward the provinces the article names; otherwise they are dropped.
 */
import type { PlaceMention } from '../types.js';
import type { Gazetteer, PlaceEntry, PlaceKind } from './gazetteer.js';
import type { PlaceCategory } from './lexicon.js';
import type { Candidate } from './match.js';
import { corroboratedProvince } from './corroborated.js';
import { glosses } from './gloss.js';
import { DISTRICT_LEVEL } from './lone-district.js';

export interface Accepted {
  readonly mention: PlaceMention;
  readonly entry: PlaceEntry;
  /** Introduced by a subject phrase: counts most toward the primary province. */
  readonly subject: boolean;
  /** A person's address or origin (Candidate.residence): it says little about what the article is about. */
  readonly residence: boolean;
  /** Names the article's dateline. */
  readonly dateline: boolean;
  /** A point of reference ("north of X"), not where the story happens (Candidate.reference). */
  readonly reference?: boolean;
  /** An origin or a destination (Candidate.movement). */
  readonly movement?: boolean;
  /** Named with a type word that fits it ("city of Da Nang", "distretto di Ky Son"). Absent: no. */
  readonly typed?: boolean;
  /** A border gate named after its commune, beside a gate's type word ("Hoanh Mo border gate"). Absent: no. */
  readonly atGate?: boolean;
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
  gate: new Set(['locality']),
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

/** A candidate read as `entry`: what both passes of resolve record of it. */
function acceptedOf(
  c: Candidate,
  entry: PlaceEntry,
  gaz: Gazetteer,
  explicit: boolean,
  typed: boolean,
): Accepted {
  return {
    mention: mention(c, entry, gaz, explicit),
    entry,
    subject: c.subject,
    residence: c.residence ?? false,
    dateline: c.dateline ?? false,
    ...(c.reference ? { reference: true } : {}),
    ...(c.movement ? { movement: true } : {}),
    ...(typed ? { typed: true } : {}),
  };
}

/** District-level before commune-level, then the gazetteer's order. */
function best(entries: readonly PlaceEntry[]): PlaceEntry {
  return entries.reduce((a, b) => (b.level < a.level ? b : a));
}

/** Type words that never name a province-level unit. */
const LOCAL_CATEGORIES: ReadonlySet<PlaceCategory> = new Set([
  'province',
  'district',
  'town',
  'township',
  'commune',
  'ward',
]);

/**
 * Entries a type word allows, or all of them (with typed = false) when it fits none. A type word that fits
 * none of a name's readings names a place abroad: "tỉnh Quảng Đông (Trung Quốc)" is Guangdong, not the ward
 * of Thanh Hóa; "广南县" is Guangnan county of Yunnan, not Quảng Nam province. Those read as nothing.
 */
function allowed(c: Candidate, gaz: Gazetteer): { entries: readonly PlaceEntry[]; typed: boolean } {
  if (c.category === null) return { entries: c.entries, typed: false };
  const kinds = KINDS_BY_CATEGORY[c.category];
  const fit = c.entries.filter(
    (e) =>
      kinds.has(e.kind) ||
      (e.kind === 'province' && c.category === 'city' && gaz.provinces[e.province]!.centrallyRun),
  );
  if (fit.length > 0) return { entries: fit, typed: true };
  const foreign =
    c.category === 'province' || (LOCAL_CATEGORIES.has(c.category) && c.entries.every((e) => e.level === 1));
  return { entries: foreign ? [] : c.entries, typed: false };
}

/** Type words a district-level unit may stand after: a district's, a town's, a city's, or one of either level. */
const EITHER_LEVEL: ReadonlySet<PlaceCategory> = new Set([...DISTRICT_LEVEL, 'any']);

type Decision = PlaceEntry | 'undecided' | 'rejected';

const borderCache = new WeakMap<Gazetteer, ReadonlySet<number>>();

/** Provinces with an international land border gate (data/border-gates.json): the land border's provinces. */
function borderProvinces(gaz: Gazetteer): ReadonlySet<number> {
  let found = borderCache.get(gaz);
  if (!found) {
    const out = new Set<number>();
    for (const list of gaz.gates.values()) for (const e of list) if (e.gate === 'land') out.add(e.province);
    borderCache.set(gaz, (found = out));
  }
  return found;
}

/**
 * A gate no list has, named after its commune ("Hoanh Mo border gate", "cửa khẩu Tam Hợp"): the one reading of
 * the name in a province of the land border, when only one such province has a unit of that name.
 */
function gateByItsCommune(options: readonly PlaceEntry[], gaz: Gazetteer): PlaceEntry | undefined {
  const border = borderProvinces(gaz);
  const there = options.filter((e) => border.has(e.province));
  return there.length > 0 && there.every((e) => e.province === there[0]!.province) ? best(there) : undefined;
}

/** One locality candidate against the provinces known so far to be in the article. */
function decide(
  c: Candidate,
  entries: readonly PlaceEntry[],
  typed: boolean,
  context: ReadonlySet<number>,
  gaz: Gazetteer,
  nearest: (provinces: ReadonlySet<number>, at: number) => number | undefined,
  following: (end: number) => number | undefined,
): Decision {
  const bare = !typed && !c.subject;
  let options = entries.filter((e) => e.level > 1);
  // One word before a station's type word is most often the end of a name the gazetteer lacks ("Quynh Thuan").
  if (c.category === 'gate' && !typed && c.words >= 2) {
    // A province the article names comes first: a coastal border guard station shares its name with a
    // commune on the land border ("Quỳnh Thuận Border Guard Station (Nghệ An Border Guard)").
    const named = options.filter((e) => context.has(e.province));
    const gate = gateByItsCommune(named.length > 0 ? named : options, gaz);
    if (gate) return gate;
  }
  if (bare) {
    if (c.figure) return 'rejected';
    // One bare word ("Vinh", "Dung") is too often something else; so is a commune named like a person.
    if (c.words < 2) return 'rejected';
    if (c.startsWithFamilyName) options = options.filter((e) => e.level === 2);
  }
  if (options.length === 0) return 'rejected';
  let pool = options.filter((e) => context.has(e.province));
  // A province named right after the name is its own ("Thanh Thuy in Ha Giang province", "Ky Son, Nghe An"):
  // the reading there, before any other rule. A name read by a coarse key takes it too, the province being
  // named ("বিন তান জেলা, ভিন লং প্রদেশ" is Bình Tân of Vĩnh Long, not a Vĩnh Thạnh of another named province).
  const after = following(c.end);
  if (after !== undefined) {
    // Its own unit first; else one of the units merged into the same one in 2025 (Quảng Bình's, for Quảng Trị).
    const own = options.filter((e) => e.province === after);
    const successor = gaz.provinces[after]!.successor;
    const merged = c.needsContext
      ? []
      : options.filter((e) => gaz.provinces[e.province]!.successor === successor);
    if (own.length > 0 || merged.length > 0) return best(own.length > 0 ? own : merged);
  }
  // A name read by a coarse key stands only in a province the article names.
  if (c.needsContext) return pool.length > 0 ? best(pool) : 'undecided';
  const successors = new Set([...context].map((p) => gaz.provinces[p]!.successor));
  // Written bare or with its force ("police in Phan Thiet"), the one district-level unit of that name is far
  // likelier than a commune sharing it, even in a province the article also names (Đông Hội, Hà Nội): the
  // 2025 reform named many wards and communes after the districts they replaced.
  const district = options.filter((e) => e.level === 2);
  if (!typed && district.length === 1) return district[0]!;
  if (pool.length === 0) pool = options.filter((e) => successors.has(gaz.provinces[e.province]!.successor));
  if (pool.length > 0) {
    // Several named provinces have a place of that name: take the one mentioned closest to it
    // ("phường Quang Trung, thành phố Vinh" belongs with Vinh).
    const provinces = new Set(pool.map((e) => e.province));
    const near = provinces.size > 1 ? nearest(provinces, c.start) : undefined;
    return best(near === undefined ? pool : pool.filter((e) => e.province === near));
  }
  // A district-level type word ("Ha Long City", "città di Ha Long") before the one district-level unit of its
  // name reads it as surely as the bare name does: communes and townships elsewhere sharing it are no cities.
  // So does a word of either level ("Bezirk", "dzielnica") where no province the text names has a ward of it.
  if (typed && c.category !== null && EITHER_LEVEL.has(c.category) && district.length === 1)
    return district[0]!;
  if (new Set(options.map((e) => e.province)).size > 1) return 'undecided';
  const only = best(options);
  // A bare commune name unique in the gazetteer is still too often a person's or a street's name, and a
  // commune far from every province the article names is more likely a namesake the dataset lacks.
  if (only.level === 2) return only;
  return typed && context.size === 0 ? only : 'undecided';
}

/** Most code units between a locality and the province written after it. */
const FOLLOWING_GAP = 24;

/** A gap that crosses a sentence or a line joins nothing. */
const SENTENCE_BREAK = /[.!?;:\n]/;

/** The province written right after `end` (within FOLLOWING_GAP, joined by `joins`) among `starts`, if any. */
function provinceAfter(
  end: number,
  starts: ReadonlyMap<number, number>,
  body: string,
  joins: (gap: string) => boolean,
): number | undefined {
  for (let at = end + 1; at <= end + FOLLOWING_GAP; at++) {
    const p = starts.get(at);
    if (p === undefined) continue;
    const gap = body.slice(end, at);
    return !SENTENCE_BREAK.test(gap) && joins(gap) ? p : undefined;
  }
  return undefined;
}

/**
 * A name heard by a coarse key, a city of another province among its readings, written right before a province
 * that has a reading of it too ("تھوان این سٹی، بن ڈوونگ صوبے": Thuận An of Bình Dương, whose Urdu key is Tây
 * Ninh's): not the namesake city of the other province, but the unit of the province after it (decide).
 */
function heardBeforeItsProvince(
  c: Candidate,
  entries: readonly PlaceEntry[],
  body: string,
  joins: (gap: string) => boolean,
  starts: () => ReadonlyMap<number, number>,
): boolean {
  if (c.needsContext !== true) return false;
  const after = provinceAfter(c.end, starts(), body, joins);
  return after !== undefined && entries.some((e) => e.level > 1 && e.province === after && !e.namesake);
}

export function resolve(
  candidates: readonly Candidate[],
  gaz: Gazetteer,
  /** The text the candidates' offsets are in; absent: no locality is joined to the province after it. */
  body = '',
  /** True for what may stand between a locality and its province ("", ", ", " in ", ", provincia di "). */
  joins: (gap: string) => boolean = () => false,
): Accepted[] {
  const accepted: (Accepted | null)[] = new Array<Accepted | null>(candidates.length).fill(null);
  let pending: { index: number; entries: readonly PlaceEntry[]; typed: boolean }[] = [];
  const context = new Set<number>();

  // Where a province is written, before any is accepted: a name heard by a coarse key right before one of them
  // is read in it (heardBeforeItsProvince). Gathered only once a candidate needs that context: most articles
  // have none.
  let written: Map<number, number> | undefined;
  const writtenProvinces = (): ReadonlyMap<number, number> => {
    if (written) return written;
    written = new Map<number, number>();
    for (const c of candidates) {
      const province = allowed(c, gaz).entries.find((e) => e.kind === 'province');
      if (province) written.set(c.start, province.province);
    }
    return written;
  };

  // Pass 1: provinces, and units named like their province ("ville de Lao Cai", "miasta Quang Tri"),
  // which give the article its context.
  for (const [index, c] of candidates.entries()) {
    const { entries, typed } = allowed(c, gaz);
    const bare = !typed && !c.subject;
    if (bare && (c.afterPersonName || c.figure)) continue;
    const province = entries.find((e) => e.kind === 'province');
    // "ville de Lao Cai" names the province's seat; "huyện X" never does.
    const cityLike = c.category === 'city' || c.category === 'town' || c.category === 'any';
    const namesake =
      typed && cityLike && !heardBeforeItsProvince(c, entries, body, joins, writtenProvinces)
        ? entries.find((e) => e.namesake)
        : undefined;
    const chosen = province ?? namesake;
    if (chosen) {
      const explicit = c.subject || (typed && (c.category === 'province' || chosen.namesake));
      accepted[index] = acceptedOf(c, chosen, gaz, explicit, typed);
      context.add(chosen.province);
    } else {
      pending.push({ index, entries, typed });
    }
  }

  // Anchors for "which of the named provinces is meant here": accepted provinces, and candidates whose
  // every reading lies in a single province (a typed "thành phố Vinh" right after "phường Quang Trung").
  const anchors: { at: number; province: number }[] = [];
  for (const [index, c] of candidates.entries()) {
    const a = accepted[index];
    if (a) anchors.push({ at: a.mention.start, province: a.entry.province });
    else {
      const { entries } = allowed(c, gaz);
      const first = entries[0]?.province;
      if (first !== undefined && entries.every((e) => e.province === first))
        anchors.push({ at: c.start, province: first });
    }
  }
  const nearest = (provinces: ReadonlySet<number>, at: number): number | undefined => {
    let found: number | undefined;
    let distance = Infinity;
    for (const anchor of anchors) {
      if (anchor.at === at || !provinces.has(anchor.province)) continue;
      const d = Math.abs(anchor.at - at);
      if (d < distance) [found, distance] = [anchor.province, d];
    }
    return found;
  };

  // The province named right after a place, with a comma, a preposition of place or its type word between
  // ("X, Y", "X in Y", "X, provincia di Y"): where a report writes a locality's province.
  const provinceStarts = new Map<number, number>();
  for (const a of accepted)
    if (a && a.entry.level === 1) provinceStarts.set(a.mention.start, a.entry.province);
  const following = (end: number): number | undefined => provinceAfter(end, provinceStarts, body, joins);

  // Pass 2: localities, resolved toward the provinces in context; each resolved locality adds its own
  // province to the context, so "quartier de Cam Thinh" follows "ville de Cam Pha" into Quảng Ninh.
  const accept = (item: (typeof pending)[number], decision: PlaceEntry): void => {
    const c = candidates[item.index]!;
    accepted[item.index] = {
      ...acceptedOf(c, decision, gaz, false, item.typed),
      ...(c.category === 'gate' ? { atGate: true } : {}),
    };
    context.add(decision.province);
  };
  for (let round = 0; round < 4 && pending.length > 0; round++) {
    const before = context.size;
    const next: typeof pending = [];
    for (const item of pending) {
      const c = candidates[item.index]!;
      const decision = decide(c, item.entries, item.typed, context, gaz, nearest, following);
      if (decision === 'undecided') next.push(item);
      else if (decision !== 'rejected') accept(item, decision);
    }
    pending = next;
    if (context.size === before) break;
  }
  // A town or district heard by a coarse key in a text that places nothing in any province: the one
  // district-level unit of its name ("কোয়াং ইয়েন শহরের পুলিশ" is Quảng Yên's police, in Quảng Ninh). Provinces
  // named only as a person's home, an end of a road, a point of reference or a dateline ("a driver living in
  // Hải Dương… lost his brakes in Tam Đảo district") place nothing: the town is still where it happens. Where
  // the text places something in a province, a name it did not place stays unread: "округ Куан Хоа" in a Hà
  // Nội story is the capital's ward, which the coarse key does not reach, not the district of Thanh Hóa.
  // A name's gloss in brackets ("ก่าเมา (Ca Mau)" after a home's word) is the name again, in its role.
  const read = accepted.filter((a): a is Accepted => a !== null);
  const placesSomething = read.some(
    (a, k) => !a.residence && !a.movement && !a.reference && !a.dateline && !glosses(read[k - 1], a),
  );
  if (!placesSomething) {
    // Communes heard by their key in a text that names no province: two names agreeing on one province.
    const heard = pending.filter((item) => candidates[item.index]!.needsContext === true);
    const agreed = corroboratedProvince(heard);
    const left: typeof pending = [];
    for (const item of pending) {
      // Only a commune heard by its key is corroborated; a name read whole keeps its own reading.
      const coarse = agreed !== undefined && candidates[item.index]!.needsContext === true;
      const inAgreed = coarse ? item.entries.filter((e) => e.level > 1 && e.province === agreed) : [];
      if (inAgreed.length > 0) accept(item, best(inAgreed));
      else left.push(item);
    }
    for (const item of left) {
      const alone = candidates[item.index]!.alone;
      if (alone !== undefined) accept(item, alone);
    }
  }
  return accepted.filter((a): a is Accepted => a !== null);
}
