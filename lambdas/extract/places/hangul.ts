/**
 * Localities written in Hangul that no curated list has (포꽝구, 빈선현, 사후인사): a Hangul word made of a name
 * of two or more syllables, a local type suffix (현, 군, 구, 사, 면, 읍, 동, 방) and at most a particle, read by its
 * Korean sound key (phonetic.ts). The suffix is what says a place is named there at all.
 */
import type { Gazetteer, PlaceEntry } from './gazetteer.js';
import type { Affixes, PlaceCategory } from './lexicon.js';
import { heardCandidate, singleCharTypes } from './heard.js';
import type { Candidate } from './match.js';
import { hangulSoundKey, vietnameseKoreanKey } from './phonetic.js';
import { phraseAfter } from './scripts.js';

/** Particles and endings a Korean noun takes, as written after the type suffix. */
const PARTICLES = new Set([
  '',
  '에서',
  '에',
  '의',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '과',
  '와',
  '로',
  '으로',
  '까지',
  '에서는',
  '에는',
  '에서도',
  '도',
]);

const HANGUL_RUN = /[\uac00-\ud7a3]+/g;

/**
 * Suffixes that end too many Korean words to introduce a name read by sound: 면 (따르면 "according to"), 동
 * (활동, 이동), 방 (지방, 예방). Names of those types are found only from the curated lists.
 */
const COMMON_ENDINGS = new Set(['면', '동', '방']);

function isLocalHangulType(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0xac00 && c <= 0xd7a3 && !COMMON_ENDINGS.has(ch);
}

function heard(gaz: Gazetteer, name: string): readonly PlaceEntry[] | undefined {
  const key = hangulSoundKey(name);
  if (key === null) return undefined;
  const entries = gaz
    .bySound('hangul')
    .get(key)
    ?.filter((e) => e.level > 1);
  return entries !== undefined && entries.length > 0 ? entries : undefined;
}

const HANGUL_WORD = /^[\uac00-\ud7a3]+/;

/** A local type word after one space, ending a word: "득포 타운", "빈선 현에서". */
function spacedType(body: string, at: number, affixes: Affixes): PlaceCategory | undefined {
  if (body[at] !== ' ') return undefined;
  const next = HANGUL_WORD.exec(body.slice(at + 1, at + 12))?.[0];
  if (next === undefined) return undefined;
  for (let n = next.length; n >= 1; n--) {
    const category = affixes.after.get(next.slice(0, n));
    if (category !== undefined && category !== 'province' && PARTICLES.has(next.slice(n))) return category;
  }
  return undefined;
}

/**
 * Korean writes the c, k, q of a Vietnamese name ㄲ or ㄱ ("꽝빈", "광빈" for Quảng Bình): for a province the key
 * merges the two (g and k), as no province's name has a g of its own.
 */
function provinceKey(key: string): string {
  return key.replaceAll('g', 'k');
}

const provinceIndexes = new WeakMap<Gazetteer, ReadonlyMap<string, PlaceEntry>>();

/** Provinces by their merged Korean key; a key two provinces share is left out. */
function provincesByKey(gaz: Gazetteer): ReadonlyMap<string, PlaceEntry> {
  let index = provinceIndexes.get(gaz);
  if (index) return index;
  const found = new Map<string, PlaceEntry | null>();
  for (const list of gaz.byKey.values()) {
    for (const e of list) {
      if (e.kind !== 'province') continue;
      const key = provinceKey(vietnameseKoreanKey(e.name));
      if (key.length < 4) continue;
      const before = found.get(key);
      found.set(key, before === undefined || before?.province === e.province ? e : null);
    }
  }
  const out = new Map<string, PlaceEntry>();
  for (const [key, e] of found) if (e) out.set(key, e);
  provinceIndexes.set(gaz, (index = out));
  return index;
}

/**
 * A province no curated list spells this way, before its type suffix (성) and at most a particle: "광빈성
 * 인민위원회", read by the merged key. The suffix says a province is named; the key, which. A unit named right
 * after it makes it the subject ("광빈성 공안").
 */
function provinceReading(
  body: string,
  gaz: Gazetteer,
  affixes: Affixes,
  word: string,
  start: number,
  provinceTypes: ReadonlySet<string>,
): Candidate | null {
  for (let p = word.length - 1; p >= 2; p--) {
    if (!provinceTypes.has(word[p]!) || !PARTICLES.has(word.slice(p + 1))) continue;
    const key = hangulSoundKey(word.slice(0, p));
    const entry = key === null ? undefined : provincesByKey(gaz).get(provinceKey(key));
    if (entry === undefined) return null;
    const unit = (q: string): true | undefined => (affixes.subjectAfter.has(q) ? true : undefined);
    const subject =
      p === word.length - 1 && phraseAfter(body, start + word.length, affixes.maxLength, unit) !== null;
    return { ...heardCandidate(start, start + p, [entry], 'province', false), subject };
  }
  return null;
}

export function findHangulReadings(
  body: string,
  gaz: Gazetteer,
  affixes: Affixes,
  taken: readonly Candidate[],
): Candidate[] {
  const types = singleCharTypes(affixes, isLocalHangulType);
  if (types.size === 0) return [];
  const provinceTypes = new Set(
    [...affixes.after]
      .filter(([w, c]) => c === 'province' && w.length === 1 && isLocalHangulType(w))
      .map(([w]) => w),
  );
  const out: Candidate[] = [];
  for (const m of body.matchAll(HANGUL_RUN)) {
    const word = m[0];
    const start = m.index;
    if (taken.some((c) => c.start < start + word.length && start < c.end)) continue;
    const province = provinceReading(body, gaz, affixes, word, start, provinceTypes);
    if (province !== null) {
      out.push(province);
      continue;
    }
    // A name followed by a type word after a space ("득포 타운").
    const spaced = word.length >= 2 ? spacedType(body, start + word.length, affixes) : undefined;
    const whole = spaced === undefined ? undefined : heard(gaz, word);
    if (spaced !== undefined && whole !== undefined) {
      out.push(heardCandidate(start, start + word.length, whole, spaced, true));
      continue;
    }
    // Or the last type suffix with only a particle after it ("포꽝구에서").
    for (let p = word.length - 1; p >= 2; p--) {
      const category = types.get(word[p]!);
      if (category === undefined || !PARTICLES.has(word.slice(p + 1))) continue;
      const entries = heard(gaz, word.slice(0, p));
      if (entries === undefined) continue;
      out.push(heardCandidate(start, start + p, entries, category, true));
      break;
    }
  }
  return out;
}
