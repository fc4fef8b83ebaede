/**
 * Places written in an Indic script (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada,
 * Malayalam) that the curated list (data/names-in-scripts.json) does not spell: the one to three words right
 * before a type word of the lexicon ("बेन त्रे प्रांत", "विन्ह लोंग प्रांत की पुलिस", "डुक थो जिले", "ডং নাই প্রদেশে",
 * "பின் டுவோங் மாகாணத்தில்"), read by their sound key (phonetic-devanagari.ts, through indic.ts), longest first.
 * A type word may carry a case ending glued to it ("प्रांतात", "ప్రావిన్స్‌లో", "ಪ್ರಾಂತ್ಯದಲ್ಲಿ"). Before a province's type word
 * the key names a province (a key two provinces share names neither), before a city's a centrally-run city or a
 * locality, before a local one a locality of a province the article names. The type word says a name is there; the key, which.
 */
import type { Gazetteer, PlaceEntry } from './gazetteer.js';
import type { Affixes, PlaceCategory } from './lexicon.js';
import type { Candidate } from './match.js';
import { heardCandidate } from './heard.js';
import { loneDistrict } from './lone-district.js';
import { indicBlock, isIndicWordUnit } from './indic.js';
import { indicSoundKeys, vietnameseIndicKeys } from './phonetic-devanagari.js';
import { affixRoles, roleFields } from './scripts.js';
import { soundIndex, type SoundIndex } from './sound-index.js';

/** Most words of a name: "बा रिया वुंग ताउ" has four, but its curated form is listed. */
const MAX_WORDS = 3;
/** Fewest letters of a key: a shorter one matches too much. */
const MIN_KEY = 4;

/** Indexes by the plain key and by the coarse one (Tamil). */
const indexes = new WeakMap<Gazetteer, SoundIndex>();
const coarseIndexes = new WeakMap<Gazetteer, SoundIndex>();

function indexesOf(gaz: Gazetteer, coarse: boolean): SoundIndex {
  const cache = coarse ? coarseIndexes : indexes;
  let found = cache.get(gaz);
  if (!found) {
    found = soundIndex(gaz, (e) =>
      vietnameseIndicKeys(e.name, coarse).filter((key) => key.length >= MIN_KEY),
    );
    cache.set(gaz, found);
  }
  return found;
}

function isIndic(text: string): boolean {
  return text.length > 0 && indicBlock(text.charCodeAt(0)) >= 0;
}

/** Type words of the lexicon written in an Indic script, longest first. */
function indicTypeWords(affixes: Affixes): [string, PlaceCategory][] {
  return [...affixes.after]
    .filter(([w, c]) => isIndic(w) && c !== 'gate')
    .sort((a, b) => b[0].length - a[0].length);
}

/** Longest word read, in code units. */
const MAX_WORD = 30;

/**
 * Start offsets of the one to MAX_WORDS Indic words before the type word at `at` (one space between them),
 * nearest first; words of a name part by a space or a hyphen ("बा रिया-वुंग ताउ").
 */
function wordsBefore(body: string, at: number): number[] {
  if (body[at - 1] !== ' ') return [];
  return wordsEndingAt(body, at - 1);
}

/** Most list words between a list's last name and its type word ("உள்ளிட்ட சில", including some). */
const MAX_LIST_ENDS = 2;

/**
 * Where the words of `listEnds` right before the type word at `at` begin (one space before each), or `at` when
 * none is there: the list's last name ends before them.
 */
function beforeListEnds(body: string, at: number, listEnds: ReadonlySet<string>): number {
  let from = at;
  for (let k = 0; k < MAX_LIST_ENDS && listEnds.size > 0 && body[from - 1] === ' '; k++) {
    let start = from - 1;
    while (start > 0 && from - 1 - start < MAX_WORD && isIndicWordUnit(body.charCodeAt(start - 1))) start--;
    if (!listEnds.has(body.slice(start, from - 1))) break;
    from = start;
  }
  return from;
}

/** Start offsets of the one to MAX_WORDS Indic words ending at `stop` (exclusive), nearest first. */
function wordsEndingAt(body: string, end: number): number[] {
  const starts: number[] = [];
  let stop = end;
  while (starts.length < MAX_WORDS) {
    let start = stop;
    while (start > 0 && stop - start < MAX_WORD && isIndicWordUnit(body.charCodeAt(start - 1))) start--;
    if (start === stop) break;
    starts.push(start);
    if (body[start - 1] !== ' ' && body[start - 1] !== '-') break;
    stop = start - 1;
  }
  return starts;
}

/**
 * What the first of `keys` that names anything names before a type word of `category`: a province before a
 * province's type word, a centrally-run city or a locality before a city's, a locality before a local one.
 */
function reading(
  gaz: Gazetteer,
  index: SoundIndex,
  keys: readonly string[],
  category: PlaceCategory,
): { province?: PlaceEntry; local?: readonly PlaceEntry[] } | undefined {
  for (const key of keys) {
    // A centrally-run city is a province named with a city's type word ("डा नांग शहर").
    const named = index.provinces.get(key);
    const province =
      category === 'province' || (category === 'city' && named && gaz.provinces[named.province]!.centrallyRun)
        ? named
        : undefined;
    if (province) return { province };
    const local = category === 'province' ? undefined : index.localities.get(key);
    if (local) return { local };
  }
  return undefined;
}

export function findDevanagariReadings(
  body: string,
  gaz: Gazetteer,
  affixes: Affixes,
  taken: readonly Candidate[],
): Candidate[] {
  const types = indicTypeWords(affixes);
  if (types.length === 0) return [];
  const out: Candidate[] = [];
  for (const [word, category] of types) {
    for (let at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + 1)) {
      // The type word starts a word; a case ending may follow it, glued ("प्रांतात", "প্রদেশে"). A list's word
      // may part it from the last name ("… கியா லாய் ஆகிய மாகாணங்களில்").
      const nameAt = beforeListEnds(body, at, affixes.listEnds);
      const end = nameAt - 1;
      const named = taken.find((c) => c.end >= end - 1 && c.end <= at);
      if (named !== undefined || out.some((c) => c.end === end)) {
        // A list's last name the curated spellings read ("… এবং হ্যানয় প্রদেশে"): its list is still read here.
        if (named?.entries.some((e) => e.kind === 'province') === true && category === 'province') {
          const roles = { subject: named.subject, residence: named.residence, movement: named.movement };
          out.push(...listedBefore(body, named.start, gaz, affixes, [...taken, ...out], roles));
        }
        continue;
      }
      for (const start of wordsBefore(body, nameAt).reverse()) {
        if (taken.some((c) => c.start < end && start < c.end)) continue;
        const { keys, coarse } = indicSoundKeys(body.slice(start, end));
        const found = reading(gaz, indexesOf(gaz, coarse), keys, category);
        if (found === undefined) continue;
        const { province, local } = found;
        const lone = province ? undefined : loneDistrict(local!, category);
        const roles = roleFields(affixRoles(body, start, at + word.length, affixes));
        out.push({
          ...heardCandidate(start, end, province ? [province] : local!, category, province === undefined),
          ...(lone ? { alone: lone } : {}),
          ...roles,
        });
        if (province && category === 'province')
          out.push(...listedBefore(body, start, gaz, affixes, [...taken, ...out], roles));
        break;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A comma, or a joiner word between spaces, before a name of a list: where the name before it ends. */
function listGapStart(body: string, start: number, joiners: ReadonlySet<string>): number | undefined {
  const comma = /[,،]\s*$/.exec(body.slice(Math.max(0, start - 3), start));
  if (comma) return start - comma[0].length;
  if (body[start - 1] !== ' ') return undefined;
  for (const j of joiners) {
    const at = start - 1 - j.length;
    if (at > 0 && body[at - 1] === ' ' && body.slice(at, start - 1) === j) return at - 1;
  }
  return undefined;
}

/** Most names of one list read before the one its type word follows. */
const MAX_LISTED = 6;

/**
 * The provinces of a list sharing the type word after its last name ("ভিন ফুক, হোয়া বিন এবং হ্যানয় প্রদেশে"):
 * walking back over commas and the lexicon's joiners from the last name's start, each name read by a
 * province's key; the first run that names none ends the list. They take the last name's roles.
 */
function listedBefore(
  body: string,
  start: number,
  gaz: Gazetteer,
  affixes: Affixes,
  taken: readonly Candidate[],
  roles: Pick<Candidate, 'subject' | 'residence' | 'movement'>,
): Candidate[] {
  const out: Candidate[] = [];
  let next = start;
  while (out.length < MAX_LISTED) {
    const end = listGapStart(body, next, affixes.listJoiners);
    if (end === undefined) break;
    // A name of the list the curated spellings read: the list goes on before it.
    const curated = taken.find((c) => c.end === end && c.entries.some((e) => e.kind === 'province'));
    if (curated !== undefined) {
      next = curated.start;
      continue;
    }
    let found: Candidate | undefined;
    for (const from of wordsEndingAt(body, end).reverse()) {
      if (taken.some((c) => c.start < end && from < c.end)) break;
      const { keys, coarse } = indicSoundKeys(body.slice(from, end));
      const province = keys.map((k) => indexesOf(gaz, coarse).provinces.get(k)).find((p) => p);
      if (province === undefined) continue;
      found = { ...heardCandidate(from, end, [province], 'province', false), ...roles };
      break;
    }
    if (found === undefined) break;
    out.push(found);
    next = found.start;
  }
  return out;
}
