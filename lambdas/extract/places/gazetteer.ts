/**
 * The gazetteer as lookup maps, built once per process from the bundled JSON (data/gazetteer.json,
 * data/supplement.json, data/person-syllables.json; see data/SOURCES.md).
 */
import type { ProvinceRef } from '../../shared/article.js';
import type { PlaceMention } from '../types.js';
import gateData from '../data/border-gates.json' with { type: 'json' };
import gazetteerData from '../data/gazetteer.json' with { type: 'json' };
import scriptData from '../data/names-in-scripts.json' with { type: 'json' };
import personData from '../data/person-syllables.json' with { type: 'json' };
import supplementData from '../data/supplement.json' with { type: 'json' };
import { Shape } from '../text/shape.js';
import { thaiKey } from '../text/thai.js';
import { arabicSpellings } from '../text/arabic-spellings.js';
import { devanagariTwins } from './indic.js';
import { spellingKey } from './names.js';
import { vietnameseJapaneseKey, vietnameseKoreanKey, vietnameseSoundKey } from './phonetic.js';

/** Scripts whose transcriptions of Vietnamese names have a sound key (phonetic.ts). */
export type SoundScript = 'cyrillic' | 'hangul' | 'katakana';
import { nameWords } from './tokens.js';

export type PlaceKind = PlaceMention['kind'];

export interface Province {
  readonly index: number;
  readonly slug: string;
  readonly name: string;
  /** Index of the unit it belongs to since 2025-07-01 (itself when unchanged). */
  readonly successor: number;
  /** A centrally-run city (Hà Nội, Hồ Chí Minh...): "city of X" names the province itself. */
  readonly centrallyRun: boolean;
  readonly ref: ProvinceRef;
}

export interface PlaceEntry {
  readonly name: string;
  readonly slug: string;
  readonly kind: PlaceKind;
  readonly province: number;
  /** 1 province, 2 district-level, 3 commune-level. */
  readonly level: 1 | 2 | 3;
  /** A district-level unit named like its province ("Thị xã Quảng Trị"): naming it names the province. */
  readonly namesake: boolean;
  /** A namesake city (Thành phố Lào Cai, the provincial seat): reported as the province, not a locality. */
  readonly seat: boolean;
  /** An international border gate, airport or seaport (data/border-gates.json), never a locality. */
  readonly gate?: GateKind;
  /**
   * A commune or ward of gazetteer.json: the slugs of the districts of its province that hold one of its name
   * and kind (usually one; the entry stands for them all). The story evidence reads a ward and its district
   * named on two copies as one place (lambdas/stories/localities.ts).
   */
  readonly districts?: readonly string[];
}

export interface Gazetteer {
  readonly provinces: readonly Province[];
  readonly bySlug: ReadonlyMap<string, Province>;
  /** Folded words joined by ' ' (and, for provinces and districts, also without spaces: "halong"). */
  readonly byKey: ReadonlyMap<string, readonly PlaceEntry[]>;
  /** First word of every key → the most words a key starting with it has. */
  readonly firstWords: ReadonlyMap<string, number>;
  /** The shapes of the first words: most capitalised words of a text are told to be none without a slice. */
  readonly firstWordShapes: Shape;
  readonly familyNames: ReadonlySet<string>;
  readonly middleNames: ReadonlySet<string>;
  /** Keys of places named after national figures ("ho chi minh"): places only when a type word says so. */
  readonly namesakes: ReadonlySet<string>;
  /**
   * International border gates, airports and seaports by key, apart from byKey: a gate is read only beside a
   * gate's type word ("Lao Bao border gate"), as bare names many are communes elsewhere or ordinary words.
   */
  readonly gates: ReadonlyMap<string, readonly PlaceEntry[]>;
  /**
   * Localities and provinces by their sound key (phonetic.ts): transcriptions no list has ("Нги-Лок"). Built
   * on first use: only text in those scripts asks for it.
   */
  bySound(script?: SoundScript): ReadonlyMap<string, readonly PlaceEntry[]>;
  /** Spelling keys (names.ts) an entry may be written with: its name, and for exonyms their aliases. */
  spellings(entry: PlaceEntry): readonly string[];
  /**
   * Names written in caseless scripts (Han, kana, Hangul, Thai, Arabic, Bengali, Devanagari, Khmer, Tamil:
   * data/names-in-scripts.json), by their first
   * code unit, longest first: found by substring in text that has no spaces (or capitals) to find words by.
   */
  readonly scriptNames: ReadonlyMap<number, readonly ScriptName[]>;
  /**
   * Keys of names-in-scripts.json's word-matched (Cyrillic) names and of supplement.json's one-word spellings of
   * longer names: a whole name even as one word ("Монгкай" joins the syllables of Móng Cái, "Sapa" those of Sa
   * Pa), unlike a single Vietnamese syllable, which is too often something else.
   */
  readonly wholeNames: ReadonlySet<string>;
}

export interface ScriptName {
  /** The name as written (NFC; Thai without its tone-only units, text/thai.ts). */
  readonly text: string;
  readonly entry: PlaceEntry;
}

/**
 * Fewest code units of a name moved from Devanagari to a twin script (indic.ts) to be read bare: a short one
 * ("సా పా", Sa Pa) would open too many words of a text in that script, which glues case endings to names.
 */
const MIN_TWIN_LENGTH = 6;

/** Languages of names-in-scripts.json written in caseless scripts; the others (ru) are matched as words. */
const CASELESS_LANGUAGES = ['zh', 'ja', 'ko', 'th', 'ar', 'bn', 'hi', 'km', 'ta', 'te'] as const;

interface RawScriptNames {
  entries: ({
    province?: string;
    locality?: { name: string; kind: string; province: string };
  } & Partial<Record<(typeof CASELESS_LANGUAGES)[number] | 'ru', string[]>>)[];
}

const KINDS: Record<string, PlaceKind> = {
  d: 'district',
  t: 'town',
  y: 'city',
  c: 'commune',
  w: 'ward',
  s: 'township',
};

interface RawGazetteer {
  p: [string, string, number, number][];
  d: [string, string, number, string][];
}

/** A land border gate, an airport or a seaport. */
export type GateKind = 'land' | 'air' | 'sea';

interface RawGates {
  entries: { name: string; province: string; kind: string; aliases?: string[] }[];
}

interface RawSupplement {
  entries: {
    aliases: string[];
    province?: string;
    locality?: { name: string; kind: string; province: string };
  }[];
}

export function buildGazetteer(
  // Written by scripts/build-gazetteer.ts, which validates it; JSON imports widen tuples to arrays.
  raw: RawGazetteer = gazetteerData as unknown as RawGazetteer,
  supplement: RawSupplement = supplementData as RawSupplement,
  scripts: RawScriptNames = scriptData as RawScriptNames,
  gateList: RawGates = gateData as RawGates,
): Gazetteer {
  const provinces: Province[] = [];
  for (const [i, [slug, name, successor, centrallyRun]] of raw.p.entries()) {
    const succ = raw.p[successor];
    if (!succ) throw new Error(`gazetteer.json: province ${slug} has no successor row ${successor}`);
    provinces.push({
      index: i,
      slug,
      name,
      successor,
      centrallyRun: centrallyRun === 1,
      ref: { name, slug, successor: { name: succ[1], slug: succ[0] } },
    });
  }
  const bySlug = new Map(provinces.map((p) => [p.slug, p]));

  const byKey = new Map<string, PlaceEntry[]>();
  const aliasSpellings = new Map<PlaceEntry, string[]>();
  /** Each commune or ward entry's list of districts, which a namesake of another district joins. */
  const districtLists = new Map<PlaceEntry, string[]>();
  const firstWords = new Map<string, number>();
  /** The longest name, in words, that starts with `first`: phrase matching reads no further. */
  const noteFirstWord = (first: string, count: number): void => {
    const max = firstWords.get(first);
    if (max === undefined || max < count) firstWords.set(first, count);
  };
  const add = (key: string, first: string, count: number, entry: PlaceEntry): void => {
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [entry]);
    else {
      const same = list.find(
        (e) => e.slug === entry.slug && e.province === entry.province && e.kind === entry.kind,
      );
      if (same === undefined) list.push(entry);
      else {
        // A commune of the same name and kind in another district of the province: one entry, both districts.
        const districts = districtLists.get(same);
        for (const d of entry.districts ?? []) if (districts && !districts.includes(d)) districts.push(d);
        // An exonym of a place already listed ("Hanoï" for Hà Nội): the listed entry learns its spellings.
        const extra = aliasSpellings.get(entry);
        if (extra)
          aliasSpellings.set(same, [...(aliasSpellings.get(same) ?? [spellingKey(same.name)]), ...extra]);
      }
    }
    noteFirstWord(first, count);
  };
  const addName = (words: readonly string[], entry: PlaceEntry, joined: boolean): void => {
    const first = words[0];
    // "Phường 1" means nothing without its district.
    if (first === undefined || words.every((w) => w.charCodeAt(0) <= 57)) return;
    add(words.length === 1 ? first : words.join(' '), first, words.length, entry);
    // "Halong", "Hanoi": one-word spellings of well-known multi-word names.
    if (joined && words.length > 1) {
      const one = words.join('');
      add(one, one, 1, entry);
    }
  };

  const provinceKeys = provinces.map((p) => nameWords(p.name).join(' '));
  for (const p of provinces) {
    addName(nameWords(p.name), provinceEntry(p), true);
  }
  for (const [name, code, provinceIndex, communes] of raw.d) {
    const province = provinces[provinceIndex];
    if (!province) throw new Error(`gazetteer.json: district ${name} has no province ${provinceIndex}`);
    const kind = KINDS[code] ?? 'district';
    const words = nameWords(name);
    const namesake = words.join(' ') === provinceKeys[provinceIndex];
    const seat = namesake && kind === 'city';
    const slug = words.join('-');
    addName(words, { name, slug, kind, province: provinceIndex, level: 2, namesake, seat }, true);
    if (communes === '') continue;
    for (const item of communes.split('|')) {
      const communeName = item.slice(1);
      const communeWords = nameWords(communeName);
      const districts = [slug];
      const entry: PlaceEntry = {
        name: communeName,
        slug: communeWords.join('-'),
        kind: KINDS[item[0]!] ?? 'commune',
        province: provinceIndex,
        level: 3,
        namesake: false,
        seat: false,
        districts,
      };
      districtLists.set(entry, districts);
      addName(communeWords, entry, false);
    }
  }
  const wholeNames = new Set<string>();
  for (const s of supplement.entries) {
    const entry = supplementEntry(s, bySlug, 'supplement.json');
    aliasSpellings.set(entry, [spellingKey(entry.name), ...s.aliases.map(spellingKey)]);
    const several = nameWords(entry.name).length > 1;
    for (const alias of s.aliases) {
      const words = nameWords(alias);
      addName(words, entry, false);
      // A curated one-word spelling of a longer name ("Dalat") is that name, not a stray syllable.
      if (several && words.length === 1) wholeNames.add(words[0]!);
    }
  }

  const gates = new Map<string, PlaceEntry[]>();
  for (const g of gateList.entries) {
    const province = bySlug.get(g.province);
    if (!province) throw new Error(`border-gates.json: unknown province "${g.province}"`);
    const words = nameWords(g.name);
    const entry: PlaceEntry = {
      name: g.name,
      slug: words.join('-'),
      kind: 'locality',
      province: province.index,
      level: 2,
      namesake: false,
      seat: false,
      gate: gateKind(g.kind),
    };
    aliasSpellings.set(entry, [spellingKey(g.name), ...(g.aliases ?? []).map(spellingKey)]);
    for (const name of [g.name, ...(g.aliases ?? [])]) {
      const key = nameWords(name);
      const list = gates.get(key.join(' '));
      // One name may be a land gate and a seaport of the same province (Đà Nẵng): one entry is enough.
      if (list?.some((e) => e.province === entry.province)) continue;
      if (list) list.push(entry);
      else gates.set(key.join(' '), [entry]);
      noteFirstWord(key[0]!, key.length);
    }
  }

  const scriptLists = new Map<number, ScriptName[]>();
  for (const s of scripts.entries) {
    const entry = supplementEntry(s, bySlug, 'names-in-scripts.json');
    // Cyrillic names have case and spaces: they are words like any other.
    const cyrillic = s.ru ?? [];
    if (cyrillic.length > 0) {
      aliasSpellings.set(entry, [spellingKey(entry.name), ...cyrillic.map(spellingKey)]);
      for (const alias of cyrillic) {
        addName(nameWords(alias), entry, false);
        wholeNames.add(nameWords(alias).join(' '));
      }
    }
    for (const language of CASELESS_LANGUAGES) {
      for (const raw of s[language] ?? []) {
        // Thai names are keyed without the units that only mark tones, as spellings vary there.
        const text = language === 'th' ? thaiKey(raw.normalize('NFC')) : raw.normalize('NFC');
        // An Arabic form stands for the spellings the Arabic, Persian and Urdu press derive from it; a Devanagari
        // form for its twins in the Indic scripts laid out as Devanagari (indic.ts), long enough to be read bare.
        const spellings =
          language === 'ar'
            ? arabicSpellings(text)
            : language === 'hi'
              ? [text, ...devanagariTwins(text).filter((t) => t.length >= MIN_TWIN_LENGTH)]
              : [text];
        for (const spelt of spellings) {
          const first = spelt.charCodeAt(0);
          const list = scriptLists.get(first);
          if (list?.some((known) => known.text === spelt && known.entry === entry)) continue;
          if (list) list.push({ text: spelt, entry });
          else scriptLists.set(first, [{ text: spelt, entry }]);
        }
      }
    }
  }
  for (const list of scriptLists.values()) list.sort((a, b) => b.text.length - a.text.length);

  const firstWordShapes = new Shape();
  for (const word of firstWords.keys()) firstWordShapes.add(word);

  const sounds = new Map<SoundScript, Map<string, PlaceEntry[]>>();
  return {
    provinces,
    bySlug,
    byKey,
    firstWords,
    firstWordShapes,
    scriptNames: scriptLists,
    gates,
    bySound: (script = 'cyrillic') => {
      let index = sounds.get(script);
      if (!index) {
        const keyOf =
          script === 'hangul'
            ? vietnameseKoreanKey
            : script === 'katakana'
              ? vietnameseJapaneseKey
              : vietnameseSoundKey;
        index = soundIndex(byKey, keyOf);
        sounds.set(script, index);
      }
      return index;
    },
    wholeNames,
    familyNames: new Set(personData.family),
    middleNames: new Set(personData.middle),
    namesakes: new Set(personData.namesakes),
    // Computed on demand: only names written with diacritics need it.
    spellings: (entry) => {
      let list = aliasSpellings.get(entry);
      if (list === undefined) {
        list = [spellingKey(entry.name)];
        aliasSpellings.set(entry, list);
      }
      return list;
    },
  };
}

/** Every entry once, under the sound key of its name (the same entry is listed under several spellings). */
function soundIndex(
  byKey: ReadonlyMap<string, readonly PlaceEntry[]>,
  keyOf: (name: string) => string,
): Map<string, PlaceEntry[]> {
  const out = new Map<string, PlaceEntry[]>();
  const seen = new Set<PlaceEntry>();
  for (const list of byKey.values()) {
    for (const e of list) {
      if (seen.has(e)) continue;
      seen.add(e);
      const key = keyOf(e.name);
      // Two letters say nothing ("Ea", "An").
      if (key.length < 4) continue;
      const same = out.get(key);
      if (same) same.push(e);
      else out.set(key, [e]);
    }
  }
  return out;
}

let instance: Gazetteer | undefined;

/** The process-wide gazetteer, built on first use. */
export function gazetteer(): Gazetteer {
  instance ??= buildGazetteer();
  return instance;
}

/** The entry a curated alias stands for: a province (pre- or post-2025 slug) or a named locality. */
function supplementEntry(
  s: { province?: string; locality?: { name: string; kind: string; province: string } },
  bySlug: ReadonlyMap<string, Province>,
  file: string,
): PlaceEntry {
  if (s.province !== undefined) {
    const p = bySlug.get(s.province);
    if (!p) throw new Error(`${file}: unknown province "${s.province}"`);
    return provinceEntry(p);
  }
  if (s.locality !== undefined) {
    const p = bySlug.get(s.locality.province);
    if (!p) throw new Error(`${file}: unknown province "${s.locality.province}"`);
    const kind = (Object.values(KINDS) as string[]).includes(s.locality.kind)
      ? (s.locality.kind as PlaceKind)
      : 'locality';
    const name = s.locality.name;
    return {
      name,
      slug: nameWords(name).join('-'),
      kind,
      province: p.index,
      level: 2,
      namesake: false,
      seat: false,
    };
  }
  throw new Error(`${file}: an entry names no province or locality`);
}

function gateKind(kind: string): GateKind {
  if (kind === 'land' || kind === 'air' || kind === 'sea') return kind;
  throw new Error(`border-gates.json: unknown kind "${kind}"`);
}

/** A province-level name in the lookup maps (its official name, or an exonym pointing to it). */
function provinceEntry(p: Province): PlaceEntry {
  return {
    name: p.name,
    slug: p.slug,
    kind: 'province',
    province: p.index,
    level: 1,
    namesake: false,
    seat: false,
  };
}
