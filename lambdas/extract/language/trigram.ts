/**
 * franc's trigram distance, computed once per text for many profiles at a time. franc (6.x) cleans the
 * sample (ASCII punctuation and digits to spaces, whitespace collapsed, trimmed, lower case), counts its
 * trigrams and sums, per language, |count − rank − 1| for trigrams in the profile and 300 for the others;
 * the smallest sum wins and ties go to the language listed first in its data. This module does the same
 * in one pass over the code units, with the profiles of one script in typed arrays: a trigram that is in
 * none of the compared profiles adds 300 to each of them alike, so only their own trigrams are counted,
 * and each of those only for the profiles that hold it (its postings).
 */
import { data } from 'franc/data.js';
import { isSpaceCode } from '../text/chars.js';

/** franc reads at most this many characters. */
export const FRANC_MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

/** The scripts franc tells languages apart in by trigrams ("Latin", "Cyrillic", "Arabic"...). */
export function profiledScripts(): readonly string[] {
  return Object.keys(data);
}

/** The languages (ISO 639-3) franc has trigram profiles for in a script, in franc's order. */
export function profileCodes(script: string): readonly string[] {
  return Object.keys(data[script] ?? {});
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

/** cleanedUnits' output, kept between calls: rankProfiles reads it before the next call. */
let unitsScratch = new Uint16Array(FRANC_MAX_LENGTH + 2);

/** Code units of ' ' + clean(sample) + ' ', or null when lower-casing needs the whole string. */
function cleanedUnits(sample: string): Uint16Array | null {
  if (unitsScratch.length < sample.length + 2) unitsScratch = new Uint16Array(sample.length + 2);
  const out = unitsScratch;
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
 * The trigrams of the compared profiles, indexed through their small alphabet (at most a few hundred code
 * units) so that a lookup is three array reads and no hashing: letter[unit] is the unit's letter number (0:
 * in no such trigram), pairs[a * size + b] numbers the two-letter heads (−1: none), trigrams[pair * size + c]
 * is where the trigram's record starts in `records` (`none`: no such trigram). A record is the trigram's postings
 * count, a scratch count of its occurrences in the sample (zero between calls), then one entry per compared
 * profile holding it: rank × PROFILE_SPAN + the profile's position. Count and postings sit side by side, so
 * that a trigram of the sample costs one table read and one run of `records`, not five tables read at random
 * (the index is evicted from the caches by the rest of the article's work between two calls).
 */
interface Index {
  /** Language codes compared, in franc's order. */
  readonly codes: readonly string[];
  readonly letter: Uint16Array;
  readonly size: number;
  readonly pairs: Int16Array | Int32Array;
  /** 16-bit offsets while they fit (every script franc profiles): the table is read at random. */
  readonly trigrams: Uint16Array | Int32Array;
  /** trigrams' value for a pair and third letter that make no trigram of the profiles. */
  readonly none: number;
  readonly records: Int32Array;
  /** Scratch savings per compared profile, zeroed at each call. */
  readonly savings: Int32Array;
}

/** A posting entry holds the profile's position in its low bits (franc has fewer profiles in any script). */
const PROFILE_BITS = 10;
const PROFILE_SPAN = 1 << PROFILE_BITS;

const indexes = new Map<string, WeakMap<readonly string[], Index>>();

function indexOf(script: string, only: readonly string[]): Index {
  let byList = indexes.get(script);
  if (!byList) {
    byList = new WeakMap();
    indexes.set(script, byList);
  }
  const hit = byList.get(only);
  if (hit) return hit;
  const profiles = data[script] ?? {};
  const codes = Object.keys(profiles).filter((code) => only.includes(code));
  if (codes.length > PROFILE_SPAN) throw new Error(`more than ${PROFILE_SPAN} ${script} profiles`);
  const ids = new Map<string, number>();
  const entries: Array<[id: number, j: number, rank: number]> = [];
  codes.forEach((code, j) => {
    const model = profiles[code]!.split('|');
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
  const letter = new Uint16Array(0x10000);
  let size = 1;
  for (const t of trigramList)
    for (let i = 0; i < 3; i++) if (letter[t.charCodeAt(i)] === 0) letter[t.charCodeAt(i)] = size++;
  const pairs = (ids.size < 0x8000 ? new Int16Array(size * size) : new Int32Array(size * size)).fill(-1);
  let pairCount = 0;
  for (const t of trigramList) {
    const at = letter[t.charCodeAt(0)]! * size + letter[t.charCodeAt(1)]!;
    if (pairs[at] === -1) pairs[at] = pairCount++;
  }
  // Postings grouped by trigram; a later (better) rank of the same trigram in one profile overwrites.
  const best = new Map<number, number>();
  for (const [id, j, rank] of entries) best.set(id * codes.length + j, rank);
  const perId = new Int32Array(ids.size);
  for (const key of best.keys()) perId[Math.floor(key / codes.length)]!++;
  const recordAt = new Int32Array(ids.size);
  let length = 0;
  for (let id = 0; id < ids.size; id++) {
    recordAt[id] = length;
    length += 2 + perId[id]!;
  }
  const records = new Int32Array(length);
  const fill = new Int32Array(ids.size);
  for (let id = 0; id < ids.size; id++) {
    records[recordAt[id]!] = perId[id]!;
    fill[id] = recordAt[id]! + 2;
  }
  for (const [key, rank] of best) {
    const id = Math.floor(key / codes.length);
    records[fill[id]!++] = (rank << PROFILE_BITS) | (key % codes.length);
  }
  const none = length < 0xffff ? 0xffff : -1;
  const trigrams = (none > 0 ? new Uint16Array(pairCount * size) : new Int32Array(pairCount * size)).fill(
    none,
  );
  trigramList.forEach((t, id) => {
    const pair = pairs[letter[t.charCodeAt(0)]! * size + letter[t.charCodeAt(1)]!]!;
    trigrams[pair * size + letter[t.charCodeAt(2)]!] = recordAt[id]!;
  });
  const index: Index = {
    codes,
    letter,
    size,
    pairs,
    trigrams,
    none,
    records,
    savings: new Int32Array(codes.length),
  };
  byList.set(only, index);
  return index;
}

/** The best two profiles by franc's distance, and how far apart they are. */
export interface Ranking {
  readonly best: string;
  /** Distance of the runner-up minus the best's, over the largest possible distance (300 per trigram). */
  readonly margin: number;
}

/**
 * The profile of `script` among `only` closest to `sample` by franc's distance, as franc would rank them;
 * undefined when none of `only` has a profile in that script.
 */
export function closestProfile(
  sample: string,
  only: readonly string[],
  script = 'Latin',
): string | undefined {
  return rankProfiles(sample, only, script)?.best;
}

export function rankProfiles(sample: string, only: readonly string[], script = 'Latin'): Ranking | undefined {
  const index = indexOf(script, only);
  const { codes, letter, size, pairs, trigrams, none, records } = index;
  const a = codes.length;
  if (a === 0) return undefined;

  const units = cleanedUnits(sample) ?? unitsOf(' ' + clean(sample) + ' ');
  const touched: number[] = [];
  let la = units.length > 0 ? letter[units[0]!]! : 0;
  let lb = units.length > 1 ? letter[units[1]!]! : 0;
  for (let i = 2; i < units.length; i++) {
    const lc = letter[units[i]!]!;
    if (la !== 0 && lb !== 0 && lc !== 0) {
      const pair = pairs[la * size + lb]!;
      const at = pair < 0 ? none : trigrams[pair * size + lc]!;
      if (at !== none && records[at + 1]!++ === 0) touched.push(at);
    }
    la = lb;
    lb = lc;
  }

  // Every touched trigram costs 300 in the profiles without it; a profile holding it saves 300 − |count −
  // rank − 1|. So the distance is 300 × touched − savings, and only the savings need summing, per posting.
  const savings = index.savings.fill(0);
  for (const at of touched) {
    const count = records[at + 1]!;
    records[at + 1] = 0;
    for (let p = at + 2, end = p + records[at]!; p < end; p++) {
      const entry = records[p]!;
      savings[entry & (PROFILE_SPAN - 1)]! += MAX_DIFFERENCE - Math.abs(count - (entry >>> PROFILE_BITS) - 1);
    }
  }
  // franc's order decides ties: the first largest saving (smallest distance) wins.
  let best = 0;
  let second = -1;
  for (let j = 1; j < a; j++) {
    if (savings[j]! > savings[best]!) {
      second = best;
      best = j;
    } else if (second < 0 || savings[j]! > savings[second]!) second = j;
  }
  const gap = second < 0 ? Infinity : savings[best]! - savings[second]!;
  // franc's own normalisation: a sample of n code units is at most 300 × n away from any profile.
  return { best: codes[best]!, margin: gap / (MAX_DIFFERENCE * Math.max(1, units.length)) };
}
