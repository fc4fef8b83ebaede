/**
 * franc's trigram distance, computed once per text for many profiles at a time. franc (6.x) cleans the
 * sample (ASCII punctuation and digits to spaces, whitespace collapsed, trimmed, lower case), counts its
 * trigrams and sums, per language, |count − rank − 1| for trigrams in the profile and 300 for the others;
 * the smallest sum wins and ties go to the language listed first in its data. This module does the same
 * in one pass over the code units, with the profiles in typed arrays: a trigram that is in none of the
 * compared profiles adds 300 to each of them alike, so only their own trigrams are counted.
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

/**
 * The trigrams of the compared profiles, indexed through their small alphabet (about a hundred code units)
 * so that a lookup is three array reads and no hashing: letter[unit] is the unit's letter number (0: in no
 * such trigram), pairs[a * size + b] numbers the two-letter heads (−1: none), trigrams[pair * size + c] is
 * the trigram's id (−1: none). ranks[id * n + j] is its rank in the j-th profile (−1: absent), and once[…]
 * its distance when the sample holds it once: the rank, or 300 when absent.
 */
interface Index {
  /** Indexes into PROFILE_CODES, in franc's order. */
  readonly profiles: readonly number[];
  readonly letter: Uint8Array;
  readonly size: number;
  readonly pairs: Int16Array;
  readonly trigrams: Int16Array;
  readonly ranks: Int16Array;
  readonly once: Int16Array;
  /** Scratch counts per trigram id, zero between calls. */
  readonly counts: Int32Array;
}

const indexes = new WeakMap<readonly string[], Index>();

function indexOf(only: readonly string[]): Index {
  const hit = indexes.get(only);
  if (hit) return hit;
  const profiles = PROFILE_CODES.flatMap((code, k) => (only.includes(code) ? [k] : []));
  const n = profiles.length;
  const ids = new Map<string, number>();
  const entries: Array<[id: number, j: number, rank: number]> = [];
  profiles.forEach((k, j) => {
    const model = LATIN_PROFILES[PROFILE_CODES[k]!]!.split('|');
    // Backwards, as franc builds its dictionaries: a repeated trigram keeps its first (best) rank.
    for (let rank = model.length - 1; rank >= 0; rank--) {
      const t = model[rank]!;
      // franc's lookup compares strings; profile entries are always three code units.
      if (t.length !== 3) continue;
      let id = ids.get(t);
      if (id === undefined) {
        id = ids.size;
        ids.set(t, id);
      }
      entries.push([id, j, rank]);
    }
  });
  const trigramList = [...ids.keys()];
  const letter = new Uint8Array(0x10000);
  let size = 1;
  for (const t of trigramList)
    for (let i = 0; i < 3; i++) if (letter[t.charCodeAt(i)] === 0) letter[t.charCodeAt(i)] = size++;
  if (size > 0xff) throw new Error(`franc profiles use ${size - 1} letters; the trigram index holds 255`);
  const pairs = new Int16Array(size * size).fill(-1);
  let pairCount = 0;
  for (const t of trigramList) {
    const at = letter[t.charCodeAt(0)]! * size + letter[t.charCodeAt(1)]!;
    if (pairs[at] === -1) pairs[at] = pairCount++;
  }
  const trigrams = new Int16Array(pairCount * size).fill(-1);
  trigramList.forEach((t, id) => {
    const pair = pairs[letter[t.charCodeAt(0)]! * size + letter[t.charCodeAt(1)]!]!;
    trigrams[pair * size + letter[t.charCodeAt(2)]!] = id;
  });
  const ranks = new Int16Array(ids.size * n).fill(-1);
  for (const [id, j, rank] of entries) ranks[id * n + j] = rank;
  const once = ranks.map((rank) => (rank < 0 ? MAX_DIFFERENCE : rank));
  const index = { profiles, letter, size, pairs, trigrams, ranks, once, counts: new Int32Array(ids.size) };
  indexes.set(only, index);
  return index;
}

/** The Latin profile among `only` closest to `sample` by franc's distance, as franc would rank them. */
export function closestProfile(sample: string, only: readonly string[]): string | undefined {
  const { profiles, letter, size, pairs, trigrams, ranks, once, counts } = indexOf(only);
  const a = profiles.length;
  if (a === 0) return undefined;

  const units = cleanedUnits(sample) ?? unitsOf(' ' + clean(sample) + ' ');
  const touched: number[] = [];
  for (let i = 0; i + 3 <= units.length; i++) {
    const la = letter[units[i]!]!;
    const lb = letter[units[i + 1]!]!;
    const lc = letter[units[i + 2]!]!;
    if (la === 0 || lb === 0 || lc === 0) continue;
    const pair = pairs[la * size + lb]!;
    const id = pair < 0 ? -1 : trigrams[pair * size + lc]!;
    if (id >= 0 && counts[id]!++ === 0) touched.push(id);
  }

  // Subset order is franc's order, so the first smallest distance is franc's winner. Most trigrams of a
  // sample occur once, and then the distance is the rank itself: `once` holds it (300 when absent).
  const distance = new Int32Array(a);
  for (const id of touched) {
    const count = counts[id]!;
    counts[id] = 0;
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
