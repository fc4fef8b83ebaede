/**
 * Places written in Arabic script (Arabic, Persian, Urdu) that the curated list (data/names-in-scripts.json)
 * does not spell, read by their consonant key (phonetic-arabic.ts): one to three words, after a type word of the
 * lexicon ("استان کوانگ نین", "مقاطعة تاي نينه", "صوبہ ہا تین"), before one ("ہا تین صوبے میں"), in a dateline ("ہنوئی –"), or bare when the
 * key is long enough to name a province by itself ("هوشی‌مین", "بینه دونگ"). A transcription writes every
 * syllable with a vowel letter and few consonants: an Arabic word without a vowel letter, or with more than
 * three consonants in one syllable-word, is no name's.
 */
import type { Gazetteer, PlaceEntry } from './gazetteer.js';
import type { Affixes, PlaceCategory } from './lexicon.js';
import { isDateline } from './dateline.js';
import type { Candidate } from './match.js';
import { heardCandidate } from './heard.js';
import { loneDistrict } from './lone-district.js';
import {
  arabicSoundKey,
  hasVowelLetter,
  isArabicWordUnit,
  unwrittenVowels,
  vietnameseArabicKeys,
} from './phonetic-arabic.js';
import { affixRoles, roleFields } from './scripts.js';
import { boundedMemo } from '../text/memo.js';
import { ARABIC_PROCLITICS } from '../text/arabic-article.js';
import { soundIndex, type SoundIndex } from './sound-index.js';

/**
 * Most words of a name: four, for Bà Rịa–Vũng Tàu, which Urdu writes in four ("با ریا ونگ تاؤ") as no curated
 * form spells it.
 */
const MAX_WORDS = 4;
/**
 * Fewest consonants of a province's key after or before a type word ("استان لائو کای", "شهر هانوئی"), and of a
 * locality's (thousands of communes share short keys).
 */
const MIN_TYPED_KEY = 2;
const MIN_LOCAL_KEY = 3;
/** Fewest consonants of a key read bare: of a phrase of words, of one word. */
const MIN_BARE_PHRASE_KEY = 4;
const MIN_BARE_WORD_KEY = 5;
/**
 * Fewest consonants of a phrase of two words or more read bare right before a postposition of place ("ہا تین
 * میں", in Hà Tĩnh; "تھانہ ہوا کے", of Thanh Hóa): the postposition says a noun ends there, as a type word would.
 */
const MIN_POSTPOSED_KEY = 3;
/** Most consonants one word of a transcription writes (a syllable, or two glued by ZWNJ: "هوشی‌مین"). */
const MAX_WORD_KEY = 3;

const indexes = new WeakMap<Gazetteer, SoundIndex>();

/** Gates are no places a transcription names: they have no key here. */
function indexOf(gaz: Gazetteer): SoundIndex {
  let found = indexes.get(gaz);
  if (!found) {
    found = soundIndex(gaz, (e) => (e.gate === undefined ? vietnameseArabicKeys(e.name) : []));
    indexes.set(gaz, found);
  }
  return found;
}

interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * What parts two words of one phrase: a space or hyphen, or a quotation mark beside a space (Persian and Arabic
 * outlets quote a foreign name after its type word: "استان «هوا بین»", "مقاطعة “لاو كاي”").
 */
const JOINING_GAP = /^(?: |-| - | ?[«»“”„"] ?)$/u;

/** The Arabic-script words of the body, in order, with whether a joining gap alone parts each from the next. */
function wordsOf(body: string): { words: Word[]; joined: boolean[] } {
  const words: Word[] = [];
  const joined: boolean[] = [];
  let k = 0;
  while (k < body.length) {
    if (!isArabicWordUnit(body.charCodeAt(k))) {
      k++;
      continue;
    }
    const start = k;
    while (k < body.length && isArabicWordUnit(body.charCodeAt(k))) k++;
    const gap = body.slice(words.length > 0 ? words[words.length - 1]!.end : start, start);
    if (words.length > 0) joined.push(JOINING_GAP.test(gap));
    words.push({ start, end: k, text: body.slice(start, k) });
  }
  return { words, joined };
}

/** The type word's category, as written or after a one-letter prefix ("بمقاطعة", "ومدينة"). */
function typeOf(types: ReadonlyMap<string, PlaceCategory>, word: string): PlaceCategory | undefined {
  const own = types.get(word);
  if (own !== undefined || word.length < 3 || !ARABIC_PROCLITICS.has(word[0]!)) return own;
  return types.get(word.slice(1));
}

/**
 * Whether a word could be one of a transcription's: a vowel letter, few consonants per ZWNJ part. Remembered
 * (boundedMemo), as the keys of the phrases read (soundKeyOf): readSpan reads each word in up to eight spans
 * (one to four words, as a province and as a locality), and computing the same words' keys again was most of
 * the Arabic-script articles' time in places (7.8 % of a pass over the real tuning set).
 */
const mayTranscribe = boundedMemo((word: string): boolean => {
  if (!hasVowelLetter(word)) return false;
  return word.split('\u200c').every((part) => (arabicSoundKey(part)?.length ?? 0) <= MAX_WORD_KEY);
});

const soundKeyOf = boundedMemo(arabicSoundKey);

/** The lexicon's words that are no syllable of a name, as a set: readSpan asks about every word it reads. */
const notPlaceSets = new WeakMap<Affixes, ReadonlySet<string>>();
function notPlacesOf(affixes: Affixes): ReadonlySet<string> {
  let found = notPlaceSets.get(affixes);
  if (!found) {
    found = new Set(affixes.notPlaces);
    notPlaceSets.set(affixes, found);
  }
  return found;
}

/**
 * The one province of a key several share whose vowels the spelling writes best (Hà Giang, not Hậu Giang, for
 * "ہا گیانگ": all its vowels are written, one of Hậu Giang's is not); undefined when none or two fit as well.
 */
function byVowels(index: SoundIndex, key: string, written: string): PlaceEntry | undefined {
  const fits = (index.sharedProvinces.get(key) ?? []).flatMap((e) => {
    const missed = unwrittenVowels(written, e.name);
    return missed === undefined ? [] : [{ e, missed }];
  });
  const best = Math.min(...fits.map((f) => f.missed));
  const top = fits.filter((f) => f.missed === best);
  return top.length === 1 ? top[0]!.e : undefined;
}

/** What a key names: a province (a centrally-run city after a city's type word), or else a locality. */
function reading(
  gaz: Gazetteer,
  index: SoundIndex,
  key: string,
  written: string,
  category: PlaceCategory | null,
  local: boolean,
): { province?: PlaceEntry; local?: readonly PlaceEntry[] } | undefined {
  if (!local) {
    const named = index.provinces.get(key) ?? byVowels(index, key, written);
    if (named === undefined) return undefined;
    if (category === null || category === 'province') return { province: named };
    // A centrally-run city is a province named with a city's type word ("مدينة دا نانغ").
    return category === 'city' && gaz.provinces[named.province]!.centrallyRun
      ? { province: named }
      : undefined;
  }
  if (category === null || category === 'province' || key.length < MIN_LOCAL_KEY) return undefined;
  const found = index.localities.get(key);
  return found ? { local: found } : undefined;
}

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly province?: PlaceEntry;
  readonly local?: readonly PlaceEntry[];
  readonly category: PlaceCategory | null;
  /** Opens a line before a dateline's dash ("ہنوئی –"): read as a type word would let it, kept as a dateline. */
  readonly dateline: boolean;
  /** The words read, as written. */
  readonly written: string;
  /**
   * Where the type word written before the name starts, when one is: a home or a force is written before the
   * type word ("يقيم في مقاطعة X", living in X province), as before a name written bare.
   */
  readonly typeFrom?: number;
}

/**
 * Whether a police force is named right beside words i..i+n-1 ("ڈونگ نائی پولیس", the Đồng Nai police; "شرطة هاي
 * دوونغ"): a force is a province's (or a city's), so the words may name a province as after a type word, though
 * each must still look like a transcription's (mayTranscribe) and the key must be a province's.
 */
function namesAForce(
  affixes: Affixes,
  words: readonly Word[],
  joined: readonly boolean[],
  i: number,
  n: number,
): boolean {
  // A word with the Arabic article is the language's own ("شرطة الوقاية", the fire-prevention police), no
  // transcription of a foreign name.
  if (words[i]!.text.startsWith('ال')) return false;
  const after = words[i + n];
  if (after !== undefined && joined[i + n - 1]) {
    if (affixes.subjectAfter.has(after.text)) return true;
    // Or joined to it by a link word ("گیا لائی کی پولیس", the police of Gia Lai): the link is no syllable.
    const force = words[i + n + 1];
    if (
      affixes.subjectLinks.has(after.text) &&
      force !== undefined &&
      joined[i + n] === true &&
      affixes.subjectAfter.has(force.text)
    )
      return true;
  }
  // Before the place, a force word names its place only where the language writes it so (Arabic's construct
  // "شرطة X", Persian's "پلیس X"); a word also written after its place ("X پولیس") is Urdu's, whose "پولیس نے"
  // opens a clause and names no place.
  const before = words[i - 1];
  return (
    before !== undefined &&
    joined[i - 1] === true &&
    affixes.subjectBefore.has(before.text) &&
    !affixes.subjectAfter.has(before.text)
  );
}

/**
 * Whether two or more words each write one closed syllable with its short vowel unwritten: two consonants and no
 * vowel letter ("صوبہ بن ڈنہ", Bình Định; "نن بن صوبے", Ninh Bình), as Urdu writes a short i or u. Read only beside
 * a province's type word, where the whole key (four consonants or more) must be a province's.
 */
function closedSyllables(written: readonly string[]): boolean {
  return written.length >= 2 && written.every((w) => !hasVowelLetter(w) && arabicSoundKey(w)?.length === 2);
}

/** Minimum key length of a reading (module comment). */
function minKey(typed: boolean, words: number, compound: boolean, postposed: boolean): number {
  if (typed) return MIN_TYPED_KEY;
  if (postposed && words > 1) return MIN_POSTPOSED_KEY;
  return words > 1 || compound ? MIN_BARE_PHRASE_KEY : MIN_BARE_WORD_KEY;
}

/**
 * The reading of words i..i+n-1 as a province (`local` false) or a locality (true), or undefined. The first word
 * may carry a prefix ("وهوشی‌مین"): read as written, then without it.
 */
function readSpan(
  gaz: Gazetteer,
  index: SoundIndex,
  affixes: Affixes,
  { words, joined, body: text }: { words: readonly Word[]; joined: readonly boolean[]; body: string },
  i: number,
  n: number,
  local: boolean,
  /** A type word that closes the name read before it ("بیک می ضلع میں"): it opens no other after it. */
  closed: boolean,
  /** The type word of the list the words are a name of, when none stands beside them (listedNames). */
  listed?: PlaceCategory,
): Hit | undefined {
  const span = words.slice(i, i + n);
  if (span.slice(1).some((_, k) => !joined[i + k])) return undefined;
  const typeBefore =
    i > 0 && joined[i - 1] && !closed ? typeOf(affixes.before, words[i - 1]!.text) : undefined;
  const typeAfter = joined[i + n - 1] && words[i + n] ? typeOf(affixes.after, words[i + n]!.text) : undefined;
  const category = typeBefore ?? typeAfter ?? listed ?? null;
  const policed = category === null && !local && namesAForce(affixes, words, joined, i, n);
  const postposed =
    category === null &&
    !local &&
    joined[i + n - 1] === true &&
    words[i + n] !== undefined &&
    affixes.placeAfter.has(words[i + n]!.text);
  const first = span[0]!.text;
  const rest = span.slice(1).map((w) => w.text);
  // A word of the language's own ("میں" in, "ایک" one) is no syllable of a name, whatever its consonants.
  const notPlaces = notPlacesOf(affixes);
  if (span.some((w) => notPlaces.has(w.text))) return undefined;
  const forms = [first, ...(ARABIC_PROCLITICS.has(first[0]!) && first.length > 3 ? [first.slice(1)] : [])];
  for (const form of forms) {
    const written = [form, ...rest];
    // Beside a type word a short vowel may go unwritten ("صوبہ بن ڈونگ") and syllables be glued ("مدينة
    // هوتشيمين"); bare, and for a locality, every word writes a vowel letter and few consonants.
    const transcribes =
      category !== null && !local
        ? written.some(hasVowelLetter) || (category === 'province' && closedSyllables(written))
        : written.every(mayTranscribe);
    if (!transcribes) continue;
    const key = soundKeyOf(written.join(' '));
    const dateline = isDateline(text, span[0]!.start, words[i + n]?.start ?? text.length, span[n - 1]!.end);
    const typed = category !== null || dateline || policed;
    if (key === null || key.length < minKey(typed, n, form.includes('\u200c'), postposed)) continue;
    const found = reading(gaz, index, key, written.join(' '), category, local);
    if (found) {
      const start = span[0]!.start + first.length - form.length;
      const typeFrom = typeBefore === undefined ? undefined : words[i - 1]!.start;
      return {
        ...found,
        start,
        end: span[n - 1]!.end,
        category,
        dateline,
        written: written.join(' '),
        ...(typeFrom === undefined ? {} : { typeFrom }),
      };
    }
  }
  return undefined;
}

export function findArabicReadings(
  body: string,
  gaz: Gazetteer,
  affixes: Affixes,
  taken: readonly Candidate[],
): Candidate[] {
  const text = { ...wordsOf(body), body };
  const { words } = text;
  const index = indexOf(gaz);
  const out: Candidate[] = [];
  /** The index of the type word after the last name read, when one closed it (Urdu and Persian write it so). */
  let closedType = -1;
  const overlaps = (start: number, end: number): boolean =>
    taken.some((c) => c.start < end && start < c.end) || out.some((c) => c.start < end && start < c.end);
  for (let i = 0; i < words.length; i++) {
    if (typeOf(affixes.before, words[i]!.text) !== undefined) continue;
    let hit: Hit | undefined;
    let n = 0;
    // A province read from fewer words before a locality from more ("شهر هانوئی اعلام": Hà Nội, then a verb).
    for (const local of [false, true]) {
      for (n = Math.min(MAX_WORDS, words.length - i); n >= 1 && hit === undefined; n--) {
        if (overlaps(words[i]!.start, words[i + n - 1]!.end)) continue;
        hit = readSpan(gaz, index, affixes, text, i, n, local, i - 1 === closedType);
      }
      if (hit) break;
    }
    if (hit === undefined) continue;
    const category = hit.category ?? 'province';
    // A locality standing for its province with none named is read by a loose key (thousands share few
    // consonants): only a spelling whose vowel letters fit the name's too ("منطقة كاي لان", Cái Lân, writes an i
    // that Cao Lãnh, a lone city of the same consonants, has not). Beside a province the article names, the
    // province decides, and spellings by English sound ("مائی" My) stay readable.
    const lone = hit.province
      ? undefined
      : loneDistrict(
          hit.local!.filter((e) => unwrittenVowels(hit.written, e.name) !== undefined),
          category,
        );
    const entries = hit.province ? [hit.province] : hit.local!;
    out.push({
      ...heardCandidate(hit.start, hit.end, entries, category, !hit.province),
      ...(lone ? { alone: lone } : {}),
      ...roleFields(affixRoles(body, hit.typeFrom ?? hit.start, hit.end, affixes)),
      ...(hit.dateline ? { dateline: true } : {}),
    });
    if (hit.province && hit.category === 'province')
      out.push(...listedNames(gaz, index, affixes, text, i, i + n + 1, hit.start, overlaps));
    // n went one below the words read.
    i += n;
    if (words[i + 1] && text.joined[i] && typeOf(affixes.after, words[i + 1]!.text) !== undefined)
      closedType = i + 1;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Most names of one list read beside the one its type word stands by. */
const MAX_LISTED = 6;

/** A comma between two names of a list ("ین بائی، لاؤ کائی"). */
const LIST_COMMA = /^\s*[،,]\s*$/u;

/**
 * The provinces of a list sharing one type word ("ین بائی، لاؤ کائی اور ہا گیانگ صوبوں میں", "مقاطعات لاو كاي
 * وين باي"): from the name read beside the type word (words first..last-1, read from `start`), back over commas
 * and a joiner when the type word follows the list, forward when it opens it, each name read as the type word
 * would let it. A list joins its last name with a joiner ("اور", "و", the Arabic one glued): without one, a comma
 * after a name opens a new clause, and nothing is read.
 */
function listedNames(
  gaz: Gazetteer,
  index: SoundIndex,
  affixes: Affixes,
  text: { words: readonly Word[]; joined: readonly boolean[]; body: string },
  first: number,
  last: number,
  start: number,
  overlaps: (start: number, end: number) => boolean,
): Candidate[] {
  const { words, body } = text;
  const glued = affixes.listJoiners.has('و');
  const isJoiner = (k: number): boolean =>
    words[k] !== undefined && affixes.listJoiners.has(words[k]!.text) && body[words[k]!.end] === ' ';
  const hits: Hit[] = [];
  const read = (from: number, n: number): Hit | undefined => {
    if (from < 0 || from + n > words.length || overlaps(words[from]!.start, words[from + n - 1]!.end))
      return undefined;
    const hit = readSpan(gaz, index, affixes, text, from, n, false, false, 'province');
    return hit?.province ? hit : undefined;
  };
  const typeAfter = last < words.length && typeOf(affixes.after, words[last]!.text) !== undefined;
  if (typeAfter) {
    // Back: the joiner first ("… اور ہا گیانگ صوبوں"), then commas.
    let at = first;
    let joinerSeen = glued && start > words[first]!.start;
    for (let k = 0; k < MAX_LISTED; k++) {
      const gap = at > 0 ? body.slice(words[at - 1]!.end, words[at]!.start) : '';
      let end: number;
      if (k === 0 && joinerSeen && gap === ' ') end = at - 1;
      else if (k === 0 && gap === ' ' && isJoiner(at - 1) && body[words[at - 1]!.start - 1] === ' ') {
        joinerSeen = true;
        end = at - 2;
      } else if (k > 0 && LIST_COMMA.test(gap)) end = at - 1;
      else break;
      if (!joinerSeen) break;
      let hit: Hit | undefined;
      let n = MAX_WORDS;
      for (; n >= 1 && hit === undefined; n--) hit = read(end - n + 1, n);
      if (hit === undefined) break;
      hits.push(hit);
      at = end - n;
    }
  } else {
    // Forward: commas, then the joiner, which ends the list.
    let at = last - 1;
    const found: Hit[] = [];
    for (let k = 0; k < MAX_LISTED; k++) {
      const next = at + 1;
      if (next >= words.length) break;
      const gap = body.slice(words[at]!.end, words[next]!.start);
      let from: number;
      let ends = false;
      if (LIST_COMMA.test(gap)) from = next;
      else if (gap === ' ' && isJoiner(next)) {
        from = next + 1;
        ends = true;
      } else if (gap === ' ' && glued && words[next]!.text.startsWith('و')) {
        from = next;
        ends = true;
      } else break;
      let hit: Hit | undefined;
      let n = MAX_WORDS;
      for (; n >= 1 && hit === undefined; n--) hit = read(from, n);
      if (hit === undefined) break;
      found.push(hit);
      at = from + n;
      if (ends) {
        hits.push(...found);
        break;
      }
    }
  }
  return hits.map((hit) => ({
    ...heardCandidate(hit.start, hit.end, [hit.province!], 'province', false),
    ...roleFields(affixRoles(body, hit.start, hit.end, affixes)),
  }));
}
