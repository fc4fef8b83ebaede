/**
 * Name candidates vouched for by a title: two to four capitalised words right after a rank or an honorific,
 * whatever their spelling. Names of the Central Highlands and northern minorities ("Ro Mah Tuan",
 * "Ksor H'Hen", "Kpă Thuyên") neither start with a Vietnamese family name nor always consist of Vietnamese
 * syllables, so names.ts cannot find them by shape; the title before them is the evidence instead, and
 * people/index.ts keeps such a candidate only when the rank or honorific patterns confirm that title.
 *
 * The run is kept tight: single spaces between its words, nothing but letters and inner apostrophes, and it
 * ends at punctuation or a lower-case word; a longer capitalised run (a heading, an organisation) or one
 * holding a word of the people lexicons (a role, rank, place or function word: "Colonel Commander...",
 * "Major Road") is no name at all.
 */
import { lower } from '../text/case.js';
import { codePointWidthAt, isCapitalisedSpan } from '../text/chars.js';
import { softStemNominative } from '../text/cyrillic-declension.js';
import { asRussianLetters, fold, foldedList } from '../text/fold.js';
import { isSingleSpace, type WordOffsets } from '../text/words.js';
import { declinedFamilyBase } from './declension.js';
import type { PeopleLexicon } from './lexicon.js';
import type { NameCandidate } from './names.js';
import { isNationalityAdjective } from './nationality.js';
import { isCyrillicNameSyllable, isNameSyllable, isVietnameseSyllable, looksLikeName } from './syllable.js';

export interface TitleCues {
  /** Lower-case last words of the rank and honorific forms, dots dropped: a run starts only after one. */
  readonly titleEnds: ReadonlySet<string>;
  /** Lower-case last words of the honorific forms alone ("mr", "heer", "herr"). */
  readonly courtesyEnds: ReadonlySet<string>;
  /**
   * The rank forms after which a name may have any spelling, by their last word: ranks written in two words
   * or more ("major general", "général de division", "генерал-майор", "thiếu tướng") and the general
   * officers' ranks ("Generalmajor"), which no capitalised common noun follows as it may a one-word rank
   * ("Oberst Polizei Direktion Nord", "Lieutenant Team").
   */
  readonly looseRanks: ReadonlyMap<string, readonly string[]>;
  /** First code units (either case) and greatest length of those words and their declined forms. */
  readonly titleFirstUnits: ReadonlySet<number>;
  readonly titleMaxLength: number;
  /** Endings a declined word may carry ("pułkownikiem", "Tuanem"), longest first. */
  readonly suffixes: readonly string[];
  /** Lower-case words of the lexicons (ranks, honorifics, articles, place words, prepositions). */
  readonly lexiconWords: ReadonlySet<string>;
  /** Lower-case articles and place prepositions ("der", "of", "в"): words that open a phrase, never close one. */
  readonly functionWords: ReadonlySet<string>;
  /** Role stems, matched at the start of a word ("stellvertret" in "Stellvertretender"). */
  readonly roleStems: readonly string[];
  /**
   * In Vietnamese text capitalised titles follow ranks ("Thượng tá Phó Giám đốc"): a run there must hold a
   * word that is no Vietnamese syllable (Vietnamese names themselves are found by names.ts).
   */
  readonly needsForeignWord: boolean;
  /** The lexicons' Vietnamese family names, folded: a declined one opens a name (declension.ts). */
  readonly familyNames: ReadonlySet<string>;
  /**
   * Head offices (lexicon headOffices), lower case, words joined by one space, longest first: a name of any
   * spelling may follow one (office-named.ts).
   */
  readonly headOffices: readonly string[];
  /** The last word of each head office: the word before a name is one, or no head office ends there. */
  readonly headOfficeEnds: ReadonlySet<string>;
  /** The longest of those words, in code units: a longer word is none of them, told without slicing it. */
  readonly headOfficeEndLength: number;
  /** Whether a lower-case word is a nationality adjective of the article's language (nationality.ts). */
  readonly isNationality: (word: string) => boolean;
}

/** Whether a rank's forms may stand before a name of any spelling (TitleCues.looseRanks). */
function isLooseRank(rank: string, words: readonly string[]): boolean {
  return words.length >= 2 || (rank !== 'general' && rank.endsWith('general'));
}

const MIN_WORDS = 2;
const MAX_WORDS = 4;

const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

function wordsOf(form: string): string[] {
  return lower(form.normalize('NFC')).match(WORD) ?? [];
}

/** Title cues from the lexicons an article is read with (its language's and Vietnamese). */
export function compileTitleCues(
  lexicons: readonly PeopleLexicon[],
  needsForeignWord: boolean,
  language: string,
): TitleCues {
  const titleEnds = new Set<string>();
  const courtesyEnds = new Set<string>();
  const looseRanks = new Map<string, string[]>();
  const lexiconWords = new Set<string>();
  const functionWords = new Set<string>();
  const roleStems = new Set<string>();
  for (const lex of lexicons) {
    for (const [rank, forms] of Object.entries(lex.ranks)) {
      for (const form of forms) {
        const words = wordsOf(form);
        const last = words[words.length - 1];
        if (last !== undefined) titleEnds.add(last);
        const spaced = lower(form.normalize('NFC'))
          .split(/[\s-]+/u)
          .filter((w) => w !== '');
        if (last !== undefined && isLooseRank(rank, spaced)) {
          const forms = looseRanks.get(last) ?? [];
          forms.push(words.join(' '));
          looseRanks.set(last, forms);
        }
        for (const w of words) lexiconWords.add(w);
      }
    }
    for (const form of lex.honorifics) {
      const words = wordsOf(form);
      const last = words[words.length - 1];
      if (last !== undefined) {
        titleEnds.add(last);
        courtesyEnds.add(last);
      }
      // Vietnamese forms of address are given names too ("anh", "Anh"); other honorifics never are.
      for (const w of words) if (!isVietnameseSyllable(fold(w))) lexiconWords.add(w);
    }
    for (const form of [...lex.articles, ...lex.placeWords, ...lex.placePrepositions]) {
      for (const w of wordsOf(form)) lexiconWords.add(w);
    }
    for (const form of [...lex.articles, ...lex.placePrepositions])
      for (const w of wordsOf(form)) functionWords.add(w);
    for (const form of lex.roleWords) {
      const words = wordsOf(form);
      // One-word entries are stems ("vorsitzend"); the words of a phrase ("người phát ngôn") are whole.
      if (words.length === 1) roleStems.add(words[0]!);
      else for (const w of words) lexiconWords.add(w);
    }
  }
  const suffixes = [...new Set(lexicons.flatMap((l) => l.inflectionSuffixes))]
    .filter((s) => s !== '')
    .sort((a, b) => b.length - a.length);
  const headOffices = [...new Set(lexicons.flatMap((l) => l.headOffices).map((o) => wordsOf(o).join(' ')))]
    .filter((o) => o !== '')
    .sort((a, b) => b.length - a.length);
  const headOfficeEnds = new Set(headOffices.map((o) => o.slice(o.lastIndexOf(' ') + 1)));
  const titleFirstUnits = new Set<number>();
  let titleMaxLength = 0;
  for (const w of titleEnds) {
    titleFirstUnits.add(w.charCodeAt(0)).add(w[0]!.toUpperCase().charCodeAt(0));
    titleMaxLength = Math.max(titleMaxLength, w.length + (suffixes[0]?.length ?? 0));
  }
  return {
    titleEnds,
    courtesyEnds,
    looseRanks,
    titleFirstUnits,
    titleMaxLength,
    suffixes,
    lexiconWords,
    functionWords,
    roleStems: [...roleStems],
    needsForeignWord,
    familyNames: new Set(lexicons.flatMap((l) => l.familyNames).map((n) => asRussianLetters(fold(n)))),
    headOffices,
    headOfficeEnds,
    headOfficeEndLength: Math.max(0, ...[...headOfficeEnds].map((w) => w.length)),
    isNationality: (word) => isNationalityAdjective(word, language),
  };
}

const LOWER_ONLY = /^[\p{Ll}\p{M}]+$/u;

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}

/** "Ksor", "H'Hen", "K'Brỏi", "M'gar": capitalised parts, or lower case after an apostrophe. */
function isCapitalisedName(text: string, start: number, end: number): boolean {
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && !isApostrophe(text.charCodeAt(i))) continue;
    const ok =
      isCapitalisedSpan(text, from, i) || (from > start && i > from && LOWER_ONLY.test(text.slice(from, i)));
    if (!ok) return false;
    from = i + 1;
  }
  return true;
}

export function isLexiconWord(lowered: string, cues: TitleCues): boolean {
  return cues.lexiconWords.has(lowered) || cues.roleStems.some((s) => lowered.startsWith(s));
}

/** The word as a name takes it: itself, or without a declension ending when only the bare form is one. */
function nameForm(token: string, cues: TitleCues): string | null {
  // A soft stem declined ("Тханя", "Хая") reads as its nominative, even where the form looks like a syllable.
  const soft = softStemNominative(token);
  if (soft !== null && isCyrillicNameSyllable(fold(soft))) return soft;
  const folded = fold(token);
  if (isNameSyllable(folded)) return token;
  const foldedSuffixes = foldedList(cues.suffixes);
  for (let k = 0; k < cues.suffixes.length; k++) {
    const s = cues.suffixes[k]!;
    if (
      folded.length > s.length + 1 &&
      folded.endsWith(foldedSuffixes[k]!) &&
      isNameSyllable(folded.slice(0, -s.length))
    )
      return token.slice(0, -s.length);
  }
  return null;
}

/**
 * A word of a name run as the name takes it: the last word without its declension ending (nameForm); the
 * first, a family name declined as Slavic languages decline it ("Нгуєна", "Nguyena": declension.ts); a
 * middle word as written when it is a syllable, else without its ending ("Нгока" in Ukrainian, which declines
 * every word).
 */
function wordForm(token: string, first: boolean, last: boolean, cues: TitleCues): string | null {
  if (last) return nameForm(token, cues);
  if (first) {
    const base = declinedFamilyBase(token, cues.suffixes, (w) =>
      cues.familyNames.has(asRussianLetters(fold(w))),
    );
    if (base !== null) return base;
  }
  return isNameSyllable(fold(token)) ? token : nameForm(token, cues);
}

/** Whitespace (not a line break), or an abbreviation's dot and whitespace, between a title and a name. */
function isTitleGap(text: string, from: number, to: number): boolean {
  let i = from;
  if (text.charCodeAt(i) === 0x2e) i++;
  if (i >= to) return false;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0xa0 && c !== 0x09) return false;
  }
  return true;
}

/** Most words are lower case: their first code unit tells, for ASCII without a table lookup. */
export function startsUpper(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return isCapitalisedSpan(text, at, at + codePointWidthAt(text, at));
}

/** Whether the word at [start, end) is the last word of a rank or honorific, declined or not. */
function endsTitle(text: string, start: number, end: number, cues: TitleCues): boolean {
  // Most words are ruled out by their first letter or length before any slice.
  if (end - start > cues.titleMaxLength || !cues.titleFirstUnits.has(text.charCodeAt(start))) return false;
  const word = lower(text.slice(start, end));
  if (cues.titleEnds.has(word)) return true;
  return cues.suffixes.some(
    (s) => word.length > s.length && word.endsWith(s) && cues.titleEnds.has(word.slice(0, -s.length)),
  );
}

/**
 * Runs of two to four name-like capitalised words that follow a word ending a rank or honorific form.
 * `offsets` are the text's words as names.ts reads them.
 */
export function findTitledCandidates(text: string, offsets: WordOffsets, cues: TitleCues): NameCandidate[] {
  const count = offsets.length / 2;
  const out: NameCandidate[] = [];
  for (let i = 1; i < count; i++) {
    const start = offsets[2 * i]!;
    if (!startsUpper(text, start)) continue;
    if (!endsTitle(text, offsets[2 * i - 2]!, offsets[2 * i - 1]!, cues)) continue;
    if (!isTitleGap(text, offsets[2 * i - 1]!, start)) continue;
    if (!isCapitalisedName(text, start, offsets[2 * i + 1]!)) continue;
    // The capitalised run, one word past the longest name so that a longer run can be told apart.
    let j = i + 1;
    while (
      j < count &&
      j <= i + MAX_WORDS &&
      isSingleSpace(text, offsets[2 * j - 1]!, offsets[2 * j]!) &&
      isCapitalisedName(text, offsets[2 * j]!, offsets[2 * j + 1]!)
    ) {
      j++;
    }
    const size = j - i;
    if (size < MIN_WORDS || size > MAX_WORDS) continue;
    const loose = followsLooseRank(text, offsets, i, cues);
    const courtesy =
      !loose && cues.courtesyEnds.has(lower(text.slice(offsets[2 * i - 2]!, offsets[2 * i - 1]!)));
    const candidate = readRun(text, offsets, i, j, cues, loose, courtesy);
    if (candidate) {
      out.push(candidate);
      i = j - 1;
    }
  }
  return out;
}

/** Whether a whole rank form of TitleCues.looseRanks ends right before word `i`, words spaced or hyphened. */
function followsLooseRank(text: string, offsets: WordOffsets, i: number, cues: TitleCues): boolean {
  const end = offsets[2 * i - 1]!;
  const forms = cues.looseRanks.get(lower(text.slice(offsets[2 * i - 2]!, end)));
  if (forms === undefined) return false;
  const before = wordsOf(text.slice(Math.max(0, end - 60), end)).join(' ');
  return forms.some((f) => before === f || before.endsWith(` ${f}`));
}

function readRun(
  text: string,
  offsets: WordOffsets,
  from: number,
  to: number,
  cues: TitleCues,
  loose: boolean,
  courtesy: boolean,
): NameCandidate | null {
  const tokens: string[] = [];
  let foreign = false;
  let rankOnly = false;
  let appositionOnly = false;
  for (let k = from; k < to; k++) {
    const token = text.slice(offsets[2 * k]!, offsets[2 * k + 1]!);
    if (token.includes('-') || isLexiconWord(lower(token), cues)) return null;
    let form = wordForm(token, k === from, k === to - 1, cues);
    if (form !== null && !looksLikeName(form, fold(form))) form = null;
    if (form === null) {
      // After a rank a name of any spelling: a Lao, Cambodian or Russian officer ("Major General Khamphan
      // Phommathat"), confirmed only if that rank is really there (judge.ts).
      // After a courtesy too, a foreign official introduced by his office in apposition ("Mr Sengphet
      // Khamvongsa, Minister of ..."), confirmed only by that office (judge.ts).
      if (!(loose || courtesy) || !PLAIN_NAME_WORD.test(token)) return null;
      form = token;
      if (loose) rankOnly = true;
      else appositionOnly = true;
    }
    const folded = fold(form);
    if (folded.includes("'") || !isVietnameseSyllable(folded)) foreign = true;
    tokens.push(form);
  }
  if (cues.needsForeignWord && !foreign) return null;
  const name = tokens.join(' ');
  const declined = name !== text.slice(offsets[2 * from]!, offsets[2 * to - 1]!);
  return {
    start: offsets[2 * from]!,
    end: offsets[2 * to - 1]!,
    name,
    tokens,
    titled: true,
    ...(declined ? { declined } : {}),
    ...(rankOnly ? { rankOnly: true as const } : {}),
    ...(appositionOnly ? { appositionOnly: true as const } : {}),
  };
}

/** A word of a name in any spelling: letters only, a capital and at least one more letter. */
export const PLAIN_NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]+$/u;
