/**
 * Finds place-name candidates in one linear pass: tokenize once, then at each capitalized word look up the
 * 1..n-word keys starting there (longest first) in the gazetteer map, and read the type words and subject
 * phrases around a hit from the language's phrase tables. No resolution here: see resolve.ts.
 */
import type { Gazetteer, PlaceEntry } from './gazetteer.js';
import type { CompiledPlacesLexicon, PhraseTable, PlaceCategory } from './lexicon.js';
import { isLetterUnit } from '../text/chars.js';
import { fold } from '../text/fold.js';
import { QUOTATION_MARKS, closingMarks, openingMarks } from '../text/quotation-marks.js';
import { heardCyrillicName, isCyrillicPersonName, mayStartCyrillicName } from './cyrillic.js';
import { datedDateline, isDateline } from './dateline.js';
import { loneDistrict } from './lone-district.js';
import { mayBeMisspelt, misspeltProvince, unitPair } from './misspelt.js';
import { transliterate } from '../text/transliterate.js';
import { spellingKey } from './names.js';
import { cyrillicSoundKey } from './phonetic.js';
import { keyOf, type Tokens } from './tokens.js';
import { localOnly, unreadNamedAgain } from './named-once.js';

export interface Candidate {
  /** Offsets of the name in the body (end exclusive). */
  readonly start: number;
  readonly end: number;
  /** Number of words in the name. */
  readonly words: number;
  readonly entries: readonly PlaceEntry[];
  /** Category of the administrative type word around the name, if any. */
  readonly category: PlaceCategory | null;
  /** A subject phrase ("police de", "Công an tỉnh") introduces it. */
  readonly subject: boolean;
  /** Right after a Vietnamese family or middle name: likely part of a person's name. */
  readonly afterPersonName: boolean;
  /**
   * Its first word is a common Vietnamese family name ("Trần Phú", "Lê Lợi" are people and streets too), or a
   * middle name with a further capitalized word right after the name ("Van Phu Chinh", a man, not Vạn Phú).
   */
  readonly startsWithFamilyName: boolean;
  /** Named after a national figure ("Hồ Chí Minh"): bare, it is the person, an ideology or a street. */
  readonly figure: boolean;
  /**
   * A person's address or origin: after a residence phrase ("trú tại xã A"), or next in the address it
   * opens ("trú tại xã A, huyện B, tỉnh Y"). Absent: no (candidates found by other readers).
   */
  readonly residence?: boolean;
  /** A point of reference after "north of", "near" (PlacesLexicon.referenceBefore). Absent: no. */
  readonly reference?: boolean;
  /**
   * Read by sound or by character readings (phonetic.ts, han.ts): a coarse key, kept only for a province the
   * article names itself. Absent: no.
   */
  readonly needsContext?: boolean;
  /**
   * Read by a coarse key after a district's, a town's or a city's type word, and only one district-level unit
   * has the name: the unit it stands for when no province the article names decides (lone-district.ts).
   */
  readonly alone?: PlaceEntry;
  /** Where someone or something comes from or goes to ("from X", "vers X", "X로"). Absent: no. */
  readonly movement?: boolean;
  /** Opens a line and a dateline follows it ("Hanoi (VNA) –", "Lào Cai, 12/3 -"). Absent: no. */
  readonly dateline?: boolean;
}

/** Words from..to (exclusive) joined by single spaces, as phrase and gazetteer keys are written. */
function phrase(tokens: Tokens, from: number, to: number): string {
  let out = tokens.word(from);
  for (let k = from + 1; k < to; k++) out += ` ${tokens.word(k)}`;
  return out;
}

/**
 * A dash with a space on each side between two words ("Lao Bao - Quang Tri", "Tinh Bien – An Giang"): what
 * stands before it is a name of its own (a gate, a town), with its province after it, not the start of one
 * phrase running on.
 */
const SPACED_DASH = /^\s+[-\u2013\u2014]\s+$/u;

function spacedDash(body: string, end: number, start: number): boolean {
  return SPACED_DASH.test(body.slice(end, start));
}

/**
 * Longest phrase of `table` made of the words ending just before `end` (exclusive), glued to it: walked back
 * word by word through the table's backward trie while the words are glued.
 */
function phraseBefore<T>(
  tokens: Tokens,
  table: PhraseTable<T>,
  end: number,
): { value: T; from: number } | null {
  const { count, glued } = tokens;
  if (end < 1 || (end < count && !glued[end])) return null;
  if (!table.lastShape.mayHoldSlice(tokens.folded, tokens.starts[end - 1]!, tokens.ends[end - 1]!))
    return null;
  let node = table.backward.next.get(tokens.word(end - 1));
  let value: T | undefined;
  let foundFrom = end;
  for (let from = end - 1; node !== undefined; from--) {
    if (node.value !== undefined) {
      value = node.value;
      foundFrom = from;
    }
    if (from === 0 || !glued[from]) break;
    node = node.next.get(tokens.word(from - 1));
  }
  return value === undefined ? null : { value, from: foundFrom };
}

/**
 * Lower-case words that may stand between a type word and its preposition, or between a force and the type
 * word it names: adjectives, which Romance languages put after the noun ("province montagneuse de X",
 * "provincia settentrionale di X") and English before it ("police of the northern mountainous province of
 * X"). Not a word of the phrase tables themselves (a second type word, a preposition) and not a short
 * function word ("et", "and", "e"), so "district et commune de X" stays a commune.
 */
function isAdjectiveSlot(tokens: Tokens, k: number, lex: CompiledPlacesLexicon): boolean {
  if (k < 0 || tokens.capital[k] || !tokens.glued[k + 1]) return false;
  const w = tokens.word(k);
  if (w.length < 4 || /\d/.test(w)) return false;
  return !lex.before.firstWords.has(w) && !lex.before.lastWords.has(w) && !lex.subjectBefore.lastWords.has(w);
}

/**
 * What a lower-case name after a type word (typedLowerCase) names: provinces only, and only a name of two
 * words or more; a district's or commune's name in lower case is too often a pair of the language's words.
 */
function lowerCaseProvinces(entries: readonly PlaceEntry[], words: number): readonly PlaceEntry[] {
  return words < 2 ? [] : entries.filter((e) => e.level === 1);
}

/** Type words after which a name in lower case is still read: a province's or a city's. */
const LOWER_CASE_TYPES: ReadonlySet<PlaceCategory> = new Set(['province', 'city']);

/**
 * A word in lower case right after a province's or city's type word and its preposition ("provincia di quang
 * ninh", "province de son la", "tỉnh quang ninh"): running text and captions drop the capitals (and often the
 * marks) of a name there, and the type word says a place stands there. Anywhere else a lower-case word is the
 * language's own.
 */
function typedLowerCase(tokens: Tokens, lex: CompiledPlacesLexicon, at: number): boolean {
  if (tokens.capital[at] || !tokens.glued[at]) return false;
  const type = phraseBefore(tokens, lex.before, at);
  return type !== null && LOWER_CASE_TYPES.has(type.value);
}

/**
 * The type word before the name (`at`), with up to two adjectives allowed before its last word, the
 * preposition: "province montagneuse de X", "provincia montuosa settentrionale di X".
 */
function findTypeBefore(
  tokens: Tokens,
  lex: CompiledPlacesLexicon,
  at: number,
): { value: PlaceCategory; from: number } | null {
  const direct = phraseBefore(tokens, lex.before, at);
  if (direct !== null || at < 3) return direct;
  const preposition = tokens.word(at - 1);
  // A type word the name follows directly has its adjectives between the two in the languages that put them
  // after the noun ("provincia montană îndepărtată Yen Bai", "kota tengah Da Nang", "huyện miền núi Kỳ Sơn").
  if (!lex.before.lastWords.has(preposition) || lex.before.firstWords.has(preposition))
    return typeBeforeAdjectives(tokens, lex, at);
  // The phrase without its preposition ends right before the adjectives (`end`, exclusive): "province" + "de".
  const typeEndingAt = (end: number): { value: PlaceCategory; from: number } | null => {
    for (let len = Math.min(lex.before.maxWords - 1, end); len >= 1; len--) {
      const from = end - len;
      let glued = true;
      for (let g = from + 1; g <= end && glued; g++) if (!tokens.glued[g]) glued = false;
      if (!glued) continue;
      const value = lex.before.map.get(`${phrase(tokens, from, end)} ${preposition}`);
      if (value !== undefined) return { value, from };
    }
    return null;
  };
  let end = at - 1;
  for (let skip = 1; skip <= 2; skip++) {
    const k = end - 1;
    if (!isAdjectiveSlot(tokens, k, lex)) return null;
    // A region written as a noun with its article ("provincia del nord di X", "província do norte de X"): the
    // short word before it goes with it.
    const link = isLinkWord(tokens, k - 1);
    const found = (link ? typeEndingAt(k - 1) : null) ?? typeEndingAt(k);
    if (found !== null) return found;
    end = link ? k - 1 : k;
  }
  return null;
}

/**
 * The name's own type word before it: not one the name read just before it takes after itself, joined to this
 * one by a preposition ("Le Thuy district of Quang Binh province": "district of" is Le Thuy's, and Quang Binh
 * is the province, not a district of that name).
 */
function ownTypeBefore(
  tokens: Tokens,
  lex: CompiledPlacesLexicon,
  at: number,
  out: readonly Candidate[],
): { value: PlaceCategory; from: number } | null {
  const found = findTypeBefore(tokens, lex, at);
  const prev = out[out.length - 1];
  if (found === null || prev === undefined || found.from < 1) return found;
  if (prev.end !== tokens.ends[found.from - 1] || tokens.glued[found.from] !== 1) return found;
  // The type word is the previous name's when, without the preposition that ends the phrase, it is one written
  // after a name; a type word with no preposition ("уезда X провинции Y") may be either's and stays this one's.
  const after = phraseAfter(tokens, lex.after, found.from);
  return after !== null && after.to < at ? null : found;
}

/** A type word up to two adjectives before the name at `at`, with no preposition between ("provincia montană X"). */
function typeBeforeAdjectives(
  tokens: Tokens,
  lex: CompiledPlacesLexicon,
  at: number,
): { value: PlaceCategory; from: number } | null {
  for (let skip = 1; skip <= 2; skip++) {
    if (!isAdjectiveSlot(tokens, at - skip, lex)) return null;
    const found = phraseBefore(tokens, lex.before, at - skip);
    if (found !== null) return found;
  }
  return null;
}

/** A short lower-case word glued to the next, such as an article fused with its preposition ("del", "do"). */
function isLinkWord(tokens: Tokens, k: number): boolean {
  if (k < 1 || tokens.capital[k] || !tokens.glued[k + 1]) return false;
  const w = tokens.word(k);
  return w.length >= 2 && w.length <= 3 && !/\d/.test(w);
}

/**
 * A compound holding a force stem right before `at` ("Grenzschutzkräfte Ha Giang"), or before one preposition
 * that ends subject phrases ("Grenzschutzkräfte der Provinz X", "Provinzpolizeidirektion von X").
 */
function compoundForce(tokens: Tokens, lex: CompiledPlacesLexicon, at: number): boolean {
  if (lex.subjectStems.length === 0) return false;
  const holds = (k: number): boolean =>
    k >= 0 && tokens.glued[k + 1] === 1 && lex.subjectStems.some((stem) => tokens.word(k).includes(stem));
  if (holds(at - 1)) return true;
  return at >= 2 && lex.subjectBefore.lastWords.has(tokens.word(at - 1)) && holds(at - 2);
}

/** Most words of a force's capitalized name, its prepositions included. */
const FORCE_NAME_WORDS = 8;

/** An article or a short word opening a name ("La", "El", "O", "The"): it ends the name, it is no part of it. */
const OPENING_WORD = 3;

/**
 * A force's name written capitalized, made of the words of the language's subject phrases in an order they do
 * not list, before a preposition that ends one: "La Pubblica Sicurezza di X", "El Departamento Provincial de
 * Policía de X", "O Comando da Guarda de Fronteira Provincial de X". A capitalized word no phrase has makes it
 * part of a larger name ("Ministry of Public Security in Hanoi"), not a force of the place.
 */
function forceName(tokens: Tokens, lex: CompiledPlacesLexicon, at: number): boolean {
  const k = at - 1;
  if (k < 1 || lex.forceWords.size === 0 || !tokens.glued[at] || tokens.capital[k]) return false;
  if (!lex.subjectBefore.lastWords.has(tokens.word(k)) || !lex.forceWords.has(tokens.word(k))) return false;
  let named = 0;
  for (let j = k - 1; j >= 0 && k - j <= FORCE_NAME_WORDS; j--) {
    const w = tokens.word(j);
    if (tokens.capital[j]) {
      if (!lex.forceWords.has(w)) return named > 0 && w.length <= OPENING_WORD;
      named++;
    } else if (!lex.forceWords.has(w) || !tokens.capital[j - 1]) {
      // A lower-case word that is no preposition of the phrases, or one after a lower-case word, ends it.
      return named > 0 && !lex.forceWords.has(w);
    }
    if (!tokens.glued[j]) return named > 0;
  }
  return false;
}

/** Longest abbreviation read as one in brackets: "(BĐBP)", "(PC04)", "(PSP)". */
const ABBREVIATION_MAX = 8;

/**
 * A capitalised word alone in brackets right after a force's name, before its type word or place: the force's
 * abbreviation ("Bộ đội Biên phòng (BĐBP) tỉnh X", "Border Guard Command (BGC) of X"), read through.
 */
function bracketedAbbreviation(tokens: Tokens, k: number): boolean {
  if (k < 1 || k + 1 >= tokens.count || !tokens.capital[k]) return false;
  const { folded, starts, ends } = tokens;
  const length = ends[k]! - starts[k]!;
  if (length < 2 || length > ABBREVIATION_MAX) return false;
  return (
    folded.slice(ends[k - 1]!, starts[k]!).trim() === '(' &&
    folded.slice(ends[k]!, starts[k + 1]!).trim() === ')'
  );
}

/**
 * A phrase of `table` ending right before `at` once a bracketed abbreviation among its last words is left out
 * ("Bộ đội Biên phòng (BĐBP) tỉnh", "Coast Guard Command (CGC) of"); the words on each side of it glued.
 */
function throughAbbreviation<T>(tokens: Tokens, table: PhraseTable<T>, at: number): boolean {
  const { glued } = tokens;
  for (let k = at - 1; k >= Math.max(1, at - 2); k--) {
    if (!bracketedAbbreviation(tokens, k)) continue;
    // Words after the abbreviation up to `at`, glued to each other and to the place or its type word.
    let tail = '';
    for (let j = k + 1; j < at; j++) {
      if (j > k + 1 && !glued[j]) return false;
      tail += ` ${tokens.word(j)}`;
    }
    if (k + 1 < at && !glued[at]) return false;
    for (let from = k - 1; from >= Math.max(0, k - table.maxWords); from--) {
      if (from < k - 1 && !glued[from + 1]) return false;
      if (table.map.has(phrase(tokens, from, k) + tail)) return true;
    }
    return false;
  }
  return false;
}

/** A subject phrase right before `at`, or before up to two adjectives there ("police of the northern X"). */
function subjectBefore(tokens: Tokens, lex: CompiledPlacesLexicon, at: number, typed: boolean): boolean {
  if (phraseBefore(tokens, lex.subjectBefore, at) !== null) return true;
  if (throughAbbreviation(tokens, lex.subjectBefore, at)) return true;
  if (compoundForce(tokens, lex, at)) return true;
  if (forceName(tokens, lex, at)) return true;
  if (!typed) return false;
  for (let skip = 1; skip <= 2; skip++) {
    if (!isAdjectiveSlot(tokens, at - skip, lex)) return false;
    if (phraseBefore(tokens, lex.subjectBefore, at - skip) !== null) return true;
  }
  return false;
}

/**
 * A residence phrase right before the name, or before its type word and up to two lower-case words ("residing
 * in the northwestern province of X", "trú tại huyện miền núi X").
 */
function residenceBefore(tokens: Tokens, lex: CompiledPlacesLexicon, at: number, typed: boolean): boolean {
  if (phraseBefore(tokens, lex.residenceBefore, at) !== null) return true;
  if (!typed) return false;
  for (let skip = 1; skip <= 2 && at - skip > 0; skip++) {
    const k = at - skip;
    if (tokens.capital[k] || !tokens.glued[k + 1]) return false;
    if (phraseBefore(tokens, lex.residenceBefore, k) !== null) return true;
  }
  return false;
}

/**
 * Longest phrase of `table` made of the words starting at `start`, glued to the word before: walked on word
 * by word through the table's forward trie while the words are glued.
 */
function phraseAfter<T>(
  tokens: Tokens,
  table: PhraseTable<T>,
  start: number,
): { value: T; to: number } | null {
  const { count, glued } = tokens;
  if (start >= count || !glued[start]) return null;
  if (!table.firstShape.mayHoldSlice(tokens.folded, tokens.starts[start]!, tokens.ends[start]!)) return null;
  let node = table.forward.next.get(tokens.word(start));
  let value: T | undefined;
  let foundTo = start;
  for (let to = start + 1; node !== undefined; to++) {
    if (node.value !== undefined) {
      value = node.value;
      foundTo = to;
    }
    if (to >= count || !glued[to]) break;
    node = node.next.get(tokens.word(to));
  }
  return value === undefined ? null : { value, to: foundTo };
}

const NON_ASCII = /[^\p{ASCII}]/u;
const MARK = /^\p{M}$/u;

/**
 * A name written with its diacritics says which of the same-folding places it is ("Thạnh Hóa" is not
 * "Thanh Hóa"), and whether it is a place at all ("Văn Thắng" the given name is not "Vạn Thắng" the
 * commune). Written without them, all stay possible; exonyms ("Hanoï") match their own spelling.
 */
function bySpelling(
  gaz: Gazetteer,
  entries: readonly PlaceEntry[],
  written: string,
  partly = true,
): readonly PlaceEntry[] {
  if (!NON_ASCII.test(written)) return entries;
  const key = spellingKey(written);
  const exact = entries.filter((e) => gaz.spellings(e).includes(key));
  if (exact.length > 0 || !partly) return exact;
  // French and other editions keep some marks and drop the rest ("Diên Biên" for Điện Biên): a name whose
  // marks are all the entry's own is that entry written partly.
  const marks = marksOf(key);
  return entries.filter((e) => gaz.spellings(e).some((s) => hasMarks(marksOf(s), marks)));
}

/** Per letter of the name (marks removed, đ as d), the set of its combining marks, as one string. */
function marksOf(key: string): { letters: string; marks: string[] } {
  let letters = '';
  const marks: string[] = [];
  for (const ch of key.normalize('NFD')) {
    if (MARK.test(ch)) marks[marks.length - 1] += ch;
    else {
      letters += ch === 'đ' ? 'd' : ch;
      marks.push(ch === 'đ' ? '\u0335' : '');
    }
  }
  return { letters, marks };
}

/** Same letters, and every mark written is one the entry's letter has. */
function hasMarks(entry: ReturnType<typeof marksOf>, written: ReturnType<typeof marksOf>): boolean {
  if (entry.letters !== written.letters) return false;
  return written.marks.every((m, i) => [...m].every((c) => entry.marks[i]!.includes(c)));
}

/** Fewest letters a declined one-word name keeps without its ending; and the last word of a longer one. */
const MIN_STEM = 3;
const MIN_STEM_AFTER_WORDS = 2;

/**
 * The gazetteer key a declined name stands for: its last word without one of the language's case endings
 * ("da nangu" → "da nang", "hanoji" → "hanoj"), when the bare form is a key and its last word keeps three
 * letters, or two in a name of several words ("nghe anin" → "nghe an"): the words before it already match a
 * name, where a lone word of two letters would be read out of too many of the language's own words.
 */
function uninflected(key: string, endings: readonly string[], gaz: Gazetteer): string | undefined {
  const space = key.lastIndexOf(' ');
  const lastWord = key.length - (space + 1);
  const minStem = space < 0 ? MIN_STEM : MIN_STEM_AFTER_WORDS;
  for (const ending of endings) {
    if (lastWord - ending.length < minStem || !key.endsWith(ending)) continue;
    const bare = key.slice(0, -ending.length);
    if (gaz.byKey.has(bare)) return bare;
  }
  return undefined;
}

/**
 * A national figure's name joined by a hyphen to a city's type word names the city, in any language that
 * compounds so ("Ho Chi Minh-staden", "Hô Chi Minh-Ville", "Ho-Chi-Minh-Stadt", "Ho Chi Minh-byen"): a
 * person's name takes no such suffix. Any other head is a thing named after the man ("Ho-Chi-Minh-Mausoleum",
 * "Ho Chi Minh-era"), which stands wherever it stands. The head is a city word of the lexicon, with at most a
 * short ending (a definite or genitive article glued on: "stad-en", "by-ens").
 */
function compoundCity(body: string, end: number, namesake: boolean, lex: CompiledPlacesLexicon): boolean {
  if (!namesake || body.charCodeAt(end) !== 0x2d || !isLetterUnit(body.charCodeAt(end + 1))) return false;
  let to = end + 1;
  while (to < body.length && isLetterUnit(body.charCodeAt(to))) to++;
  const head = keyOf(body.slice(end + 1, to));
  return [...cityWords(lex)].some((w) => head.startsWith(w) && head.length - w.length <= MAX_GLUED_ENDING);
}

/** Longest ending glued to a city word: Scandinavian "-ens" (genitive definite). */
const MAX_GLUED_ENDING = 3;
/** Shortest word of a city phrase taken as a city word: "stad", "byen", "city", not "de", "der", "of". */
const MIN_CITY_WORD = 4;

const cityWordsOf = new WeakMap<CompiledPlacesLexicon, ReadonlySet<string>>();

/** The words of the lexicon's city type phrases ("ville de" → ville, "in der stadt" → stadt). */
function cityWords(lex: CompiledPlacesLexicon): ReadonlySet<string> {
  let words = cityWordsOf.get(lex);
  if (!words) {
    const out = new Set<string>();
    for (const table of [lex.before, lex.after])
      for (const [key, category] of table.map)
        if (category === 'city') for (const w of key.split(' ')) if (w.length >= MIN_CITY_WORD) out.add(w);
    cityWordsOf.set(lex, (words = out));
  }
  return words;
}

/**
 * A national figure's name after a preposition of place ("a Ho Chi Minh", "in Ba Dinh") names the place after
 * him: the category its unit takes (a centrally-run city is read with a city's type word). Not when a
 * capitalized word or a possessive follows ("in Ho Chi Minh Thought", "in Ho Chi Minh's words"), nor for a
 * figure whose name is no province or district-level unit (streets and wards: "Le Loi", "Tran Phu").
 */
function placeOfFigure(
  tokens: Tokens,
  lex: CompiledPlacesLexicon,
  body: string,
  at: number,
  to: number,
  entries: readonly PlaceEntry[],
): PlaceCategory | null {
  if (phraseBefore(tokens, lex.placeBefore, at) === null) return null;
  if (to < tokens.count && tokens.glued[to] === 1 && tokens.capital[to] === 1) return null;
  const next = body.charCodeAt(tokens.ends[to - 1]!);
  if (next === 0x27 || next === 0x2019) return null;
  return unitOfFigure(entries);
}

/**
 * The category a place named after a national figure takes once something says it is the place: a
 * centrally-run city is read with a city's type word, a district-level unit with any; a street or ward, none.
 */
function unitOfFigure(entries: readonly PlaceEntry[]): PlaceCategory | null {
  if (entries.some((e) => e.level === 1)) return 'city';
  return entries.some((e) => e.level === 2) ? 'any' : null;
}

/**
 * "and" in the languages read with word tokens: the last item of a list of homes ("aus den Provinzen A, B und C",
 * "originaires de A et de B" aside) is a home too. Not "a", which is "to" in Italian and Portuguese.
 */
const AND = new Set([
  'and',
  'und',
  'et',
  'e',
  'y',
  'va',
  'i',
  'en',
  'og',
  'och',
  'oraz',
  'si',
  'dan',
  've',
  'и',
  'і',
  'та',
]);

function isAnd(tokens: Tokens, k: number): boolean {
  return k >= 0 && k < tokens.count && tokens.glued[k] === 1 && AND.has(tokens.word(k));
}

/** What stands between two names of one list: a comma, or "and" between spaces. */
function listGap(gap: string): boolean {
  const word = gap.trim();
  return word === ',' || word === '、' || (/^\s/.test(gap) && /\s$/.test(gap) && AND.has(word.toLowerCase()));
}

/**
 * A force written after a list of places is every one's: "Nghe An, Thanh Hoa police seize heroin", "Lai Chau
 * and Dien Bien border guards". The candidates of the list before the one at `start` (the last, whose force
 * phrase follows it) are made subjects too.
 */
function shareForce(out: Candidate[], body: string, start: number): void {
  let at = start;
  for (let k = out.length - 1; k >= 0; k--) {
    const c = out[k]!;
    if (c.subject || !listGap(body.slice(c.end, at))) return;
    out[k] = { ...c, subject: true, residence: false, reference: false, movement: false };
    at = c.start;
  }
}

/**
 * Any mark of the inventory, opening or closing, may hug a quoted name (the full-width quote and the CJK double
 * brackets too, though a quoted name in them is CJK text, which this Latin-word matcher does not read).
 */
const QUOTES: ReadonlySet<string> = new Set([
  ...openingMarks(QUOTATION_MARKS),
  ...closingMarks(QUOTATION_MARKS),
]);

/** The quotes hug the name: «An Phu», "An Phu" (spaces inside French guillemets allowed). */
function isQuoted(body: string, start: number, end: number): boolean {
  let a = start - 1;
  let b = end;
  if (body[a] === ' ' && body[a - 1] === '«') a--;
  if (body[b] === ' ' && body[b + 1] === '»') b++;
  return QUOTES.has(body[a] ?? '') && QUOTES.has(body[b] ?? '');
}

/**
 * The candidate this name glosses in brackets right after it ("Ho Chi Minh (dawny Sajgon)", "Huế (Thừa
 * Thiên Huế)"): at most two words between the bracket and the name, which closes it.
 */
function glossOf(
  body: string,
  prev: Candidate | undefined,
  start: number,
  end: number,
): Candidate | undefined {
  if (!prev || body[end] !== ')') return undefined;
  const open = body.lastIndexOf('(', start);
  if (open < prev.end || body.slice(prev.end, open).trim() !== '') return undefined;
  const inside = body.slice(open + 1, start).trim();
  return inside === '' || inside.split(/\s+/).length <= 2 ? prev : undefined;
}

const CYRILLIC_WORD = /^[\u0400-\u04ff]/;
const APOSTROPHES = new Set(["'", '’', 'ʼ']);

function isCyrillicUnit(code: number): boolean {
  return code >= 0x400 && code <= 0x4ff;
}

function heardAs(gaz: Gazetteer, written: string): readonly PlaceEntry[] | undefined {
  const key = cyrillicSoundKey(written);
  const found = key === null ? undefined : gaz.bySound().get(key);
  if (found !== undefined || !written.includes('и')) return found;
  // Ukrainian и is the Russian ы (ư in "Біньзионг", Bình Dương), its і the Russian и.
  const ukrainian = cyrillicSoundKey(written.replaceAll('и', 'ы'));
  return ukrainian === null ? undefined : gaz.bySound().get(ukrainian);
}

/** Russian and Ukrainian case endings a borrowed name takes ("Нги-Лока", "в Зьенчау" stays). */
const CYRILLIC_ENDINGS = ['ом', 'ем', 'ой', 'а', 'у', 'е', 'ы', 'и', 'я', 'ю'];

/** The name without one case ending, when that is a name the sound index has. */
function declined(gaz: Gazetteer, written: string): readonly PlaceEntry[] | undefined {
  const lower = written.toLowerCase();
  for (const ending of CYRILLIC_ENDINGS) {
    if (!lower.endsWith(ending) || lower.length - ending.length < 4) continue;
    const found = heardAs(gaz, written.slice(0, -ending.length));
    if (found) return found;
  }
  return undefined;
}

/**
 * A Cyrillic name no list has, after a type word ("коммуны Нги-Йен", "уезда Зьенчау"), read by its sound key
 * (phonetic.ts): up to three capitalized words glued by spaces or hyphens, longest first. After a province's
 * type word it is a province however the transcription spells it ("провінції Ха Тінь", "провінції Дьєнб'єн"):
 * the type word says what the name is, the key which one; elsewhere, a locality of a province named.
 */
function soundCandidate(
  tokens: Tokens,
  gaz: Gazetteer,
  lex: CompiledPlacesLexicon,
  body: string,
  i: number,
): { candidate: Candidate; words: number } | null {
  const { count, starts, ends, capital, glued } = tokens;
  if (!CYRILLIC_WORD.test(body.slice(starts[i]!, starts[i]! + 1))) return null;
  // A word joined to the one before by an apostrophe alone is the rest of one name ("Дьєнб'єн").
  const apostrophe = (k: number): boolean =>
    starts[k]! === ends[k - 1]! + 1 && APOSTROPHES.has(body[ends[k - 1]!]!);
  const typed = findTypeBefore(tokens, lex, i);
  // Or, with no type word, the district in brackets after a commune's name ("коммуне Йен Кхе (Кон Кыонг)").
  const bracketed = typed === null && districtInBrackets(tokens, lex, body, i);
  const type = bracketed ? { value: 'district' as const, from: i } : typed;
  const province = type?.value === 'province';
  // Or the force of the place right before it ("полиции Нги-Лока").
  const from = type?.from ?? i;
  const subject = phraseBefore(tokens, lex.subjectBefore, from) !== null;
  if (type === null && !subject) return null;
  let limit = 1;
  while (limit < 3 && i + limit < count && glued[i + limit] && (capital[i + limit] || apostrophe(i + limit)))
    limit++;
  for (let n = limit; n >= 1; n--) {
    // The bracketed district is the whole of what the brackets hold.
    if (
      bracketed &&
      !body
        .slice(ends[i + n - 1]!)
        .trimStart()
        .startsWith(')')
    )
      continue;
    const written = body.slice(starts[i]!, ends[i + n - 1]!);
    const heard = heardAs(gaz, written) ?? declined(gaz, written);
    const entries = heard?.filter((e) => (province ? e.level === 1 : e.level > 1));
    if (entries === undefined || entries.length === 0) continue;
    const lone = province || type === null ? undefined : loneDistrict(entries, type.value);
    return {
      words: n,
      candidate: {
        start: starts[i]!,
        end: ends[i + n - 1]!,
        words: 2,
        entries,
        category: type?.value ?? null,
        subject,
        afterPersonName: false,
        startsWithFamilyName: false,
        figure: false,
        residence: !subject && residenceBefore(tokens, lex, from, type !== null),
        ...(province ? {} : { needsContext: true }),
        ...(lone ? { alone: lone } : {}),
      },
    };
  }
  return null;
}

/**
 * The Cyrillic words at i open a bracket right after a commune's or a ward's name that its type word introduces
 * ("в коммуне Йен Кхе (Кон Кыонг)", "у громаді Нги Йен (Нги Лок)"): the press writes a commune's district so,
 * as Vietnamese does ("xã Yên Khê (Con Cuông)"), and the bracket reads as the district's type word would.
 * The name before the bracket is one to three capitalized Cyrillic words glued by spaces or hyphens.
 */
function districtInBrackets(tokens: Tokens, lex: CompiledPlacesLexicon, body: string, i: number): boolean {
  const { starts, ends, capital, glued } = tokens;
  if (i < 2 || body.slice(ends[i - 1]!, starts[i]!).trim() !== '(') return false;
  for (let first = i - 1, words = 1; first >= 1 && words <= 3; first--, words++) {
    if (!capital[first] || !CYRILLIC_WORD.test(body.slice(starts[first]!, starts[first]! + 1))) return false;
    const type = findTypeBefore(tokens, lex, first);
    if (type !== null) return type.value === 'commune' || type.value === 'ward';
    if (!glued[first]) return false;
  }
  return false;
}

/** Most words of a province's name (Bà Rịa – Vũng Tàu). */
const PROVINCE_WORDS = 4;

/** Type words of a district or commune, never of a province or a city the press names bare. */
const LOCAL_TYPES: ReadonlySet<PlaceCategory> = new Set(['district', 'town', 'township', 'commune', 'ward']);

/**
 * soundCandidate's reading of two or more words after a local type word (district, commune…), when no curated
 * name spells those words whole.
 */
function soundOfLocality(
  tokens: Tokens,
  gaz: Gazetteer,
  lex: CompiledPlacesLexicon,
  body: string,
  i: number,
): { candidate: Candidate; words: number } | null {
  const type = findTypeBefore(tokens, lex, i);
  if (type === null || !LOCAL_TYPES.has(type.value)) return null;
  const sound = soundCandidate(tokens, gaz, lex, body, i);
  if (sound === null || sound.words < 2 || gaz.byKey.has(phrase(tokens, i, i + sound.words))) return null;
  return sound;
}

/**
 * The capitalized Cyrillic words from `i` glued by spaces or hyphens, or by an apostrophe alone (Ukrainian
 * "Дьєнб'єн"), up to a province's most words: those a transcription of one name may take.
 */
function cyrillicRun(tokens: Tokens, body: string, i: number): number {
  const { count, starts, ends, capital, glued } = tokens;
  let n = 1;
  while (n < PROVINCE_WORDS && i + n < count && glued[i + n]) {
    const k = i + n;
    const apostrophe = starts[k]! === ends[k - 1]! + 1 && APOSTROPHES.has(body[ends[k - 1]!]!);
    if ((!capital[k] && !apostrophe) || !isCyrillicUnit(tokens.folded.charCodeAt(starts[k]!))) break;
    n++;
  }
  return n;
}

/**
 * The word before a Cyrillic name is a Vietnamese family or middle name ("Нгуен Тхи Хоа Бинь" is a woman, not
 * Hòa Bình province). Not a word of two letters opening a sentence: "До", "Во" are prepositions there.
 */
function afterCyrillicPersonName(tokens: Tokens, gaz: Gazetteer, body: string, k: number): boolean {
  const written = body.slice(tokens.starts[k]!, tokens.ends[k]!);
  if (written.length <= 2 && (k === 0 || !tokens.glued[k])) return false;
  return isCyrillicPersonName(gaz, written);
}

/**
 * Whether the words from i, one to `limit` of them, could spell a province's name with one edit
 * (mayBeMisspelt on their letters run together, as misspeltProvince reads them).
 */
function mayBeMisspeltWords(tokens: Tokens, gaz: Gazetteer, i: number, limit: number): boolean {
  const { folded, starts, ends } = tokens;
  const unit = (at: number): number => folded.charCodeAt(at);
  // The second letter is the next word's first when the first word has one letter.
  const second = ends[i]! - starts[i]! >= 2 || limit < 2 ? starts[i]! + 1 : starts[i + 1]!;
  const head = unitPair(unit(starts[i]!), unit(second));
  let letters = 0;
  for (let k = i; k < i + limit; k++) {
    letters += ends[k]! - starts[k]!;
    const beforeLast = ends[k]! - starts[k]! >= 2 || k === i ? ends[k]! - 2 : ends[k - 1]! - 1;
    if (mayBeMisspelt(gaz, letters, head, unitPair(unit(beforeLast), unit(ends[k]! - 1)))) return true;
  }
  return false;
}

/**
 * A name no list has right after a province's type word, or right before it in the languages that write the
 * type word after the name ("Quang Nem tartományban", "Bac Kam province"), read as the province one edit away
 * from it (misspelt.ts): "provincia de Bac Kam", "province of Quang Nihn". Up to four capitalized words glued,
 * longest first.
 */
function misspeltCandidate(
  tokens: Tokens,
  gaz: Gazetteer,
  lex: CompiledPlacesLexicon,
  body: string,
  i: number,
): { candidate: Candidate; words: number } | null {
  const { count, starts, ends, capital, glued } = tokens;
  let limit = 1;
  while (limit < PROVINCE_WORDS && i + limit < count && glued[i + limit] && capital[i + limit]) limit++;
  // Without a reading by ear (heardByLetters), only a name one edit from a province's is read: when none of the
  // words' spans can be one, the type words around them need not be looked for (most capitalised words).
  if (lex.cyrillicLetters.length === 0 && !mayBeMisspeltWords(tokens, gaz, i, limit)) return null;
  const before = findTypeBefore(tokens, lex, i);
  if (before !== null && before.value !== 'province') return null;
  for (let n = limit; n >= 1; n--) {
    // With no type word before it, the name is read only when a province's type word follows it.
    const after = before === null ? phraseAfter(tokens, lex.after, i + n) : null;
    if (before === null && after?.value !== 'province') continue;
    // A word of the language one edit from a name is no misspelling of it: fr "provinces du Centre" (the
    // central region) is not Bến Tre.
    if (lex.notPlaces.has(phrase(tokens, i, i + n))) continue;
    const words: string[] = [];
    for (let k = i; k < i + n; k++) words.push(tokens.word(k));
    const written = body.slice(starts[i]!, ends[i + n - 1]!);
    // A name written with Vietnamese marks is spelt with care, and often foreign: "tỉnh Hải Nam" is Hainan.
    const entry =
      (NON_ASCII.test(written) ? undefined : misspeltProvince(gaz, words)) ??
      heardByLetters(gaz, lex, written);
    if (entry === undefined) continue;
    const from = before?.from ?? i;
    const to = after?.to ?? i + n;
    const subject =
      subjectBefore(tokens, lex, from, before !== null) || phraseAfter(tokens, lex.subjectAfter, to) !== null;
    const residence =
      !subject &&
      (residenceBefore(tokens, lex, from, before !== null) ||
        phraseAfter(tokens, lex.residenceAfter, to) !== null);
    const reference = !subject && phraseBefore(tokens, lex.referenceBefore, from) !== null;
    const movement =
      !subject &&
      !residence &&
      !reference &&
      (phraseBefore(tokens, lex.movementBefore, from) !== null ||
        phraseAfter(tokens, lex.movementAfter, to) !== null);
    return {
      words: n,
      candidate: {
        start: starts[i]!,
        end: ends[i + n - 1]!,
        words: Math.max(n, 2),
        entries: [entry],
        category: 'province',
        subject,
        afterPersonName: false,
        startsWithFamilyName: false,
        figure: false,
        residence,
        reference,
        ...(movement ? { movement } : {}),
      },
    };
  }
  return null;
}

/** misspeltCandidate's reading of several words no list holds as written, or null. */
function wholeMisspelt(
  tokens: Tokens,
  gaz: Gazetteer,
  lex: CompiledPlacesLexicon,
  body: string,
  i: number,
): { candidate: Candidate; words: number } | null {
  const read = misspeltCandidate(tokens, gaz, lex, body, i);
  if (read === null || read.words < 2) return null;
  return gaz.byKey.has(phrase(tokens, i, i + read.words)) ? null : read;
}

/**
 * The one province a Latin name spelt by ear in the document's language reads as, its letters written as
 * Cyrillic ones (lexicon cyrillicLetters: Serbian "Bin Tuan", "Ninj Binj" as "Бин Туан", "Нинь Бинь") and
 * keyed as the Cyrillic transcriptions are. Only after a province's type word, and only when the table maps
 * every letter: a name in Vietnamese spelling ("Quảng", "Quang") keeps a letter it lacks.
 */
function heardByLetters(gaz: Gazetteer, lex: CompiledPlacesLexicon, written: string): PlaceEntry | undefined {
  if (lex.cyrillicLetters.length === 0) return undefined;
  const found = heardByLettersAs(gaz, lex, written);
  if (found !== undefined) return found;
  // Declined as a noun of the language ("Kvangnamo provincijoje", of Quảng Nam): read without its case ending.
  const folded = fold(written);
  for (const ending of lex.caseEndings) {
    if (!folded.endsWith(ending) || folded.length - ending.length < MIN_HEARD_STEM) continue;
    const bare = heardByLettersAs(gaz, lex, written.slice(0, written.length - ending.length));
    if (bare !== undefined) return bare;
  }
  return undefined;
}

/** Fewest letters a declined name keeps without its ending. */
const MIN_HEARD_STEM = 4;

function heardByLettersAs(
  gaz: Gazetteer,
  lex: CompiledPlacesLexicon,
  written: string,
): PlaceEntry | undefined {
  const cyrillic = transliterate(written, lex.cyrillicLetters);
  if (LATIN_LETTER.test(cyrillic)) return undefined;
  const found = heardCyrillicName(gaz, cyrillic, cyrillic.split(/[\s-]+/u).length, true);
  const provinces = found?.filter((e) => e.level === 1) ?? [];
  return provinces.length > 0 && provinces.every((e) => e.province === provinces[0]!.province)
    ? provinces[0]
    : undefined;
}

const LATIN_LETTER = /\p{Script=Latin}/u;

export function findCandidates(
  tokens: Tokens,
  gaz: Gazetteer,
  lex: CompiledPlacesLexicon,
  body: string,
): Candidate[] {
  const { count, starts, ends, capital, glued } = tokens;
  const out: Candidate[] = [];
  /** Local names written as a storm's, a firm's or a hamlet's (named-once.ts). */
  const named = new Set<string>();
  // Word index just past the last candidate (with its type word after), if it was an address.
  let addressEnd = -1;
  let i = 0;
  while (i < count) {
    // A capitalised word that no first word's shape fits is none of them; a declined one may still be, and a
    // Cyrillic one may be heard as one (soundCandidate). A lower-case word is read only as a name the lists
    // spell after a type word (typedLowerCase, below): not one glued to no word before it, nor one that no
    // first word's shape fits, declined or not (a declined one is read alone, and one word in lower case is not).
    const capitalHere = capital[i] === 1;
    const cyrillic = isCyrillicUnit(tokens.folded.charCodeAt(starts[i]!));
    if (
      (!capitalHere && !glued[i]) ||
      ((lex.caseEndings.length === 0 || !capitalHere) &&
        !cyrillic &&
        !gaz.firstWordShapes.mayHoldSlice(tokens.folded, starts[i]!, ends[i]!))
    ) {
      i++;
      continue;
    }
    // A lower-case word is read only right after a province's or city's type word (and there only as a name of
    // two words or more or a run of Cyrillic words, below). The type word is asked first, before the word is
    // sliced and looked up: lower-case words that open names ("de", "la", "a") stand everywhere in Romance
    // text, a type word before them seldom, and its test (the shape of the word before) slices nothing.
    const typedLower = !capitalHere && typedLowerCase(tokens, lex, i);
    if (!capitalHere && !typedLower) {
      i++;
      continue;
    }
    let first = tokens.word(i);
    let maxWords = gaz.firstWords.get(first);
    // A name in Cyrillic may be a province or big city however it is transcribed (cyrillic.ts): its words are
    // read as such when the curated spellings find none of the same length.
    const run = cyrillic ? cyrillicRun(tokens, body, i) : 0;
    const lower = typedLower && (run > 1 || (maxWords !== undefined && maxWords >= 2));
    if (!capitalHere && !lower) {
      i++;
      continue;
    }
    if (maxWords === undefined && lex.caseEndings.length > 0) {
      // A one-word name declined ("Hanoji"): read as its bare form, alone.
      const bare = uninflected(first, lex.caseEndings, gaz);
      if (bare !== undefined) {
        first = bare;
        maxWords = 1;
      }
    }
    const cyrillicWords = run > 0 && mayStartCyrillicName(gaz, body.slice(starts[i]!, ends[i]!)) ? run : 0;
    // After a district's or commune's type word, a name of several Cyrillic words heard whole by its sound key
    // is that locality, not the curated one-word city its first word spells ("уезда Винь Линь" is Vĩnh Linh,
    // not Vinh; "уезда Куинь Лыу" Quỳnh Lưu, not Quy Nhơn).
    const localSound = run > 1 ? soundOfLocality(tokens, gaz, lex, body, i) : null;
    if (localSound) {
      out.push(localSound.candidate);
      addressEnd = -1;
      i += localSound.words;
      continue;
    }
    // A lower-case word is read only as a name the lists spell, of two words or more and naming a province
    // (lowerCaseProvinces): one word after a type word is as often the language's own ("tỉnh này", this province).
    if (lower && (maxWords === undefined || maxWords < 2)) {
      i++;
      continue;
    }
    if (maxWords === undefined && cyrillicWords === 0) {
      const heard = soundCandidate(tokens, gaz, lex, body, i) ?? misspeltCandidate(tokens, gaz, lex, body, i);
      if (heard) {
        out.push(heard.candidate);
        addressEnd = -1;
        i += heard.words;
      } else i++;
      continue;
    }
    // Longest n such that the words are glued and capitalized, as proper names are written.
    let limit = 1;
    while (
      limit < (maxWords ?? 0) &&
      i + limit < count &&
      glued[i + limit] &&
      (lower ? !capital[i + limit] : capital[i + limit])
    )
      limit++;
    limit = Math.max(limit, cyrillicWords);
    // A misspelt province whose first word opens other names ("Lang Sonn", "Thanh Hao") is read whole beside its
    // type word before its first word is read as a place of its own: no list holds the words as written.
    const misspelt = limit > 1 && cyrillicWords === 0 ? wholeMisspelt(tokens, gaz, lex, body, i) : null;
    if (misspelt) {
      out.push(misspelt.candidate);
      addressEnd = -1;
      i += misspelt.words;
      continue;
    }
    let matched = 0;
    // The type word before the name, and whether a type word or force stands there at all: asked once.
    let typeBefore: { value: PlaceCategory; from: number } | null | undefined;
    let typedHere: boolean | undefined;
    for (let n = limit; n >= 1; n--) {
      let key = n === 1 ? first : phrase(tokens, i, i + n);
      let found = gaz.byKey.get(key);
      if (found === undefined && n > 1 && lex.caseEndings.length > 0) {
        const bare = uninflected(key, lex.caseEndings, gaz);
        if (bare !== undefined) {
          key = bare;
          found = gaz.byKey.get(bare);
        }
      }
      const gate = gaz.gates.get(key);
      let heard = false;
      if (found === undefined && gate === undefined && n <= cyrillicWords) {
        typeBefore ??= ownTypeBefore(tokens, lex, i, out);
        // A local type word names a district or commune: phonetic.ts's key reads those (soundCandidate).
        if (typeBefore !== null && LOCAL_TYPES.has(typeBefore.value)) continue;
        typedHere ??= typeBefore !== null || subjectBefore(tokens, lex, i, false);
        found = heardCyrillicName(gaz, body.slice(starts[i]!, ends[i + n - 1]!), n, typedHere);
        heard = found !== undefined;
      }
      if ((found === undefined && gate === undefined) || lex.notPlaces.has(key)) continue;
      // "typhoon Son Tinh": the storm's name, not the district's; "Nghe An Street": the street's, not the province's.
      // Across a spaced dash ("Lao Bao - Quang Tri") a word names nothing after it: "Bao" is no "bão" (storm).
      const dashBefore = i > 0 && spacedDash(body, ends[i - 1]!, starts[i]!);
      if (
        (!dashBefore && phraseBefore(tokens, lex.namedBefore, i) !== null) ||
        phraseAfter(tokens, lex.namedAfter, i + n) !== null
      ) {
        if (found !== undefined && localOnly(found))
          named.add(keyOf(body.slice(starts[i]!, ends[i + n - 1]!)));
        matched = n;
        break;
      }
      typeBefore ??= ownTypeBefore(tokens, lex, i, out);
      const typeAfter = typeBefore ? null : phraseAfter(tokens, lex.after, i + n);
      // A border gate, airport or port is read only beside its type word ("Lao Bao border gate"), and only
      // when its name is no province or district-level unit of the same province ("Da Nang airport" names
      // the city as before).
      const atGate =
        gate !== undefined &&
        (typeBefore ?? typeAfter)?.value === 'gate' &&
        !(found?.some((e) => e.level <= 2 && gate.some((g) => g.province === e.province)) ?? false);
      // Without its type word a gate's name is still read whole: "Tan Son Nhat" is never Tân Sơn district.
      if (!atGate && found === undefined) {
        matched = n;
        break;
      }
      // A partly marked name may only be read whole: "Tân Son Nhât" is not Tân Sơn with a word after it.
      const cut = i + n < count && glued[i + n] === 1 && capital[i + n] === 1;
      // A declined name ("Хошиміні", read as "хошимин") is spelt as the list has it without its ending.
      const ending =
        n === 1 ? tokens.word(i).length - key.length : phrase(tokens, i, i + n).length - key.length;
      const written = body.slice(starts[i]!, ends[i + n - 1]! - Math.max(0, ending));
      // A name heard by its key is spelt as no list has it: its spelling says nothing more.
      const spelt = heard ? found! : bySpelling(gaz, atGate ? gate : found!, written, !cut);
      const entries = lower ? lowerCaseProvinces(spelt, n) : spelt;
      if (entries.length === 0) continue;
      // A name alone in quotes names a bar, a ship or an operation (karaoke "An Phú"), not the place.
      if (!typeBefore && !typeAfter && isQuoted(body, starts[i]!, ends[i + n - 1]!)) continue;
      const subjectAt = typeBefore ? typeBefore.from : i;
      const subjectEnd = typeAfter ? typeAfter.to : i + n;
      // A type word may be a force's name too ("border guard station of X", "X border guard station"): the
      // unit named after the place is the article's subject as when no type word is read there.
      const subject =
        subjectBefore(tokens, lex, subjectAt, typeBefore !== null) ||
        phraseAfter(tokens, lex.subjectAfter, subjectEnd) !== null ||
        (typeBefore?.value === 'gate' && subjectBefore(tokens, lex, i, false)) ||
        (typeAfter?.value === 'gate' && phraseAfter(tokens, lex.subjectAfter, i + n) !== null);
      if (subject && typeBefore === null && phraseAfter(tokens, lex.subjectAfter, subjectEnd) !== null)
        shareForce(out, body, starts[i]!);
      const residence =
        residenceBefore(tokens, lex, subjectAt, typeBefore !== null) ||
        (!subject && phraseAfter(tokens, lex.residenceAfter, subjectEnd) !== null) ||
        (!subject &&
          (subjectAt === addressEnd || (subjectAt - 1 === addressEnd && isAnd(tokens, addressEnd)))) ||
        glossOf(body, out[out.length - 1], starts[i]!, ends[i + n - 1]!)?.residence === true;
      // "miasta Ho Chi Minh (dawny Sajgon)": a name glossing the one before it says what that one says.
      const glossed = glossOf(body, out[out.length - 1], starts[i]!, ends[i + n - 1]!);
      const reference =
        (!subject && phraseBefore(tokens, lex.referenceBefore, subjectAt) !== null) ||
        glossed?.reference === true;
      const movement =
        !subject &&
        !residence &&
        !reference &&
        (phraseBefore(tokens, lex.movementBefore, subjectAt) !== null ||
          phraseAfter(tokens, lex.movementAfter, subjectEnd) !== null);
      const prev = i - 1;
      // A person's name runs on across spaces, never across a spaced dash (dashBefore).
      const afterPersonName =
        prev >= 0 &&
        glued[i] === 1 &&
        !dashBefore &&
        capital[prev] === 1 &&
        (gaz.familyNames.has(tokens.word(prev)) ||
          gaz.middleNames.has(tokens.word(prev)) ||
          (cyrillicWords > 0 && afterCyrillicPersonName(tokens, gaz, body, prev)));
      const figure = gaz.namesakes.has(key);
      const nextStart = subjectEnd < count ? starts[subjectEnd]! : body.length;
      const dateline = subjectAt === i && isDateline(body, starts[i]!, nextStart, ends[subjectEnd - 1]!);
      out.push({
        start: starts[i]!,
        end: ends[i + n - 1]!,
        words: heard || gaz.wholeNames.has(key) ? Math.max(n, 2) : n,
        entries,
        category:
          typeBefore?.value ??
          typeAfter?.value ??
          (compoundCity(body, ends[i + n - 1]!, figure, lex) ? 'city' : null) ??
          (figure && !subject ? placeOfFigure(tokens, lex, body, i, i + n, entries) : null) ??
          // A figure's name, or one word naming no province, opening a dated dateline is where the wire filed
          // from: the city ("Ho Chi Minh, 30 gen –", "Vinh, 4 maggio –").
          (dateline &&
          (figure || (n === 1 && entries.every((e) => e.level > 1))) &&
          datedDateline(body, starts[i]!, nextStart, ends[subjectEnd - 1]!)
            ? figure
              ? unitOfFigure(entries)
              : 'city'
            : null),
        subject,
        afterPersonName,
        startsWithFamilyName:
          gaz.familyNames.has(first) ||
          (gaz.middleNames.has(first) && i + n < count && glued[i + n] === 1 && capital[i + n] === 1),
        figure,
        residence,
        reference,
        ...(movement ? { movement } : {}),
        dateline,
      });
      addressEnd = residence ? subjectEnd : -1;
      matched = n;
      break;
    }
    if (matched === 0 && !lower) {
      const other =
        (maxWords === undefined ? soundCandidate(tokens, gaz, lex, body, i) : null) ??
        misspeltCandidate(tokens, gaz, lex, body, i);
      if (other) {
        out.push(other.candidate);
        addressEnd = -1;
        matched = other.words;
      }
    }
    i += matched > 0 ? matched : 1;
  }
  return named.size === 0 ? out : unreadNamedAgain(out, named, body);
}
