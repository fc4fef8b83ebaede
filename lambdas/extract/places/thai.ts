/**
 * Provinces written in Thai with a spelling no curated list has ("จังหวัดกวางตรี", "จังหวัดฮาติญ", "นครกานเทอ"):
 * the Thai run right after a province or city type word of the lexicon, read by its Thai sound key
 * (phonetic-thai.ts). The type word says a name follows; the key, which province it is. A key two or three
 * provinces share is split by the vowel key (phonetic-thai-vowels.ts); one that fits none of them, or several,
 * names none. The name ends where Intl.Segmenter puts a word boundary (or the Thai run ends), longest
 * first. Lao text ("ແຂວງກວາງນິງ") is read through its Thai twin letters (lao.ts), Khmer ("ខេត្តក្វាងនិញ") through
 * Thai letters of the same classes (khmer.ts), offsets kept.
 */
import type { Gazetteer, PlaceEntry } from './gazetteer.js';
import type { Affixes, PlaceCategory } from './lexicon.js';
import { isDateline } from './dateline.js';
import type { Candidate } from './match.js';
import { heardCandidate } from './heard.js';
import { loneDistrict } from './lone-district.js';
import { hasKhmer, khmerAsThai, khmerVowelsAsThai } from './khmer.js';
import { hasLao, laoAsThai, laoVowelsAsThai } from './lao.js';
import { thaiVowelKey, vietnameseVowelKeys } from './phonetic-thai-vowels.js';
import { thaiSoundKey, vietnameseThaiKeys } from './phonetic-thai.js';
import { affixRoles, roleFields, thaiBoundaries, thaiGluedWordStarts } from './scripts.js';

const THAI_LETTER = /[\u0e01-\u0e4e]/;
/** Longest name read, in code units: "บ่าเสียะ-หวุงเต่า" has 17. */
const MAX_NAME = 20;
/** Fewest consonant classes a key must have: one or two say nothing. */
const MIN_KEY = 2;
/** Most consonant classes of a key so short that a Thai word has it as often as a name ("LK": หลัก, Lào Cai). */
const SHORT_KEY = 2;

/**
 * Province entries by Thai key. A key two or three provinces share ("TNG": Đà Nẵng, Tây Ninh) holds them all,
 * each with its vowel keys (phonetic-thai-vowels.ts), which split them when read.
 */
type Keyed = readonly { entry: PlaceEntry; vowels: ReadonlySet<string> }[];

const indexes = new WeakMap<Gazetteer, ReadonlyMap<string, Keyed>>();

function provincesByKey(gaz: Gazetteer): ReadonlyMap<string, Keyed> {
  let index = indexes.get(gaz);
  if (index) return index;
  const found = new Map<string, PlaceEntry[]>();
  const seen = new Set<PlaceEntry>();
  for (const list of gaz.byKey.values()) {
    for (const e of list) {
      if (e.kind !== 'province' || seen.has(e)) continue;
      seen.add(e);
      for (const key of new Set(vietnameseThaiKeys(e.name))) {
        if (key.length < MIN_KEY) continue;
        const before = found.get(key) ?? [];
        if (!before.some((b) => b.province === e.province)) found.set(key, [...before, e]);
      }
    }
  }
  // The keys of an onset k written ค ("คอนตูม", Kon Tum) or d written ด ("ดวง", Dương) name a province where
  // no two provinces share them; where a province's own key is the same (Cao Bằng's "HBG" is Hòa Bình's),
  // they join it and the vowel key decides.
  const variants = new Map<string, PlaceEntry | null>();
  const shared = new Map<string, PlaceEntry[]>();
  for (const e of seen) {
    for (const key of new Set(vietnameseThaiKeys(e.name, true))) {
      if (key.length < MIN_KEY) continue;
      const own = found.get(key);
      // Where a province's own key is the same, the vowel key decides between them.
      if (own !== undefined) {
        const list = shared.get(key) ?? own;
        if (!list.some((o) => o.province === e.province)) shared.set(key, [...list, e]);
        continue;
      }
      const before = variants.get(key);
      variants.set(key, before === undefined || before?.province === e.province ? e : null);
    }
  }
  const out = new Map<string, Keyed>();
  const keyed = (e: PlaceEntry): Keyed[number] => ({
    entry: e,
    vowels: new Set(vietnameseVowelKeys(e.name)),
  });
  for (const [key, list] of found) out.set(key, (shared.get(key) ?? list).map(keyed));
  for (const [key, e] of variants) if (e) out.set(key, [keyed(e)]);
  indexes.set(gaz, out);
  return (index = out);
}

/**
 * The one province of a key, or of a shared key the one whose vowel key the spelling has. A name of a short key
 * read from only the first words of a run (`part`) must fit its province's vowels even where no other province
 * shares the key: Intl.Segmenter parts a run at a Thai word, and a common word opening a longer name
 * ("เมืองหลักทันห์", the town of Lạc Tánh: "หลัก", main) has a short consonant key as often as a province ("LK",
 * Lào Cai).
 */
function pick(list: Keyed | undefined, vowelText: string, part = false): PlaceEntry | undefined {
  if (list === undefined) return undefined;
  if (list.length === 1 && !part) return list[0]!.entry;
  const key = thaiVowelKey(vowelText);
  const fits = list.filter((k) => k.vowels.has(key));
  return fits.length === 1 ? fits[0]!.entry : undefined;
}

/**
 * Grammatical words that follow a name glued to it and end none, as written: Thai ได้ (did), และ (and), ของ
 * (of), ที่ (that, at), กับ (with), จะ (will), เป็น (is); Lao ໄດ້, ແລະ, ຂອງ, ທີ່, ກັບ, ຈະ, ເປັນ; Khmer បាន (did), នៅ
 * (at), ដែល (which). "ຮ່າໂນ້ຍໄດ້" is Hà Nội and "did", not a name whose key is Cần Thơ's.
 */
const NEVER_LAST = [
  ...['ได้', 'และ', 'ของ', 'ที่', 'กับ', 'จะ', 'เป็น'],
  ...['ໄດ້', 'ແລະ', 'ຂອງ', 'ທີ່', 'ກັບ', 'ຈະ', 'ເປັນ'],
  ...['បាន', 'នៅ', 'ដែល'],
];

/** Type words whose name is a province or a city: read by the province keys first. */
function namesProvince(c: PlaceCategory): boolean {
  return c === 'province' || c === 'city';
}

/**
 * Type words of the lexicon written in Thai (or Lao and Khmer, as Thai), longest first: a province's and a
 * city's, and a district's, a commune's or a ward's ("อำเภอ", "ตำบล", "ស្រុក", "ເມືອງ"), whose name is a locality.
 */
function thaiTypeWords(affixes: Affixes, asThai: (text: string) => string): [string, PlaceCategory][] {
  return [...affixes.before]
    .map(([w, c]): [string, PlaceCategory] => [asThai(w), c])
    .filter(([w, c]) => THAI_LETTER.test(w) && c !== 'gate')
    .sort((a, b) => b[0].length - a[0].length);
}

/**
 * Localities below the province level by Thai key, each with its vowel keys: many communes share a consonant
 * key, so a locality is read only where the spelling's vowel key is one of its own too.
 */
const localIndexes = new WeakMap<Gazetteer, ReadonlyMap<string, Keyed>>();

function localitiesByKey(gaz: Gazetteer): ReadonlyMap<string, Keyed> {
  let index = localIndexes.get(gaz);
  if (index) return index;
  const found = new Map<string, Keyed[number][]>();
  const seen = new Set<PlaceEntry>();
  for (const list of gaz.byKey.values()) {
    for (const e of list) {
      if (e.level <= 1 || e.gate !== undefined || seen.has(e)) continue;
      seen.add(e);
      const vowels = new Set(vietnameseVowelKeys(e.name));
      for (const key of new Set([...vietnameseThaiKeys(e.name), ...vietnameseThaiKeys(e.name, true)])) {
        if (key.length < MIN_LOCAL_KEY) continue;
        const before = found.get(key);
        if (before === undefined) found.set(key, [{ entry: e, vowels }]);
        else before.push({ entry: e, vowels });
      }
    }
  }
  localIndexes.set(gaz, (index = found));
  return index;
}

/** Fewest consonant classes of a locality's key: a name of one syllable ("Vinh") is too common a key. */
const MIN_LOCAL_KEY = 3;

/**
 * The localities of a key whose vowel key the spelling has; undefined when none has it. A name closed by ญ
 * (Khmer ញ), which writes a final nh only, is none whose last syllable closes in a plain n: "ตาน่บ่ิญ" (តាន់ប៊ិញ)
 * is Tân Bình, not Tân Biên, though the key reads both N (a final n is written น, and nh often is too).
 */
function pickLocal(list: Keyed | undefined, vowelText: string): PlaceEntry[] | undefined {
  if (list === undefined) return undefined;
  const key = thaiVowelKey(vowelText);
  const fits = list.filter((k) => k.vowels.has(key)).map((k) => k.entry);
  if (fits.length === 0) return undefined;
  if (!CLOSED_BY_NH.test(vowelText)) return fits;
  const nh = fits.filter((e) => /nh$/i.test(e.name));
  return nh.length > 0 ? nh : fits;
}

/** A spelling whose last consonant is ญ, signs and tone marks after it. */
const CLOSED_BY_NH = /ญ[\u0e31-\u0e3a\u0e47-\u0e4e]*$/;

/**
 * Vowel signs written after or over their consonant, and tone and other marks: no name starts with one. A type
 * word found inside a longer word ends before one ("นคร" in "ในครั้งนี้", this time): what follows is no name.
 */
const AFTER_CONSONANT = /[\u0e30-\u0e3a\u0e45-\u0e4e]/;

export function findThaiReadings(
  text: string,
  gaz: Gazetteer,
  affixes: Affixes,
  taken: readonly Candidate[],
): Candidate[] {
  const out: Candidate[] = [];
  const lao = hasLao(text);
  const khmer = !lao && hasKhmer(text);
  // Lao and Khmer are searched and keyed as Thai; their phrases are read in the text as written.
  const asThai = lao ? laoAsThai : khmer ? khmerAsThai : (t: string): string => t;
  const body = asThai(text);
  // Vowels as Thai vowel signs, for the second key that splits a shared first one.
  const vowelBody = lao ? laoVowelsAsThai(text) : khmer ? khmerVowelsAsThai(text) : text;
  const types = thaiTypeWords(affixes, asThai);
  if (types.length === 0) return out;
  const index = provincesByKey(gaz);
  const locals = localitiesByKey(gaz);
  for (const [word, category] of types) {
    for (let at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + 1)) {
      let start = at + word.length;
      if (body[start] === ' ') start++;
      if (!THAI_LETTER.test(body[start] ?? '') || AFTER_CONSONANT.test(body[start]!)) continue;
      if (taken.some((c) => c.start <= start && start < c.end) || out.some((c) => c.start === start))
        continue;
      let runEnd = start;
      while (runEnd < body.length && runEnd - start < MAX_NAME && /[\u0e01-\u0e4e-]/.test(body[runEnd]!))
        runEnd++;
      // Lao: any syllable may end a name, as the Lao dictionary glues a name's last syllable to a word after
      // it ("ລາຍໄດ້", income); Thai: Intl.Segmenter's word boundaries.
      const boundaries =
        lao || khmer ? syllableStarts(body, start, runEnd) : thaiBoundaries(text, start, runEnd);
      const bodies = { body, vowelBody };
      const read = (ends: ReadonlySet<number>): Candidate | undefined => {
        const entry = namesProvince(category)
          ? longestReading(text, bodies, start, runEnd, ends, index, pick)
          : undefined;
        if (entry !== undefined)
          return candidate(text, affixes, at, start, entry.end, [entry.found], category);
        // A district, a commune or a ward (or a city that is no province): a locality, which must meet a
        // province the article names unless it is the one district-level unit of its name.
        const local = longestReading(text, bodies, start, runEnd, ends, locals, pickLocal);
        return local && candidate(text, affixes, at, start, local.end, local.found, category, true);
      };
      // Only where the segmenter's own boundaries read nothing: a name whose last letter it gave to the Thai
      // word after it ends where that word starts.
      const found =
        read(boundaries) ??
        (lao || khmer
          ? undefined
          : read(new Set([...boundaries, ...thaiGluedWordStarts(text, start, runEnd, boundaries)])));
      if (found !== undefined) out.push(found);
    }
  }
  out.push(...datelineReadings(text, { body, vowelBody }, index, [...taken, ...out]));
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A wire's dateline names its place bare, with no type word: "คอนตูม : รถบัส…" (Kon Tum). A Thai run that
 * opens a line and is a whole name by its key, the punctuation of a dateline right after it, is that
 * province: the place of a dateline is always a name, so the run needs no type word to say one follows.
 */
function datelineReadings(
  text: string,
  bodies: { body: string; vowelBody: string },
  index: ReadonlyMap<string, Keyed>,
  taken: readonly Candidate[],
): Candidate[] {
  const out: Candidate[] = [];
  const { body } = bodies;
  for (let line = 0; line >= 0 && line < body.length; line = body.indexOf('\n', line) + 1 || -1) {
    let start = line;
    while (body[start] === ' ' || body[start] === '\t') start++;
    if (!THAI_LETTER.test(body[start] ?? '')) continue;
    let end = start;
    while (end < body.length && end - start <= MAX_NAME && /[\u0e01-\u0e4e-]/.test(body[end]!)) end++;
    if (end - start > MAX_NAME || !isDateline(text, start, end + 3, end)) continue;
    if (taken.some((c) => c.start < end && start < c.end)) continue;
    // The whole run, never a part of it: a dateline's name ends where its punctuation begins.
    const entry = longestReading(text, bodies, start, end, new Set(), index, pick);
    if (entry === undefined || entry.end !== end) continue;
    // Nor does a type word say a name comes, so the vowels must fit the name too, as they must where provinces
    // share a key: a consonant key alone fits common words ("ข่าวด่วน", breaking news).
    const vowels = index
      .get(thaiSoundKey(body.slice(start, end)))
      ?.find((k) => k.entry === entry.found)?.vowels;
    if (!vowels?.has(thaiVowelKey(bodies.vowelBody.slice(start, end)))) continue;
    out.push({ ...heardCandidate(start, end, [entry.found], 'any', false), dateline: true });
  }
  return out;
}

/**
 * The longest name from `start` to a boundary (or `runEnd`) whose key `choose` reads in `keys` (a province by
 * `pick`, the localities of a key by `pickLocal`): keyed in `body` (Thai letters; vowels in `vowelBody`), its
 * last word checked in `text` (as written).
 */
function longestReading<T>(
  text: string,
  { body, vowelBody }: { body: string; vowelBody: string },
  start: number,
  runEnd: number,
  boundaries: ReadonlySet<number>,
  keys: ReadonlyMap<string, Keyed>,
  choose: (list: Keyed | undefined, vowelText: string, part: boolean) => T | undefined,
): { found: T; end: number } | undefined {
  for (let end = runEnd; end > start + 2; end--) {
    if (end !== runEnd && !boundaries.has(end)) continue;
    const written = text.slice(start, end);
    if (NEVER_LAST.some((w) => written.length > w.length && written.endsWith(w))) continue;
    const key = thaiSoundKey(body.slice(start, end));
    const found = choose(
      keys.get(key),
      vowelBody.slice(start, end),
      end !== runEnd && key.length <= SHORT_KEY,
    );
    if (found !== undefined) return { found, end };
  }
  return undefined;
}

/**
 * Where a syllable may start in (start, end): a leading vowel, or a consonant after no leading vowel and no
 * phinthu (Khmer's coeng) that a vowel sign, a phinthu, อ or ว follows (tone marks skipped); a consonant
 * another consonant follows closes a syllable ("ບາ|ນ" is not where a name ends).
 */
function syllableStarts(body: string, start: number, end: number): ReadonlySet<number> {
  const out = new Set<number>();
  const leading = (u: number): boolean => u >= 0x0e40 && u <= 0x0e44;
  for (let k = start + 1; k < end; k++) {
    const c = body.charCodeAt(k);
    if (leading(c) && !leading(body.charCodeAt(k - 1))) {
      out.add(k);
      continue;
    }
    const before = body.charCodeAt(k - 1);
    if (c < 0x0e01 || c > 0x0e2e || leading(before) || before === 0x0e3a) continue;
    let next = k + 1;
    while (next < body.length && /[\u0e48-\u0e4b]/.test(body[next]!)) next++;
    const after = body.charCodeAt(next);
    const vowel = (after >= 0x0e30 && after <= 0x0e3a) || after === 0x0e47;
    if (vowel || after === 0x0e2d || after === 0x0e27) out.add(k);
  }
  return out;
}

function candidate(
  body: string,
  affixes: Affixes,
  typeAt: number,
  start: number,
  end: number,
  entries: readonly PlaceEntry[],
  category: PlaceCategory,
  local = false,
): Candidate {
  const lone = local ? loneDistrict(entries, category) : undefined;
  return {
    ...heardCandidate(start, end, entries, category, local),
    ...(lone ? { alone: lone } : {}),
    ...roleFields(affixRoles(body, typeAt, end, affixes)),
  };
}
