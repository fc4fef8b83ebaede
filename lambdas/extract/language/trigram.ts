/**
 * franc's trigram distance, computed once per text for many profiles at a time. franc (6.x) cleans the
 * sample (ASCII punctuation and digits to spaces, whitespace collapsed, trimmed, lower case), counts its
 * trigrams and sums, per language, |count − rank − 1| for trigrams in the profile and 300 for the others;
 * the smallest sum wins and ties go to the language listed first in its data. This module does the same
 * in one pass over the code units, with the profiles in typed arrays: a trigram that is in no profile adds
 * 300 to every language alike, so only profile trigrams are counted.
 */
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import { isSpaceCode } from '../text/chars.js';

/** franc reads at most this many characters. */
export const FRANC_MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

const LATIN_PROFILES: Readonly<Record<string, string>> = data['Latin'] ?? {};
/** Profile languages in franc's order, which decides ties. */
const PROFILE_CODES = Object.keys(LATIN_PROFILES);
const P = PROFILE_CODES.length;

/**
 * Profile trigrams are indexed through their small alphabet (under a hundred code units), so a lookup is
 * three array reads and no hashing: LETTER[unit] is the unit's letter number (0: in no profile trigram),
 * PAIRS[a * S + b] numbers the two-letter heads (−1: none), TRIGRAMS[pair * S + c] is the trigram's id
 * (−1: none), and RANKS[id * P + k] its rank in profile k (−1: absent).
 */
const LETTER = new Uint8Array(0x10000);
let S = 1;
let PAIRS = new Int16Array(0);
let TRIGRAMS = new Int16Array(0);
let RANKS = new Int16Array(0);
const profileTrigrams: string[] = [];
{
  const ids = new Map<string, number>();
  const entries: Array<[id: number, k: number, rank: number]> = [];
  PROFILE_CODES.forEach((code, k) => {
    const model = LATIN_PROFILES[code]!.split('|');
    // Backwards, as franc builds its dictionaries: a repeated trigram keeps its first (best) rank.
    for (let rank = model.length - 1; rank >= 0; rank--) {
      const t = model[rank]!;
      // franc's lookup compares strings; profile entries are always three code units.
      if (t.length !== 3) continue;
      let id = ids.get(t);
      if (id === undefined) {
        id = ids.size;
        ids.set(t, id);
        profileTrigrams.push(t);
      }
      entries.push([id, k, rank]);
    }
  });
  RANKS = new Int16Array(ids.size * P).fill(-1);
  for (const [id, k, rank] of entries) RANKS[id * P + k] = rank;
  for (const t of profileTrigrams)
    for (let i = 0; i < 3; i++) if (LETTER[t.charCodeAt(i)] === 0) LETTER[t.charCodeAt(i)] = S++;
  if (S > 0xff) throw new Error(`franc profiles use ${S - 1} letters; the trigram index holds 255`);
  PAIRS = new Int16Array(S * S).fill(-1);
  let pairs = 0;
  for (const t of profileTrigrams) {
    const at = LETTER[t.charCodeAt(0)]! * S + LETTER[t.charCodeAt(1)]!;
    if (PAIRS[at] === -1) PAIRS[at] = pairs++;
  }
  TRIGRAMS = new Int16Array(pairs * S).fill(-1);
  profileTrigrams.forEach((t, id) => {
    const pair = PAIRS[LETTER[t.charCodeAt(0)]! * S + LETTER[t.charCodeAt(1)]!]!;
    TRIGRAMS[pair * S + LETTER[t.charCodeAt(2)]!] = id;
  });
}
const COUNTS = new Int32Array(profileTrigrams.length);

function idOf(a: number, b: number, c: number): number {
  const la = LETTER[a]!;
  const lb = LETTER[b]!;
  const lc = LETTER[c]!;
  if (la === 0 || lb === 0 || lc === 0) return -1;
  const pair = PAIRS[la * S + lb]!;
  return pair < 0 ? -1 : TRIGRAMS[pair * S + lc]!;
}

/**
 * Latin letters of the BMP below U+3000 per franc's own Latin expression (1 = Latin). Higher code units
 * count as "other script", which only ever sends a text to franc itself.
 */
const LATIN_TABLE_END = 0x3000;
const LATIN = new Uint8Array(LATIN_TABLE_END);
{
  const latin = new RegExp(expressions['Latin']!.source, 'u');
  for (let c = 0; c < LATIN_TABLE_END; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (latin.test(String.fromCharCode(c))) LATIN[c] = 1;
  }
}

/**
 * True when franc would pick the Latin script for `sample`: Latin letters outnumber every other non-ASCII
 * code unit together (franc's other script expressions match neither ASCII nor Latin letters), so no
 * other script can reach the Latin count. False means "not sure", never "not Latin".
 */
export function isClearlyLatin(sample: string): boolean {
  let latin = 0;
  let other = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
    } else if (c < LATIN_TABLE_END && LATIN[c] === 1) latin++;
    else other++;
  }
  return latin > other;
}

/**
 * Lower case of one code unit when it is the same as in a whole-string toLowerCase(); −1 for the units
 * whose lower case depends on context or is longer (Σ, İ) and for surrogates. 0 = not computed yet.
 */
const LOWER = new Int32Array(0x10000);

function lowerCode(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
  const hit = LOWER[c]!;
  if (hit !== 0) return hit;
  let out = -1;
  if (c !== 0x3a3 && (c < 0xd800 || c > 0xdfff)) {
    const l = String.fromCharCode(c).toLowerCase();
    if (l.length === 1) out = l.charCodeAt(0);
  }
  LOWER[c] = out;
  return out;
}

/** franc's cleaning, for the rare samples the code-unit pass cannot lower-case alone. */
function clean(sample: string): string {
  return sample
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Code units of ' ' + clean(sample) + ' ', or null when lower-casing needs the whole string. */
function cleanedUnits(sample: string): Uint16Array | null {
  const out = new Uint16Array(sample.length + 2);
  let n = 0;
  out[n++] = 0x20;
  let gap = false;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 0x21 && c <= 0x40) || isSpaceCode(c)) {
      gap = true;
      continue;
    }
    const l = lowerCode(c);
    if (l < 0) return null;
    if (gap && n > 1) out[n++] = 0x20;
    gap = false;
    out[n++] = l;
  }
  out[n++] = 0x20;
  return out.subarray(0, n);
}

function unitsOf(text: string): Uint16Array {
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

/** Ranks of the allowed profiles only, A per trigram id, so the per-trigram loop reads one short row. */
interface Subset {
  readonly profiles: readonly number[];
  readonly ranks: Int16Array;
  /** The distance of a trigram seen once: its rank, or MAX_DIFFERENCE when absent. */
  readonly once: Int16Array;
}

const subsets = new WeakMap<readonly string[], Subset>();

function subsetOf(only: readonly string[]): Subset {
  let hit = subsets.get(only);
  if (!hit) {
    const profiles = PROFILE_CODES.flatMap((code, k) => (only.includes(code) ? [k] : []));
    const a = profiles.length;
    const ranks = new Int16Array(profileTrigrams.length * a);
    for (let id = 0; id < profileTrigrams.length; id++)
      for (let j = 0; j < a; j++) ranks[id * a + j] = RANKS[id * P + profiles[j]!]!;
    const once = ranks.map((rank) => (rank < 0 ? MAX_DIFFERENCE : rank));
    hit = { profiles, ranks, once };
    subsets.set(only, hit);
  }
  return hit;
}

/** The Latin profile among `only` closest to `sample` by franc's distance, as franc would rank them. */
export function closestProfile(sample: string, only: readonly string[]): string | undefined {
  const { profiles, ranks, once } = subsetOf(only);
  const a = profiles.length;
  if (a === 0) return undefined;

  const units = cleanedUnits(sample) ?? unitsOf(' ' + clean(sample) + ' ');
  const touched: number[] = [];
  for (let i = 0; i + 3 <= units.length; i++) {
    const id = idOf(units[i]!, units[i + 1]!, units[i + 2]!);
    if (id >= 0 && COUNTS[id]!++ === 0) touched.push(id);
  }

  // Subset order is franc's order, so the first smallest distance is franc's winner. Most trigrams of a
  // sample occur once, and then the distance is the rank itself: `once` holds it (300 when absent).
  const distance = new Int32Array(a);
  for (const id of touched) {
    const count = COUNTS[id]!;
    COUNTS[id] = 0;
    const base = id * a;
    if (count === 1) {
      for (let j = 0; j < a; j++) distance[j]! += once[base + j]!;
      continue;
    }
    for (let j = 0; j < a; j++) {
      const rank = ranks[base + j]!;
      distance[j]! += rank < 0 ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
    }
  }
  let best = 0;
  for (let j = 1; j < a; j++) if (distance[j]! < distance[best]!) best = j;
  return PROFILE_CODES[profiles[best]!];
}
