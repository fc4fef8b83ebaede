/**
 * Name candidates vouched for by an office alone: two or three capitalised words (isRunWord) right after a
 * lower-case word, as an office with no rank ends before its holder ("podpredseda provinčného ľudového výboru
 * Trong Quang", "генеральный консул Тимур Садыков", "the vice chairman of the committee Trong Quang"). The
 * shape reading (names.ts) finds only Vietnamese names by their family name, and titled.ts only names after a
 * rank or an honorific; judge.ts keeps such a run only when an office read in its own clause ends right before
 * it (NameCandidate.officeOnly).
 *
 * The run is tight as a titled one is: single spaces between its words, letters only, no word of the people
 * lexicons ("Public Security", "Committee"), no capitalised word right before it or after it (a longer run is
 * an organisation's name or a place's), and no article or preposition right before it (a run after one is the
 * phrase's noun: "der Polizei Anton Weber"). Scripts without case never open one.
 */
import { lower } from '../text/case.js';
import { fold } from '../text/fold.js';
import { isSpaceCode } from '../text/chars.js';
import { isSingleSpace, type WordOffsets } from '../text/words.js';
import { nominativeInText } from './declension.js';
import type { NameCandidate } from './names.js';
import { romanizeVietnameseName } from './romanize.js';
import { isNameSyllable } from './syllable.js';
import { isLexiconWord, PLAIN_NAME_WORD, startsUpper, type TitleCues } from './titled.js';

const MIN_WORDS = 2;
const MAX_WORDS = 3;

/** A word in lower case: a letter that is no capital opens it. */
const LOWER_WORD = /^[\p{Ll}]/u;

/**
 * A word of such a run: in Cyrillic any name word (Russian and Ukrainian capitalise only the first word of a
 * body's name, so a capitalised run there is a name or a place); in other scripts a syllable of a Vietnamese
 * name, since Latin and Greek copies capitalise every word of a body's name ("Kementerian Keamanan Publik",
 * "Rescue Police Team").
 */
function isRunWord(word: string): boolean {
  if (!PLAIN_NAME_WORD.test(word)) return false;
  return CYRILLIC.test(word) || isNameSyllable(fold(word));
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** A word of a name of any spelling (titled.ts PLAIN_NAME_WORD). */
function isAnyNameWord(word: string): boolean {
  return PLAIN_NAME_WORD.test(word);
}

/** The most characters before a name read for a head office: the longest ("secretaris-generaal") and an adjective. */
const HEAD_OFFICE_REACH = 60;

/** Where the run of non-space units that ends at `end` starts. */
function tokenStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && !isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * Whether text[start, end) is the last word of a head office. Lower-casing keeps a text's length (text/case.ts),
 * so a word longer than every such word is told without slicing it.
 */
function isHeadOfficeEnd(text: string, start: number, end: number, cues: TitleCues): boolean {
  return end - start <= cues.headOfficeEndLength && cues.headOfficeEnds.has(lower(text.slice(start, end)));
}

/**
 * Whether a head office (TitleCues.headOffices) ends right before word `i`, or before a nationality adjective
 * that does ("le président laotien X"): whole words, one space between.
 */
function afterHeadOffice(text: string, offsets: WordOffsets, i: number, cues: TitleCues): boolean {
  if (cues.headOffices.length === 0) return false;
  const end = offsets[2 * i - 1]!;
  // A head office ends with one of a few words: the word before the name, or the one before an adjective, is
  // one of them or no head office ends there (most capitalised words follow none).
  const lastStart = tokenStart(text, end);
  if (!isHeadOfficeEnd(text, lastStart, end, cues)) {
    let k = lastStart;
    while (k > 0 && isSpaceCode(text.charCodeAt(k - 1))) k--;
    if (k === 0 || !isHeadOfficeEnd(text, tokenStart(text, k), k, cues)) return false;
  }
  const words = lower(text.slice(Math.max(0, end - HEAD_OFFICE_REACH), end)).split(/\s+/u);
  const ends = (w: readonly string[]): boolean => {
    const joined = w.join(' ');
    return cues.headOffices.some((o) => joined === o || joined.endsWith(` ${o}`));
  };
  if (ends(words)) return true;
  const last = words[words.length - 1]!;
  // The office first: the adjective's test folds and slices the word.
  return words.length > 1 && LOWER_WORD.test(last) && ends(words.slice(0, -1)) && cues.isNationality(last);
}

/** An abbreviation in capitals: a country's or a body's ("РФ", "МВД", "UNODC"). */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** Most parts of a place an office ends with ("РФ в Хошимине": an abbreviation, then a preposition's place). */
const PLACE_PARTS = 2;

/**
 * Whether word `i` follows an office that ends with its place, the office's own lower-case word before that
 * ("генерального консула РФ в Хошимине Тимура Садыкова", "consul of Russia in Danang Tran Van Nam"): the place is
 * an abbreviation in capitals, or a capitalised word after a preposition; one space between every two words.
 */
function afterOfficePlace(text: string, offsets: WordOffsets, i: number, cues: TitleCues): boolean {
  const word = (k: number): string => text.slice(offsets[2 * k]!, offsets[2 * k + 1]!);
  const spaced = (k: number): boolean => isSingleSpace(text, offsets[2 * k + 1]!, offsets[2 * k + 2]!);
  let k = i - 1;
  let parts = 0;
  while (parts < PLACE_PARTS && k >= 1 && spaced(k)) {
    const w = word(k);
    const upper = startsUpper(text, offsets[2 * k]!);
    if (ACRONYM.test(w)) k--;
    else if (upper && k >= 2 && spaced(k - 1) && cues.functionWords.has(lower(word(k - 1)))) k -= 2;
    // A country's name in the genitive right after the office, before the preposition's place ("консул
    // России в Хошимине"); alone it may open a longer name, as the rule above keeps.
    else if (upper && parts > 0) k--;
    else break;
    parts++;
  }
  if (parts === 0 || k < 0 || !spaced(k)) return false;
  const office = word(k);
  return LOWER_WORD.test(office) && !cues.functionWords.has(lower(office));
}

/** A lower-case word that is no article or preposition: an office may end with it. */
function closesOffice(previous: string, cues: TitleCues): boolean {
  return LOWER_WORD.test(previous) && !cues.functionWords.has(lower(previous));
}

export function findOfficeNamedCandidates(
  text: string,
  offsets: WordOffsets,
  cues: TitleCues,
): NameCandidate[] {
  // Vietnamese text writes its titles capitalised and its names by shape (names.ts) only.
  if (cues.needsForeignWord) return [];
  const count = offsets.length / 2;
  const out: NameCandidate[] = [];
  for (let i = 1; i < count; i++) {
    const start = offsets[2 * i]!;
    if (!startsUpper(text, start)) continue;
    if (!isSingleSpace(text, offsets[2 * i - 1]!, start)) continue;
    // A head of state's or a minister's office (lexicon headOffices), capitalised as German and English write it,
    // takes a foreign holder's name of any spelling ("president Thongloun Sisoulith").
    const head = afterHeadOffice(text, offsets, i, cues);
    // An article or a preposition opens a phrase the run belongs to ("der Polizei Anton Weber", "of Public
    // Security"); an office closes on a word of its own. The word before is sliced only when it is asked.
    if (
      !head &&
      !closesOffice(text.slice(offsets[2 * i - 2]!, offsets[2 * i - 1]!), cues) &&
      !afterOfficePlace(text, offsets, i, cues)
    )
      continue;
    const runWord = head ? isAnyNameWord : isRunWord;
    let j = i;
    while (
      j < count &&
      j < i + MAX_WORDS + 1 &&
      (j === i || isSingleSpace(text, offsets[2 * j - 1]!, offsets[2 * j]!)) &&
      runWord(text.slice(offsets[2 * j]!, offsets[2 * j + 1]!))
    )
      j++;
    const size = j - i;
    // A capitalised word of another shape right after the run (a hyphened or dotted one) makes it longer.
    const next = j < count && isSingleSpace(text, offsets[2 * j - 1]!, offsets[2 * j]!) ? j : -1;
    if (size < MIN_WORDS || size > MAX_WORDS || (next >= 0 && startsUpper(text, offsets[2 * next]!))) {
      i = Math.max(i, j - 1);
      continue;
    }
    const tokens: string[] = [];
    for (let k = i; k < j; k++) tokens.push(text.slice(offsets[2 * k]!, offsets[2 * k + 1]!));
    if (tokens.some((t) => isLexiconWord(lower(t), cues))) {
      i = j - 1;
      continue;
    }
    const end = offsets[2 * j - 1]!;
    const cyrillic = CYRILLIC.test(tokens[0]!);
    // A declined run ("консула РФ Тимура Садыкова") is named as the article writes it in the nominative.
    const name = (cyrillic ? nominativeInText(text, tokens) : null) ?? tokens.join(' ');
    // A run in Cyrillic may spell a place the gazetteer knows in Latin letters only (judge.ts).
    const latin = cyrillic ? { latin: romanizeVietnameseName(name) } : {};
    out.push({ start, end, name, tokens, titled: false, officeOnly: true, ...latin });
    i = j - 1;
  }
  return out;
}
