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
import { afterGloss, phraseAfter } from './scripts.js';
import { COMMON_ENDINGS, PARTICLES } from './hangul-words.js';

const HANGUL_RUN = /[\uac00-\ud7a3]+/g;

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
 * Korean outlets spell one Vietnamese province several ways (빈투언, 빈뚜안, 빈뚜언; 꽝닌, 광닌; 껀터, 깐토;
 * 하띤, 하틴): for a province the key is made coarser where those spellings differ, in two steps. The fine key
 * makes plain, tense and aspirated consonants one (ㄱ ㄲ ㅋ; ㄸ ㅌ, which write t and th) and ㅐ ㅔ. The coarse
 * key also makes 아 and 어 one (both write a, ă, â, ơ), a vowel written twice (즈엉, 증) once, and 아이/어이 before a
 * coda one vowel (타이닌, 떠이닌); it is read only when the fine key names no province, and a key two provinces
 * share (하장 and 허우장 are both "hodan") is left out of each.
 */
function fineKey(key: string): string {
  return key.replace(/[gK]/g, 'k').replace(/T/g, 't').replace(/ae/g, 'e');
}

function coarseKey(key: string): string {
  return fineKey(key)
    .replace(/a/g, 'o')
    .replace(/([oei])\1+/g, '$1')
    .replace(/oi([nk])/g, 'o$1');
}

const provinceIndexes = new WeakMap<Gazetteer, readonly ReadonlyMap<string, PlaceEntry>[]>();

/** Provinces by their fine and by their coarse Korean key; a key two provinces share is left out. */
function provincesByKey(gaz: Gazetteer): readonly ReadonlyMap<string, PlaceEntry>[] {
  let indexes = provinceIndexes.get(gaz);
  if (indexes) return indexes;
  indexes = [fineKey, coarseKey].map((keyOf) => {
    const found = new Map<string, PlaceEntry | null>();
    for (const list of gaz.byKey.values()) {
      for (const e of list) {
        if (e.kind !== 'province') continue;
        const key = keyOf(vietnameseKoreanKey(e.name));
        if (key.length < 4) continue;
        const before = found.get(key);
        found.set(key, before === undefined || before?.province === e.province ? e : null);
      }
    }
    const out = new Map<string, PlaceEntry>();
    for (const [key, e] of found) if (e) out.set(key, e);
    return out;
  });
  provinceIndexes.set(gaz, indexes);
  return indexes;
}

/**
 * Fewest letters of a coarse key read: shorter ones are too often an ordinary Korean word before 성 or 시
 * (안정성's 안정 has An Giang's coarse key).
 */
const MIN_COARSE_KEY = 6;

function provinceOfKey(gaz: Gazetteer, key: string): PlaceEntry | undefined {
  const [fine, coarse] = provincesByKey(gaz);
  const found = fine!.get(fineKey(key));
  if (found !== undefined) return found;
  const loose = coarseKey(key);
  return loose.length >= MIN_COARSE_KEY ? coarse!.get(loose) : undefined;
}

/** The run of Hangul just before `start`, one space away, if short enough to be a name's first syllables. */
function wordBefore(body: string, start: number): { word: string; start: number } | null {
  if (body[start - 1] !== ' ') return null;
  const m = /[\uac00-\ud7a3]{1,2}$/.exec(body.slice(Math.max(0, start - 4), start - 1));
  if (m === null) return null;
  const at = start - 1 - m[0].length;
  return /[\uac00-\ud7a3]/.test(body[at - 1] ?? '') ? null : { word: m[0], start: at };
}

/**
 * The province a name ending at `name`'s end spells, written in one word or with a space between its syllables
 * ("빈 딘성", "하 노이 시"): the longer reading first.
 */
function typedName(
  body: string,
  gaz: Gazetteer,
  start: number,
  name: string,
): { entry: PlaceEntry; start: number } | null {
  const lookUp = (text: string): PlaceEntry | undefined => {
    const key = hangulSoundKey(text);
    return key === null ? undefined : provinceOfKey(gaz, key);
  };
  const before = wordBefore(body, start);
  const joined = before === null ? undefined : lookUp(before.word + name);
  if (joined !== undefined && before !== null) return { entry: joined, start: before.start };
  const alone = name.length >= 2 ? lookUp(name) : undefined;
  return alone === undefined ? null : { entry: alone, start };
}

/** A province's type word after one space, ending a word ("빈뚜언 성 공안"): the index after it. */
function spacedProvinceType(body: string, at: number, provinceTypes: ReadonlySet<string>): number | null {
  if (body[at] !== ' ') return null;
  const next = HANGUL_WORD.exec(body.slice(at + 1, at + 12))?.[0];
  if (next === undefined || !provinceTypes.has(next[0]!) || !PARTICLES.has(next.slice(1))) return null;
  return at + 2;
}

/**
 * A province's type suffix after the name's gloss in brackets, ending a word ("쨔빙(Tra Vinh)성 경찰"): the index
 * after it. Korean outlets gloss a name they spell their own way, and the suffix then follows the gloss.
 */
function glossedProvinceType(body: string, at: number, provinceTypes: ReadonlySet<string>): number | null {
  const after = afterGloss(body, at);
  if (after === at) return null;
  const next = HANGUL_WORD.exec(body.slice(after, after + 12))?.[0];
  if (next === undefined || !provinceTypes.has(next[0]!) || !PARTICLES.has(next.slice(1))) return null;
  return after + 1;
}

/** A police force or another unit named right after `at` ("광빈성 공안", "깡롱현 경찰이"): the place is the subject. */
function forceAfter(body: string, at: number, affixes: Affixes): boolean {
  return (
    phraseAfter(body, at, affixes.maxLength, (q) => (affixes.subjectAfter.has(q) ? true : undefined)) !== null
  );
}

/**
 * A province no curated list spells this way, before its type suffix (성, or 시 for the centrally-run cities and
 * the provinces' own capitals, which share their names) and at most a particle: "광빈성 인민위원회", read by the
 * merged key. The suffix says a province is named; the key, which. A unit named right after it makes it the
 * subject ("광빈성 공안").
 */
function provinceReading(
  body: string,
  gaz: Gazetteer,
  affixes: Affixes,
  word: string,
  start: number,
  provinceTypes: ReadonlySet<string>,
): Candidate | null {
  // The suffix written apart ("광빈 성") or after the name's gloss ("쨔빙(Tra Vinh)성"): the same reading.
  const typed =
    spacedProvinceType(body, start + word.length, provinceTypes) ??
    glossedProvinceType(body, start + word.length, provinceTypes);
  if (typed !== null) {
    const found = typedName(body, gaz, start, word);
    if (found !== null)
      return {
        ...heardCandidate(found.start, start + word.length, [found.entry], 'province', false),
        subject: forceAfter(body, typed, affixes),
      };
  }
  for (let p = word.length - 1; p >= 1; p--) {
    if (!provinceTypes.has(word[p]!) || !PARTICLES.has(word.slice(p + 1))) continue;
    const found = typedName(body, gaz, start, word.slice(0, p));
    if (found === null) return null;
    const subject = p === word.length - 1 && forceAfter(body, start + word.length, affixes);
    return { ...heardCandidate(found.start, start + p, [found.entry], 'province', false), subject };
  }
  return null;
}

/**
 * Fewest letters of a fine and of a coarse key read with no type word after the name: a Korean word of two or
 * three syllables is too often a short province's key; one of a province's longer names ("빈뚜언", "라오카이"),
 * spelt as no curated list spells it, is read bare.
 */
const MIN_BARE_FINE_KEY = 7;
const MIN_BARE_COARSE_KEY = 8;

/** A province named bare by one long word and at most a particle ("빈뚜언에서", "라오카이의"). */
function bareProvince(gaz: Gazetteer, word: string, start: number): Candidate | null {
  const [fine, coarse] = provincesByKey(gaz);
  for (let end = word.length; end >= 3; end--) {
    if (!PARTICLES.has(word.slice(end))) continue;
    const key = hangulSoundKey(word.slice(0, end));
    if (key === null) continue;
    const exact = fineKey(key);
    const loose = coarseKey(key);
    const entry =
      (exact.length >= MIN_BARE_FINE_KEY ? fine!.get(exact) : undefined) ??
      (loose.length >= MIN_BARE_COARSE_KEY ? coarse!.get(loose) : undefined);
    if (entry !== undefined) return heardCandidate(start, start + end, [entry], 'province', false);
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
      .filter(([w, c]) => (c === 'province' || c === 'city') && w.length === 1 && isLocalHangulType(w))
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
    const bare = bareProvince(gaz, word, start);
    if (bare !== null) {
      out.push(bare);
      continue;
    }
    // A name followed by a type word after a space ("득포 타운").
    const spaced = word.length >= 2 ? spacedType(body, start + word.length, affixes) : undefined;
    const whole = spaced === undefined ? undefined : heard(gaz, word);
    if (spaced !== undefined && whole !== undefined) {
      out.push(heardCandidate(start, start + word.length, whole, spaced, true));
      continue;
    }
    // Or the last type suffix with only a particle after it ("포꽝구에서"); a force right after the unit
    // ("깡롱현 경찰이") makes it the subject, as for a province (provinceReading).
    for (let p = word.length - 1; p >= 2; p--) {
      const category = types.get(word[p]!);
      if (category === undefined || !PARTICLES.has(word.slice(p + 1))) continue;
      const entries = heard(gaz, word.slice(0, p));
      if (entries === undefined) continue;
      const subject = p === word.length - 1 && forceAfter(body, start + word.length, affixes);
      out.push({ ...heardCandidate(start, start + p, entries, category, true), subject });
      break;
    }
  }
  return out;
}
