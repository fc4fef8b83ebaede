/**
 * A road is named after the places it joins: "cao tốc Phan Thiết – Dầu Giây", "rodovia Ho Chi Minh City - Long
 * Thanh - Dau Giay", "the Hanoi – Hai Phong expressway", "sentido Binh Thuan - Dong Nai". Names of different
 * provinces joined by a spaced dash are the ends of a road or a direction, not where the story happens: a truck
 * that burned on that road in Đồng Nai is a story of Đồng Nai however often the road's name is repeated.
 */
import { written, type Affixes } from './lexicon.js';
import type { Candidate } from './match.js';
import { namesRoad } from './road-names.js';

/**
 * Only spaces and one dash between two names: " - ", " – ", " — ", or a dash spaced on one side only ("Hanoi-
 * Hai Phong", as typed in haste). A hyphen with no spaces glues one name ("Ba Ria-Vung Tau"), which the lists
 * hold whole; between two names of different provinces (apart, below) it joins a road's ends all the same:
 * "the Hanoi-Haiphong expressway", Bengali "হাই ফং-মং কাই মহাসড়ক". After the dash may stand the other end's
 * type word (group 1): "ทางหลวงสายด่งนาย-นครโฮจิมินห์" (the Đồng Nai–Hồ Chí Minh City highway), "cao tốc Hà
 * Nội – thành phố Hải Phòng". The type word is the city's, not a new clause.
 */
const ROAD_JOIN = /^[ \u00a0]*[-\u2013\u2014\uff0d][ \u00a0]*(?:(\S.{0,23}?)[ \u00a0]?)?$/su;

/** True if `gap`, between two names, joins them as a road's ends: a dash, with a type word of the second or not. */
function joinsEnds(gap: string, affixes: Affixes): boolean {
  const m = ROAD_JOIN.exec(gap);
  if (m === null) return false;
  return m[1] === undefined || affixes.before.has(written(m[1]));
}

function provincesOf(c: Candidate): Set<number> {
  return new Set(c.entries.map((e) => e.province));
}

/** True if no province is both candidates' (a road within one province still names the province). */
function apart(a: Candidate, b: Candidate): boolean {
  const own = provincesOf(a);
  return !b.entries.some((e) => own.has(e.province));
}

/** A dash right after a name, then the words of another name up to where a road word may stand. */
const DASH_THEN_NAME = /^[ \u00a0]*[-\u2013\u2014][ \u00a0]*([\p{L}\p{M} \u00a0]{4,40})/u;

/** Most code units from a name to the road word after its dash and the other end. */
const MAX_GAP = 48;

/** Fewest letters of the other end's name between the dash and the road word ("-এর", a case ending, is none). */
const MIN_OTHER_END = 4;

/**
 * Where the road word is (else -1) when a dash after the candidate joins it to another name that a road word
 * of the language closes, though no list has that other end: "হাই ফং-মং কাই মহাসড়কের" (the Hải Phòng–Móng
 * Cái expressway) in Bengali, whose curated names lack Móng Cái. The name is one end of the road, as above.
 */
function unreadRoadEnd(c: Candidate, body: string, affixes: Affixes): number {
  if (affixes.roadAfter.size === 0) return -1;
  const m = DASH_THEN_NAME.exec(body.slice(c.end, c.end + MAX_GAP));
  if (m === null) return -1;
  const other = c.end + m[0].length - m[1]!.length;
  for (let at = other + MIN_OTHER_END; at < c.end + m[0].length; at++) {
    if (body[at - 1] === ' ' || body[at - 1] === '\u00a0') continue;
    if (namesRoad(body, at, affixes)) return at;
  }
  return -1;
}

/** The other end's name, then a dash, right before a candidate ("মাই থুয়ান - " before ক্যান থো). */
const NAME_THEN_DASH = /([\p{L}\p{M}][\p{L}\p{M} \u00a0]{3,39}?)[ \u00a0]*[-\u2013\u2014][ \u00a0]*$/u;

/**
 * True when the candidate is the second end of a road whose first end no list has: another name and a dash
 * before it, a road word of the language right after it ("মাই থুয়ান - ক্যান থো হাইওয়েতে", the Mỹ Thuận–Cần
 * Thơ expressway, Mỹ Thuận being a bridge and a town of no list). The mirror of unreadRoadEnd. `previous` is
 * the candidate before it: when it ends in that name, the two are read as a pair above.
 */
function unreadRoadStart(
  c: Candidate,
  previous: Candidate | undefined,
  body: string,
  affixes: Affixes,
): boolean {
  if (affixes.roadAfter.size === 0 || !namesRoad(body, c.end, affixes)) return false;
  const from = Math.max(0, c.start - MAX_GAP);
  const m = NAME_THEN_DASH.exec(body.slice(from, c.start));
  if (m === null || m[1]!.replace(/[ \u00a0]/g, '').length < MIN_OTHER_END) return false;
  return previous === undefined || previous.end <= from + m.index;
}

/** A capitalised word, then a spaced dash, right before a name: the other end of "Trung Luong - My Thuan". */
const CAPITAL_THEN_DASH = /\p{Lu}[\p{L}\p{M}]*[ \u00a0]*[-\u2013\u2014][ \u00a0]*$/u;

/** A spaced dash, then a capitalised word, right after a name. */
const DASH_THEN_CAPITAL = /^[ \u00a0]*[-\u2013\u2014][ \u00a0]*\p{Lu}/u;

/**
 * True for a bare name joined by a dash to another capitalised name ("the Trung Luong - My Thuan expressway"),
 * typed by no word, that is only a commune or a ward, of several provinces, none of them one the text places
 * something in (`placed`): a road's or a route's end is a town, a bridge or a junction no list has, and a commune
 * of that name in a province the text names for another reason (a driver's home) is a namesake, not where the
 * road ends. Such a name places nothing. One of a province the story is set in stays its locality.
 */
function unplacedEnd(c: Candidate, body: string, placed: () => ReadonlySet<number>): boolean {
  if (c.category !== null || c.subject || c.entries.some((e) => e.level < 3)) return false;
  const own = provincesOf(c);
  if (own.size < 2) return false;
  const joined =
    CAPITAL_THEN_DASH.test(body.slice(Math.max(0, c.start - MAX_GAP), c.start)) ||
    DASH_THEN_CAPITAL.test(body.slice(c.end, c.end + 4));
  return joined && ![...own].some((p) => placed().has(p));
}

/** Provinces named as such other than as a home, a route, a point of reference or a dateline. */
function placedProvinces(candidates: readonly Candidate[]): Set<number> {
  const placed = new Set<number>();
  for (const c of candidates) {
    if (c.residence === true || c.reference === true || c.movement === true || c.dateline === true) continue;
    for (const e of c.entries) if (e.level === 1) placed.add(e.province);
  }
  return placed;
}

/** A dash with no space either side (`gap`) between two names, and a road word after the second. */
function roadOpensLine(gap: string, body: string, b: Candidate, affixes: Affixes): boolean {
  return gap.length === 1 && namesRoad(body, b.end, affixes);
}

/**
 * The candidates with each name of a road's chain of ends marked a point of reference, and the ends no list
 * places (unplacedEnd) left out. A dateline opening the
 * text ("HANOI – Lao Cai police said…") is no end of a road.
 */
export function markRoadEnds(
  candidates: readonly Candidate[],
  body: string,
  affixes: Affixes,
): readonly Candidate[] {
  const ends = new Set<number>();
  for (let k = 1; k < candidates.length; k++) {
    const a = candidates[k - 1]!;
    const b = candidates[k]!;
    if (!joinsEnds(body.slice(a.end, b.start), affixes) || !apart(a, b)) continue;
    // "HANOI – Lao Cai police said…" is a dateline, its dash spaced; a dash that touches both names, a road
    // word after them, opens a headline with a road: "하노이-하이퐁 고속도로서 사고", "河内—海防高速公路".
    if (
      (a.dateline === true || b.dateline === true) &&
      !roadOpensLine(body.slice(a.end, b.start), body, b, affixes)
    )
      continue;
    ends.add(k - 1);
    ends.add(k);
  }
  for (const [k, c] of candidates.entries()) {
    if (ends.has(k) || c.dateline === true) continue;
    const road = unreadRoadEnd(c, body, affixes);
    // The other end read as a candidate is the case above, or a road within one province, which names it.
    const next = candidates[k + 1];
    if (road >= 0 && (next === undefined || next.start >= road)) ends.add(k);
    else if (unreadRoadStart(c, candidates[k - 1], body, affixes)) ends.add(k);
  }
  let placed: ReadonlySet<number> | undefined;
  const unplaced = candidates.map((c) =>
    unplacedEnd(c, body, () => (placed ??= placedProvinces(candidates))),
  );
  if (ends.size === 0 && !unplaced.includes(true)) return candidates;
  return candidates.flatMap((c, k) =>
    unplaced[k] === true
      ? []
      : ends.has(k) && !c.subject
        ? [{ ...c, reference: true, movement: false, residence: false, dateline: false }]
        : [c],
  );
}
