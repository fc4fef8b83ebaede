/**
 * Name candidates by shape: a capitalised Vietnamese family name followed by one to three capitalised
 * Vietnamese syllables, separated by single spaces. A declined last syllable ("Hunga" in Polish) is
 * accepted without its ending when the bare form is a syllable.
 */
import { lower } from '../text/case.js';
import { isCapitalisedSpan, isUpperAt } from '../text/chars.js';
import { asRussianLetters, fold, foldedList, vowelMarksRemoved } from '../text/fold.js';
import { boundedMemo } from '../text/memo.js';
import { isAsciiWord, isSingleSpace, wordOffsets, type WordOffsets } from '../text/words.js';
import { softStemNominative } from '../text/cyrillic-declension.js';
import { transliterate, type LetterTable } from '../text/transliterate.js';
import { declinedFamilyBase } from './declension.js';
import {
  isCyrillicNameSyllable,
  isGreekNameSyllable,
  isNameSyllable,
  isVietnameseSyllable,
  looksLikeName,
} from './syllable.js';

/** The family names a name by shape starts with. */
export interface FamilyNames {
  /** Exact (NFC, lower case) forms with diacritics: "đặng" but not "đảng". */
  readonly exact: ReadonlySet<string>;
  /** Folded forms, for names written without diacritics. */
  readonly folded: ReadonlySet<string>;
  /** Syllables that never end a name ("thị", "văn"): exact forms, and folded ones for names without diacritics. */
  readonly middleOnlyExact: ReadonlySet<string>;
  readonly middleOnlyFolded: ReadonlySet<string>;
  /** Folded family names of the Central Highlands peoples, after which any name-like word follows. */
  readonly highland: ReadonlySet<string>;
  /** Folded stems and branches of the lunar calendar: "Giáp Thìn" is a year. */
  readonly yearStems: ReadonlySet<string>;
  readonly yearBranches: ReadonlySet<string>;
  /**
   * Where the language transcribes Vietnamese names by sound in its own Latin letters (Serbian "Fam Min Čin",
   * "Ngujen", as its Cyrillic writes "Фам Мин Чин", "Нгујен"): its Latin letters as Cyrillic ones (the places
   * lexicon's cyrillicLetters), and the Cyrillic family names of every people lexicon by the same key
   * (cyrillicKey). Empty where the language has no such table.
   */
  readonly latinToCyrillic?: LetterTable;
  readonly cyrillicFamilies?: ReadonlySet<string>;
  /**
   * Outside Vietnamese text a Latin family name is also read with its vowels' marks dropped ("Phấm", "Fạm"):
   * there the marks are a copyist's, mistyped or half-kept beside a transcription, and no word of the language
   * is told from a name by them as Vietnamese "Đảng" (the Party) is from "Đặng".
   */
  readonly vowelMarksLoose?: boolean;
}

/**
 * A Cyrillic spelling by the key of the Latin tables (transliterate.ts), which write the glide and the soft
 * codas as Russian does: Serbian "Нгујен", "Хуињ" read as "нгуйен", "хуинь"; Ukrainian letters as Russian.
 */
export function cyrillicKey(word: string): string {
  return asRussianLetters(lower(word)).replace(/ј/gu, 'й').replace(/њ/gu, 'нь').replace(/љ/gu, 'ль');
}

/** A Latin word that spells a Cyrillic family name by the language's transcription table ("Fam", "Ngujen"). */
function isTranscribedFamily(token: string, families: FamilyNames): boolean {
  const table = families.latinToCyrillic;
  if (table === undefined || table.length === 0) return false;
  let transcribed = transcribedFamilies.get(families);
  if (transcribed === undefined) {
    transcribed = boundedMemo(
      (word) =>
        LATIN_WORD.test(word) &&
        (families.cyrillicFamilies?.has(cyrillicKey(transliterate(word, table))) ?? false),
    );
    transcribedFamilies.set(families, transcribed);
  }
  return transcribed(token);
}

/**
 * isTranscribedFamily's answers per language's family names, remembered (bounded, text/memo.ts): a Polish,
 * Czech, Slovak or Serbian text asks it of every capitalised word and of the stems of each declined one, the
 * same words again and again; transliterating and keying each anew was 6 % of the engine's time on the Polish
 * seed.
 */
const transcribedFamilies = new WeakMap<FamilyNames, (word: string) => boolean>();

/** A Latin word of a name transcribed by sound, read as a Cyrillic syllable ("Dinj" as "динь", Đình). */
function isTranscribedSyllable(token: string, families: FamilyNames): boolean {
  const table = families.latinToCyrillic;
  if (table === undefined || table.length === 0 || !LATIN_WORD.test(token)) return false;
  return isCyrillicNameSyllable(fold(cyrillicKey(transliterate(token, table))));
}

const LATIN_WORD = /^\p{Script=Latin}+$/u;

export interface NameCandidate {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly tokens: readonly string[];
  /**
   * Found by a rank or honorific before it rather than by its Vietnamese shape (titled.ts): a person only
   * if that title is really there.
   */
  readonly titled: boolean;
  /** A titled run in a spelling no name has here, read after a rank: a person only with that rank. */
  readonly rankOnly?: true;
  /**
   * A titled run in a spelling no name has here, read after a courtesy ("Mr Sengphet Khamvongsa"): a person
   * only with an office in apposition right after it (", minister of ...") or a rank.
   */
  readonly appositionOnly?: true;
  /**
   * A run of any spelling right after a lower-case word (office-named.ts): a person only where an office
   * closes right before it in its own clause ("podpredseda výboru Trong Quang").
   */
  readonly officeOnly?: true;
  /**
   * The Vietnamese reading in Latin letters of a run in another script (romanize.ts), or null when it reads as
   * none: read once where the run is found (office-named.ts), for judge.ts to test against the gazetteer.
   * Undefined where it was not read.
   */
  readonly latin?: string | null;
  /**
   * Read from a declined form ("Нгуєна Нгока Ханя", "Nguyena Van Anha") back to its base form: where the
   * article also writes the name undeclined, that spelling is the name's (merge.ts).
   */
  readonly declined?: true;
}

/**
 * A capitalised word that is no family name as it stands, in an oblique case: its base form (declension.ts);
 * null for any other word. `folded` is fold(token).
 */
function declinedFamily(
  token: string,
  folded: string,
  families: FamilyNames,
  suffixes: readonly string[],
): string | null {
  if (suffixes.length === 0) return null;
  return declinedFamilyBase(token, suffixes, (w) => isFamilyName(w, families), folded, true);
}

/**
 * How a capitalised word opens a name by shape, `folded` its fold: '' as a family name as it stands
 * (isFamily), its base form when it is one declined (declinedFamily), undefined when it opens none.
 */
function openingOf(
  word: string,
  folded: string,
  families: FamilyNames,
  suffixes: readonly string[],
): string | undefined {
  return isFamily(word, folded, families)
    ? ''
    : (declinedFamily(word, folded, families, suffixes) ?? undefined);
}

interface Opening {
  readonly folded: string;
  readonly opening: string | undefined;
}

/**
 * openingOf with fold(word), remembered per language's family names and case endings (text/memo.ts): every
 * capitalised word of an article is asked, the same words again and again, and a Polish or Czech word that is
 * no family name was tested stem by stem against each ending (4 % of the engine's time on the seeds).
 */
function rememberedOpenings(families: FamilyNames, suffixes: readonly string[]): (word: string) => Opening {
  let bySuffixes = familyOpenings.get(families);
  if (bySuffixes === undefined) {
    bySuffixes = new WeakMap();
    familyOpenings.set(families, bySuffixes);
  }
  let remembered = bySuffixes.get(suffixes);
  if (remembered === undefined) {
    remembered = boundedMemo((word) => {
      const folded = fold(word);
      return { folded, opening: openingOf(word, folded, families, suffixes) };
    });
    bySuffixes.set(suffixes, remembered);
  }
  return remembered;
}

const familyOpenings = new WeakMap<FamilyNames, WeakMap<readonly string[], (word: string) => Opening>>();

/** A family name by itself, Kinh or of the Central Highlands; `folded` is fold(token). */
function isFamily(token: string, folded: string, families: FamilyNames): boolean {
  return isFoldedFamilyName(token, folded, families) || families.highland.has(folded);
}

/** A family name of the Central Highlands peoples ("Y", "Ksor"): FamilyNames.highland. */
function isHighlandFamily(token: string, families: FamilyNames): boolean {
  return families.highland.has(fold(token));
}

/** Whether a (capitalised) word is a Vietnamese family name. */
export function isFamilyName(token: string, families: FamilyNames): boolean {
  return isFoldedFamilyName(token, isAsciiWord(token) ? fold(token) : '', families);
}

/** isFamilyName, with fold(token) given (needed only for an ASCII word): a word of a text is folded once. */
function isFoldedFamilyName(token: string, folded: string, families: FamilyNames): boolean {
  // With diacritics the spelling must match exactly ("Đặng" is a name, "Đảng" the Party); without any, a
  // machine translation dropped them and only the folded form can match.
  if (isSpelledFamilyName(token, folded, families) || isTranscribedFamily(token, families)) return true;
  if (families.vowelMarksLoose !== true || isAsciiWord(token) || !LATIN_WORD.test(token)) return false;
  const bare = vowelMarksRemoved(token);
  if (bare === token) return false;
  return (isAsciiWord(bare) && families.folded.has(fold(bare))) || isTranscribedFamily(bare, families);
}

function isSpelledFamilyName(token: string, folded: string, families: FamilyNames): boolean {
  if (isAsciiWord(token)) return families.folded.has(folded);
  // Ukrainian and Belarusian spell the Russian transcription's е as є and и as і ("Нгуєн", "Дінь").
  const lowered = lower(token);
  return (
    families.exact.has(lowered) ||
    (CYRILLIC_WORD.test(token) && families.exact.has(asRussianLetters(lowered)))
  );
}

const CYRILLIC_WORD = /^[\p{Script=Cyrillic}]+$/u;

/**
 * A word spelt with no Vietnamese tone marks: in ASCII letters (a machine translation dropped them) or in
 * Cyrillic, which has none ("Ван" is Văn or Vân). Such a middle-name syllable ends no name of two words
 * ("Nguyen Van", "Нгуен Ван"), though it may end a longer one ("Нгуен Тхи Ван", Nguyễn Thị Vân).
 */
function hasNoToneMarks(word: string): boolean {
  return isAsciiWord(word) || CYRILLIC_WORD.test(word);
}

/**
 * No name, or a name cut short: a lunar year ("Giáp Thìn", "Đinh Dậu"); a name that ends with a syllable that only stands inside a name ("Nguyễn Thị", or "Nguyen Thi"
 * and "Nguyen Van" without diacritics, where "Van" may also be "Vân" once it has a given name after it),
 * or an initial follows it: "Nguyễn Thị H." is how articles mask a private person's name.
 */
function isCutShort(
  text: string,
  offsets: WordOffsets,
  next: number,
  parts: readonly string[],
  families: FamilyNames,
): boolean {
  const last = parts[parts.length - 1]!;
  if (parts.length === 2 && isLunarYear(parts[0]!, last, families)) return true;
  if (endsWithMiddleName(parts, families)) return true;
  if (2 * next + 1 >= offsets.length) return false;
  const start = offsets[2 * next]!;
  const end = offsets[2 * next + 1]!;
  return (
    end - start === 1 &&
    isSingleSpace(text, offsets[2 * next - 1]!, start) &&
    isCapitalisedSpan(text, start, end)
  );
}

/** A heavenly stem then an earthly branch ("Giáp Thìn", "Dinh Dau"): a lunar year, no name. */
export function isLunarYear(stem: string, branch: string, families: FamilyNames): boolean {
  return families.yearStems.has(fold(stem)) && families.yearBranches.has(fold(branch));
}

/**
 * A name that ends with a syllable standing only inside one ("Nguyễn Thị", "Nguyen Van", "Нгуен Ван"). After
 * a given name such a syllable is one too, as rare names have it ("Vũ Hồng Văn"): only a family name or
 * another middle syllable before it marks a name cut short ("Nguyễn Thị", "Nguyễn Văn Thị").
 */
export function endsWithMiddleName(parts: readonly string[], families: FamilyNames): boolean {
  const last = parts[parts.length - 1]!;
  if (families.middleOnlyExact.has(lower(last)))
    return parts.length === 2 || families.middleOnlyExact.has(lower(parts[parts.length - 2]!));
  return parts.length === 2 && hasNoToneMarks(last) && families.middleOnlyFolded.has(fold(last));
}

/**
 * One line break where a space would be ("Nguyễn Văn\nHùng"): a text wrapped by hand or by the copy that
 * split the name. Never a blank line (a new paragraph), and never spaces around it.
 */
function isLineWrap(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  return gap === '\n' || gap === '\r\n';
}

/** Whether word `j` is capitalised and follows the word before it after a single space. */
function runsOn(text: string, offsets: WordOffsets, j: number): boolean {
  if (2 * j + 1 >= offsets.length) return false;
  const start = offsets[2 * j]!;
  return (
    isSingleSpace(text, offsets[2 * j - 1]!, start) && isCapitalisedSpan(text, start, offsets[2 * j + 1]!)
  );
}

/** A name that cannot end here: the family name alone, or a syllable that stands only inside a name ("Văn"). */
function isUnfinished(parts: readonly string[], families: FamilyNames): boolean {
  if (parts.length < 2) return true;
  const last = parts[parts.length - 1]!;
  return (
    families.middleOnlyExact.has(lower(last)) ||
    (hasNoToneMarks(last) && families.middleOnlyFolded.has(fold(last)))
  );
}

/**
 * A name word with a case ending, in its base form: a soft stem's nominative ("Минем" → "Минь", tried first:
 * "ем" is also a hard stem's ending in Serbian), else the word without one of `suffixes` when the rest is a
 * syllable ("Hunga", "Туану"). Null for any other word.
 */
function declinedSyllable(token: string, folded: string, suffixes: readonly string[]): string | null {
  const soft = softNominativeSyllable(token);
  if (soft !== null) return soft;
  const foldedSuffixes = foldedList(suffixes);
  for (let k = 0; k < suffixes.length; k++) {
    const s = suffixes[k]!;
    if (
      folded.endsWith(foldedSuffixes[k]!) &&
      (isVietnameseSyllable(folded.slice(0, -s.length)) || isCyrillicNameSyllable(folded.slice(0, -s.length)))
    )
      return token.slice(0, -s.length);
  }
  return null;
}

/** A Cyrillic name word declined from a soft stem, in the nominative, when that is a name syllable. */
function softNominativeSyllable(token: string): string | null {
  const nominative = softStemNominative(token);
  return nominative !== null && isCyrillicNameSyllable(fold(nominative)) ? nominative : null;
}

/**
 * Văn, mostly a middle name ("Nguyễn Văn Hùng"), is also a family name, if a rare one ("Văn Đức Long"):
 * exactly as written, "Van" where the text dropped every tone mark, or "Ван" in Cyrillic, which has none.
 */
function isMiddleSyllableFamily(token: string): boolean {
  return token === 'Văn' || token === 'Van' || token === 'Ван';
}

/** Two or three capitalised syllables written as one word. */
const GLUED_NAME = /^(\p{Lu}[\p{Ll}\p{M}]+)(\p{Lu}[\p{Ll}\p{M}]+)(\p{Lu}[\p{Ll}\p{M}]+)?$/u;

/**
 * The syllables of a Vietnamese name written as one word with a capital at each (GLUED_NAME): a family name,
 * then Vietnamese syllables, the last no middle name only ("NguyenVan" is cut short); null for any other word
 * ("TikTok", "YouTube").
 */
function gluedNameParts(word: string, families: FamilyNames): string[] | null {
  const parts = GLUED_NAME.exec(word)!
    .slice(1)
    .filter((p): p is string => p !== undefined);
  const folded = parts.map((p) => fold(p));
  if (!isFamily(parts[0]!, folded[0]!, families)) return null;
  if (!folded.slice(1).every((f) => isVietnameseSyllable(f))) return null;
  if (families.middleOnlyFolded.has(folded[folded.length - 1]!)) return null;
  return parts;
}

/**
 * `folded`, when given, is fold(text) (the document's folded body): fold maps each unit alone, so a word's fold
 * is its slice of it, and the hundreds of capitalised words of an article are not folded again one by one.
 */
export function findNameCandidates(
  text: string,
  families: FamilyNames,
  inflectionSuffixes: readonly string[],
  offsets: WordOffsets = wordOffsets(text),
  folded?: string,
): NameCandidate[] {
  const count = offsets.length / 2;
  const out: NameCandidate[] = [];
  const foldedSpan = (start: number, end: number): string =>
    folded === undefined ? fold(text.slice(start, end)) : folded.slice(start, end);
  const openings = rememberedOpenings(families, inflectionSuffixes);
  // A caller's fold other than fold(word) is read as given: the answer remembered is fold(word)'s.
  const opening = (word: string, wordFolded: string): string | undefined => {
    const known = openings(word);
    return known.folded === wordFolded
      ? known.opening
      : openingOf(word, wordFolded, families, inflectionSuffixes);
  };
  for (let i = 0; i < count; i++) {
    const firstStart = offsets[2 * i]!;
    const firstEnd = offsets[2 * i + 1]!;
    if (!isCapitalisedSpan(text, firstStart, firstEnd)) {
      // A name whose spaces the page lost ("ToLam", "PhamMinhChinh"), standing alone: its syllables apart.
      // Its first letter is a capital (GLUED_NAME's): most words are lower-case, and are not sliced and matched.
      if (!isUpperAt(text, firstStart)) continue;
      const word = text.slice(firstStart, firstEnd);
      const glued = GLUED_NAME.test(word) ? gluedNameParts(word, families) : null;
      if (glued !== null && !runsOn(text, offsets, i + 1))
        out.push({ start: firstStart, end: firstEnd, name: glued.join(' '), tokens: glued, titled: false });
      continue;
    }
    const first = text.slice(firstStart, firstEnd);
    const firstFolded = foldedSpan(firstStart, firstEnd);
    const rare = isMiddleSyllableFamily(first);
    const opened = rare ? '' : opening(first, firstFolded);
    if (opened === undefined) continue;
    const declinedFirst = opened === '' ? null : opened;
    const parts = [declinedFirst ?? first];
    const highland =
      declinedFirst === null ? families.highland.has(firstFolded) : isHighlandFamily(declinedFirst, families);
    let end = firstEnd;
    let declinedWord = false;
    // An Ede name led by the men's marker "Y" may hold five words: the marker, a given name of two syllables
    // and a family name of two, which comes last ("Y Thanh Hà Niê Kđăm"). Names led by a family name
    // ("Ksor Hen Mlô Byă" runs into another family name) and Kinh names hold at most four.
    const longest = highland && fold(parts[0]!) === 'y' ? 4 : 3;
    let j = i + 1;
    for (; j < count && j <= i + longest; j++) {
      const tStart = offsets[2 * j]!;
      const tEnd = offsets[2 * j + 1]!;
      if (!isSingleSpace(text, offsets[2 * j - 1]!, tStart)) {
        if (!isLineWrap(text, offsets[2 * j - 1]!, tStart) || !isUnfinished(parts, families)) break;
      }
      if (!isCapitalisedSpan(text, tStart, tEnd)) break;
      const token = text.slice(tStart, tEnd);
      const tokenFolded = foldedSpan(tStart, tEnd);
      const highlandWord = highland && isNameSyllable(tokenFolded) && looksLikeName(token, tokenFolded);
      if (
        isVietnameseSyllable(tokenFolded) ||
        isCyrillicNameSyllable(tokenFolded) ||
        isGreekNameSyllable(tokenFolded) ||
        highlandWord ||
        isTranscribedSyllable(token, families)
      ) {
        // After a declined word only declined ones follow: "Туану Ван" is no name read on.
        if (declinedWord) break;
        parts.push(token);
        end = tEnd;
        continue;
      }
      const form = declinedSyllable(token, tokenFolded, inflectionSuffixes);
      if (form === null) break;
      // A declined word ends a name, unless the next is declined too: Ukrainian translations decline every
      // word of one ("Нгуєна Нгока Ханя").
      parts.push(form);
      end = tEnd;
      declinedWord = true;
    }
    if (parts.length < 2) continue;
    // A last word read as a syllable may still be a soft stem declined ("Во Чонг Хая", of Хай).
    const soft = softNominativeSyllable(parts[parts.length - 1]!);
    if (soft !== null) parts[parts.length - 1] = soft;
    // A family name read as declined needs the last word declined too ("Нгуена Ван Аня"): a first word that
    // only looks so ("Trana" in a heading) with a last word as it stands is no such name.
    const lastWord = text.slice(offsets[2 * (j - 1)]!, end);
    if (declinedFirst !== null && parts[parts.length - 1] === lastWord) {
      i = j - 1;
      continue;
    }
    // A highland name is taken by its words' looks only: one that runs on into more capitalised words is a
    // heading or an organisation's name ("Ksor Mah Tuan Visits Border Post", "Kpă Hlen Team").
    if (highland && runsOn(text, offsets, j)) {
      i = j - 1;
      continue;
    }
    // "Văn" leads a name only as its family name in a name of three syllables, no more capitalised word
    // after: "Van Duc Long", not "Nguyen" cut off before it nor a heading.
    if (rare && (parts.length !== 3 || runsOn(text, offsets, j))) {
      i = j - 1;
      continue;
    }
    if (isCutShort(text, offsets, j, parts, families)) {
      i = j - 1;
      continue;
    }
    const name = parts.join(' ');
    const declined = name !== text.slice(firstStart, end).replace(/\s+/gu, ' ');
    out.push({
      start: firstStart,
      end,
      name,
      tokens: parts,
      titled: false,
      ...(declined ? { declined } : {}),
    });
    i = j - 1;
  }
  return out;
}
