/**
 * Provinces and big cities written in Cyrillic in whatever transcription the outlet used ("Куанг Нинх",
 * "Бинх Туан", "Гиа Лай", "в Да Нанге"), read by their variant key (phonetic-cyrillic.ts) when the curated
 * spellings (data/names-in-scripts.json) have not matched. Only provinces and the localities the curated list
 * spells in Cyrillic (the cities the Russian press names bare: Нячанг, Далат, Халонг) are keyed: a few dozen
 * names, so a coarse key names no commune by chance.
 */
import type { Gazetteer, PlaceEntry } from './gazetteer.js';
import { cyrillicNameKey, vietnameseCyrillicKeys } from './phonetic-cyrillic.js';

/**
 * Fewest letters of a key read with no type word or force before it. One word needs six: a Russian,
 * Ukrainian or Bulgarian word of five is too often a province's key ("Далай" is Gia Lai's, "Бакан" Bắc Kạn's,
 * "Хатина" Hà Tĩnh's); two capitalized words need four, as no phrase of those languages spells a name's
 * syllables ("Фу Тхо"); the curated spellings read the short one-word names.
 */
const MIN_BARE_KEY = 6;
const MIN_BARE_PHRASE_KEY = 4;
/** Fewest letters of a key after a type word or a force ("провинции Хюе"). */
const MIN_TYPED_KEY = 3;

/** Russian and Ukrainian case endings of a borrowed name, longest first ("Дананге", "Хошиміні", "Ханоя"). */
const ENDINGS = [
  'ові',
  'еві',
  'ом',
  'ем',
  'ём',
  'ой',
  'ей',
  'ою',
  'ею',
  'а',
  'я',
  'у',
  'ю',
  'е',
  'и',
  'ы',
  'і',
  'ї',
];
/** Shortest stem left once an ending is cut. */
const MIN_STEM = 3;
const VOWEL_END = /[аеёиоуыэюяіїє]$/;
const CYRILLIC_KEYED = /[\u0400-\u04ff]/;

interface Index {
  /** Provinces and curated cities by every variant key of their names. */
  readonly names: ReadonlyMap<string, readonly PlaceEntry[]>;
  /** Keys of Vietnamese family and middle names ("Нгуен", "Тхи"): a name right after one is a person's. */
  readonly people: ReadonlySet<string>;
  /**
   * The first one to PREFIX letters of every name key, its i left out (a word's final i may be the glide the
   * name's key drops: Хой Ан, hoan): a word whose key starts otherwise starts no name.
   */
  readonly starts: ReadonlySet<string>;
}

/** Letters of a key's start kept in Index.starts. */
const PREFIX = 3;

function withoutI(key: string): string {
  return key.replaceAll('i', '');
}

const indexes = new WeakMap<Gazetteer, Index>();

function indexOf(gaz: Gazetteer): Index {
  let found = indexes.get(gaz);
  if (found) return found;
  const names = new Map<string, PlaceEntry[]>();
  const add = (e: PlaceEntry): void => {
    for (const key of vietnameseCyrillicKeys(e.name)) {
      const list = names.get(key);
      if (list === undefined) names.set(key, [e]);
      else if (!list.some((x) => x.slug === e.slug && x.province === e.province)) list.push(e);
    }
  };
  for (const [key, list] of gaz.byKey) {
    for (const e of list) {
      // Every province; of the localities, those the curated list spells in Cyrillic.
      if (e.level === 1 || CYRILLIC_KEYED.test(key)) add(e);
    }
  }
  const people = new Set<string>();
  for (const name of [...gaz.familyNames, ...gaz.middleNames])
    for (const key of vietnameseCyrillicKeys(name)) people.add(key);
  const starts = new Set<string>();
  for (const key of names.keys()) {
    const consonantal = withoutI(key);
    for (let n = 1; n <= PREFIX; n++) starts.add(consonantal.slice(0, n));
  }
  found = { names, people, starts };
  indexes.set(gaz, found);
  return found;
}

/** The entries one written form's key names, if the key is long enough. */
function lookUp(index: Index, written: string, minKey: number): readonly PlaceEntry[] | undefined {
  const key = cyrillicNameKey(written);
  if (key === null || key.length < minKey) return undefined;
  return index.names.get(key);
}

/**
 * The provinces or big cities a name of `words` words written in Cyrillic spells, its last word perhaps
 * declined ("из Хошимина", "у Ханої": a stem ending in a vowel lost its й). `typed`: a type word or a force
 * stands before it, so a short key is enough.
 */
export function heardCyrillicName(
  gaz: Gazetteer,
  written: string,
  words: number,
  typed: boolean,
): readonly PlaceEntry[] | undefined {
  const index = indexOf(gaz);
  const minKey = typed ? MIN_TYPED_KEY : words > 1 ? MIN_BARE_PHRASE_KEY : MIN_BARE_KEY;
  const whole = lookUp(index, written, minKey);
  if (whole !== undefined) return whole;
  const lower = written.toLowerCase();
  const lastWord = lower.length - Math.max(lower.lastIndexOf(' '), lower.lastIndexOf('-')) - 1;
  for (const ending of ENDINGS) {
    if (!lower.endsWith(ending) || lastWord - ending.length < MIN_STEM) continue;
    const stem = written.slice(0, -ending.length);
    const found =
      lookUp(index, stem, minKey) ?? (VOWEL_END.test(stem) ? lookUp(index, `${stem}й`, minKey) : undefined);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The first word of a name may start a province's or big city's key: most capitalized words of a Cyrillic text
 * ("Полиция", "Москва") are told to start none from their first letters, before any longer reading is tried.
 */
export function mayStartCyrillicName(gaz: Gazetteer, word: string): boolean {
  const key = cyrillicNameKey(word);
  if (key === null) return false;
  const start = withoutI(key).slice(0, PREFIX);
  return start !== '' && indexOf(gaz).starts.has(start);
}

/** The word is a Vietnamese family or middle name as written in Cyrillic ("Нгуен", "Ван", "Тхи"). */
export function isCyrillicPersonName(gaz: Gazetteer, word: string): boolean {
  const key = cyrillicNameKey(word);
  return key !== null && indexOf(gaz).people.has(key);
}
