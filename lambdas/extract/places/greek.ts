/**
 * Provinces and big cities written in Greek ("Κουάνγκ Νιν", "Χο Τσι Μινχ", "Ντα Νανγκ", "Ανόι"): Greek outlets
 * transcribe Vietnamese names by ear, as Cyrillic ones do, and Greek letters stand for the same sounds as
 * Cyrillic ones once their digraphs are read (ντ d, μπ b, γκ g, νγκ ng, τσ ch, ου u, αι ai, γι before a vowel
 * gi). A run of one to three capitalized Greek words is written in Cyrillic letter for letter and read by the
 * Cyrillic variant key (cyrillic.ts, phonetic-cyrillic.ts): after a type word of the lexicon ("επαρχίας",
 * "πόλης") a short key is enough, bare a long one. Greek has no h: a name opening on a vowel may have lost
 * Vietnamese h ("Ανόι" Hà Nội), so it is read with х before it too.
 *
 * Districts and communes ("περιοχή Ταμ Ντάο", "κοινότητα Μουόνγκ Λατ") are read as Cyrillic ones after their type
 * word are (match.ts): the same Cyrillic letters, by the locality sound key (phonetic.ts), and must meet a
 * province the article names. Greek writes from the Latin spelling, where Russian writes from the sound: ντ is
 * d or đ (Russian з or д), γι before a vowel y or gi (й or з); every reading of those letters is tried.
 */
import type { Gazetteer, PlaceEntry } from './gazetteer.js';
import type { Affixes, PlaceCategory } from './lexicon.js';
import { isDateline } from './dateline.js';
import type { Candidate } from './match.js';
import { heardCandidate } from './heard.js';
import { heardCyrillicName, isCyrillicPersonName } from './cyrillic.js';
import { loneDistrict } from './lone-district.js';
import { cyrillicSoundKey } from './phonetic.js';
import { cyrillicNameKey } from './phonetic-cyrillic.js';
import { affixRoles, roleFields } from './scripts.js';

const MAX_WORDS = 3;
/** Fewest letters of a one-word key read bare: one fewer than cyrillic.ts asks, as Greek writes no h ("Ανόι"). */
const MIN_BARE_WORD_KEY = 5;

/** Greek digraphs with their Cyrillic letters, longest first. */
const DIGRAPHS: readonly [string, string][] = [
  ['νγκ', 'нг'],
  ['γγ', 'нг'],
  ['γκ', 'г'],
  ['ντ', 'д'],
  ['μπ', 'б'],
  ['τσ', 'ч'],
  ['τζ', 'дж'],
  ['τχ', 'тх'],
  ['ου', 'у'],
  ['αι', 'ай'],
  ['ει', 'и'],
  ['οι', 'ой'],
];

const LETTERS: Readonly<Record<string, string>> = {
  α: 'а',
  β: 'в',
  γ: 'г',
  δ: 'д',
  ε: 'е',
  ζ: 'з',
  η: 'и',
  θ: 'т',
  ι: 'и',
  κ: 'к',
  λ: 'л',
  μ: 'м',
  ν: 'н',
  ξ: 'кс',
  ο: 'о',
  π: 'п',
  ρ: 'р',
  σ: 'с',
  ς: 'с',
  τ: 'т',
  υ: 'и',
  φ: 'ф',
  χ: 'х',
  ψ: 'пс',
  ω: 'о',
};

const VOWEL = /[αεηιουω]/;

/**
 * One Greek word in Cyrillic letters, lower case; null when a letter is not Greek. An accent on the first vowel of
 * αι, ει, οι, ου or a diaeresis on the second parts them ("Νάι" na-i, "Χαϊφόνγκ"): both are read as two letters.
 */
export function greekAsCyrillic(word: string): string | null {
  const nfd = word.toLowerCase().normalize('NFD');
  // Letters with, for each, whether an acute accent or a diaeresis follows it.
  const letters: { c: string; acute: boolean; diaeresis: boolean }[] = [];
  for (const ch of nfd) {
    if (ch === '\u0301') letters[letters.length - 1]!.acute = true;
    else if (ch === '\u0308') letters[letters.length - 1]!.diaeresis = true;
    else letters.push({ c: ch, acute: false, diaeresis: false });
  }
  let out = '';
  for (let k = 0; k < letters.length; k++) {
    const two = letters[k]!.c + (letters[k + 1]?.c ?? '');
    const three = two + (letters[k + 2]?.c ?? '');
    const digraph = DIGRAPHS.find(([from]) => from === three || from === two);
    const parted = digraph && VOWEL.test(two[0]!) && (letters[k]!.acute || letters[k + 1]!.diaeresis);
    if (digraph && !parted) {
      out += digraph[1];
      k += digraph[0].length - 1;
      continue;
    }
    // γι before a vowel is Vietnamese gi ("Για Λάι"), as ги is in Cyrillic.
    if (two === 'γι' && VOWEL.test(letters[k + 2]?.c ?? '')) {
      out += 'ги';
      k++;
      continue;
    }
    const mapped = LETTERS[letters[k]!.c];
    if (mapped === undefined) return null;
    out += mapped;
  }
  return out;
}

/** Type words of the units read by the locality key: a city of the curated list is read above. */
const LOCAL_TYPES: ReadonlySet<PlaceCategory> = new Set([
  'district',
  'town',
  'township',
  'commune',
  'ward',
  'city',
]);
/** Fewest letters of a locality's key: a shorter one names a commune in most provinces. */
const MIN_LOCAL_KEY = 4;

/**
 * Locality keys of a name in Greek words: each Cyrillic spelling of the Greek letters whose Vietnamese letter is
 * ambiguous (ντ, γι before a vowel), read by phonetic.ts's Cyrillic sound key.
 */
function greekLocalityKeys(words: readonly string[]): string[] {
  let forms = [''];
  for (const [k, word] of words.entries()) {
    const cyrillic = greekAsCyrillic(word);
    if (cyrillic === null) return [];
    const sep = k === 0 ? '' : ' ';
    const nt = /ντ/i.test(word) ? [cyrillic, cyrillic.replaceAll('д', 'з')] : [cyrillic];
    const read = nt.flatMap((w) => (/ги[аеиоу]/.test(w) ? [w, w.replace(/ги(?=[аеиоу])/g, 'й')] : [w]));
    forms = forms.flatMap((f) => read.map((w) => f + sep + w));
  }
  const keys = forms.map((f) => cyrillicSoundKey(f)).filter((k): k is string => k !== null);
  return [...new Set(keys)].filter((k) => k.length >= MIN_LOCAL_KEY);
}

/** The districts and communes (no province) whose locality key one of the name's Greek readings is. */
function heardLocality(gaz: Gazetteer, words: readonly string[]): PlaceEntry[] {
  const found: PlaceEntry[] = [];
  for (const key of greekLocalityKeys(words))
    for (const e of gaz.bySound().get(key) ?? [])
      if (e.level > 1 && !found.some((x) => x.slug === e.slug && x.province === e.province)) found.push(e);
  return found;
}

/**
 * The capitalized Greek word `prev`, joined to the name after it, is a Vietnamese family or middle name ("ο
 * λοχαγός Βου Ταν Χόα" is a captain Vũ Tân Hòa, not Thanh Hóa), as cyrillic.ts knows them in its letters. Not a
 * word of two letters opening a sentence: "Το", "Τα" are articles there (and Tô, Tạ family names).
 */
function isGreekPersonName(gaz: Gazetteer, body: string, prev: Word): boolean {
  if (!GREEK_CAPITAL.test(prev.text)) return false;
  const opens = /(?:^|[.!?;:\n])\s*$/.test(body.slice(Math.max(0, prev.start - 4), prev.start));
  if (prev.text.length <= 2 && opens) return false;
  const cyrillic = greekAsCyrillic(prev.text);
  return cyrillic !== null && isCyrillicPersonName(gaz, cyrillic);
}

const GREEK_WORD = /[\u0386-\u03ce\u1f00-\u1ffe]+/g;
const GREEK_CAPITAL =
  /^[\u0386\u0388-\u03ab\u1f08-\u1f0f\u1f18-\u1f1d\u1f28-\u1f2f\u1f38-\u1f3f\u1f48-\u1f4d\u1f59-\u1f5f\u1f68-\u1f6f]/;

interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * One reading's candidate: the heard entries under their type word, the roles its affixes give it, and the flags
 * the caller found (a lone district, a dateline). Districts and cities share it with provinces.
 */
function reading(
  body: string,
  affixes: Affixes,
  start: number,
  end: number,
  found: readonly PlaceEntry[],
  category: PlaceCategory,
  mustMeetProvince: boolean,
  flags: Pick<Candidate, 'alone' | 'dateline'>,
): Candidate {
  return {
    ...heardCandidate(start, end, found, category, mustMeetProvince),
    ...roleFields(affixRoles(body, start, end, affixes)),
    ...flags,
  };
}

export function findGreekReadings(
  body: string,
  gaz: Gazetteer,
  affixes: Affixes,
  taken: readonly Candidate[],
): Candidate[] {
  const words: Word[] = [...body.matchAll(GREEK_WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
  const joined = (k: number): boolean => /^[ -]$/.test(body.slice(words[k]!.end, words[k + 1]!.start));
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!GREEK_CAPITAL.test(words[i]!.text)) continue;
    const before = i > 0 && joined(i - 1) ? words[i - 1]!.text.toLowerCase() : '';
    const category: PlaceCategory | undefined = affixes.before.get(before);
    let n = Math.min(MAX_WORDS, words.length - i);
    let found: readonly PlaceEntry[] | undefined;
    let local = false;
    let dateline = false;
    for (; n >= 1 && found === undefined; n--) {
      const span = words.slice(i, i + n);
      if (span.some((w, k) => !GREEK_CAPITAL.test(w.text) || (k > 0 && !joined(i + k - 1)))) continue;
      const start = span[0]!.start;
      const end = span[n - 1]!.end;
      if (taken.some((c) => c.start < end && start < c.end)) continue;
      const cyrillic = span.map((w) => greekAsCyrillic(w.text));
      if (cyrillic.some((w) => w === null)) continue;
      const written = cyrillic.join(' ');
      dateline = isDateline(body, start, words[i + n]?.start ?? body.length, end);
      const typed = category !== undefined || dateline;
      for (const form of /^[аеиоу]/.test(written) ? [written, `х${written}`] : [written]) {
        const long = n === 1 && (cyrillicNameKey(form)?.length ?? 0) >= MIN_BARE_WORD_KEY;
        found = heardCyrillicName(gaz, form, n, typed || long);
        // Bare, a name read with an h Greek did not write is a big city's, which the press names alone ("στο
        // Ανόι"): "Αθήνα" is not Hà Tĩnh.
        if (
          form !== written &&
          !typed &&
          !found?.every((e) => e.level === 1 && gaz.provinces[e.province]!.centrallyRun)
        )
          found = undefined;
        // A city of the curated list (the only localities the Cyrillic index keys) is read beside a city's type
        // word, or written in two words or more, as no Greek phrase spells a Vietnamese name's syllables ("στον
        // κόλπο Χα Λονγκ"); one bare word's key is too coarse.
        if (found?.some((e) => e.level !== 1) && category !== 'city' && n === 1) found = undefined;
        if (found) break;
      }
      // No province or curated city: a district or commune after its type word.
      if (found === undefined && category !== undefined && LOCAL_TYPES.has(category)) {
        const heard = heardLocality(
          gaz,
          span.map((w) => w.text),
        );
        if (heard.length > 0) {
          found = heard;
          local = true;
        }
      }
    }
    if (found === undefined) continue;
    n++;
    const start = words[i]!.start;
    const end = words[i + n - 1]!.end;
    // A name bare right after a family or middle name ends a person's name, not a place's.
    if (category === undefined && i > 0 && joined(i - 1) && isGreekPersonName(gaz, body, words[i - 1]!)) {
      i += n - 1;
      continue;
    }
    if (local && category !== undefined) {
      const alone = loneDistrict(found, category);
      out.push(reading(body, affixes, start, end, found, category, true, alone ? { alone } : {}));
    } else
      out.push(
        reading(
          body,
          affixes,
          start,
          end,
          found,
          category ?? (found.every((e) => e.level !== 1) ? 'city' : 'province'),
          // A curated city in two words or more is read as surely as a province; in one, beside its type word,
          // it must meet a province the article names.
          n === 1 && found.every((e) => e.level !== 1),
          dateline ? { dateline: true } : {},
        ),
      );
    i += n - 1;
  }
  return out;
}
