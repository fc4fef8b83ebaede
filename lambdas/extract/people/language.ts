/**
 * The people data an article is read with, compiled once per language: its own lexicon plus Vietnamese
 * (ranks left untranslated, family names), or every lexicon when its language has none.
 */
import { lower } from '../text/case.js';
import { fold } from '../text/fold.js';
import { letterTable } from '../text/transliterate.js';
import { lexiconLanguage, readingOrder } from '../lexicons/load.js';
import { loadPlacesLexicons } from '../places/lexicon.js';
import { compilePeople, loadPeopleLexicons, mergeLexicons, type CompiledPeople } from './lexicon.js';
import { cyrillicKey, type FamilyNames } from './names.js';
import { compileScriptNameCues, type ScriptNameCues } from './scripts.js';
import { compileTitleCues, type TitleCues } from './titled.js';

export interface LanguageData {
  readonly lex: CompiledPeople;
  readonly families: FamilyNames;
  readonly titles: TitleCues;
  /** Names in a script without capitals, titled after the name (zh, ja, ko); null elsewhere. */
  readonly scriptNames: ScriptNameCues | null;
  /**
   * The Vietnamese family names in Han script, for a language written in katakana that may also give a
   * Vietnamese name in Han characters (ja-han-names.ts); null elsewhere. The Chinese lexicon's list: the
   * characters are the same in both languages.
   */
  readonly hanFamilies: ReadonlySet<string> | null;
}

const LEXICONS = loadPeopleLexicons();
const PLACES = loadPlacesLexicons();

/** The administrative type words the places lexicons of these languages write before a name. */
function adminPlaceWords(languages: readonly string[]): string[] {
  return languages.flatMap((l) => Object.values(PLACES.get(l)?.before ?? {}).flat());
}
const LATIN = /\p{Script=Latin}/u;
const compiled = new Map<string, LanguageData>();
const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Every people lexicon's Cyrillic family names, by the key Latin transcription tables spell (names.ts). */
const CYRILLIC_FAMILIES: ReadonlySet<string> = new Set(
  [...LEXICONS.values()].flatMap((l) =>
    l.familyNames.filter((n) => CYRILLIC.test(n)).map((n) => cyrillicKey(n)),
  ),
);

export function peopleDataFor(language: string): LanguageData {
  const hit = compiled.get(language);
  if (hit) return hit;
  const own = LEXICONS.get(language);
  const vi = LEXICONS.get('vi');
  const parts = readingOrder('people', language, LEXICONS.keys()).map((l) => LEXICONS.get(l)!);
  const merged = mergeLexicons(parts);
  // Words that rule a titled run out are those of every lexicon read: a Vietnamese title left untranslated
  // ("Phó Giám đốc") is as much a non-name as the article's own words.
  const titles = compileTitleCues(parts, language === 'vi', language);
  if (own && vi && vi !== own) {
    // Honorifics, roles and place words stay those of the article's language: Vietnamese "anh", "cô" or
    // "bản" are ordinary words elsewhere.
    merged.honorifics = own.honorifics;
    merged.courtesyHonorifics = own.courtesyHonorifics;
    merged.roleWords = own.roleWords;
    merged.wholeRoleWords = own.wholeRoleWords;
    merged.placeWords = own.placeWords;
    merged.placePrepositions = own.placePrepositions;
    merged.articles = own.articles;
    merged.privateCues = own.privateCues;
    // "nguyên" is a word of the Vietnamese lexicon only; other languages' texts keep their own.
    merged.formerWords = own.formerWords;
    merged.roleLinkers = own.roleLinkers;
    merged.memberLinkers = own.memberLinkers;
    merged.authorityWords = own.authorityWords;
  }
  // Words that end an office are the article's language's only: another's ("was", "đã") are words of its own
  // offices or names elsewhere; a language without a lexicon ends none.
  merged.roleEndWords = own?.roleEndWords ?? [];
  const families: FamilyNames = {
    exact: new Set(merged.familyNames.map((n) => lower(n.normalize('NFC')))),
    folded: new Set(merged.familyNames.map((n) => fold(n))),
    // Exact forms are those spelt with Vietnamese letters ("Thị"); a Cyrillic "Ван" is also Vân, so it stands
    // among the folded forms only (names.ts).
    middleOnlyExact: new Set(
      merged.middleOnlyNames.filter((n) => LATIN.test(n)).map((n) => lower(n.normalize('NFC'))),
    ),
    middleOnlyFolded: new Set(merged.middleOnlyNames.map((n) => fold(n))),
    highland: new Set(merged.highlandFamilyNames.map((n) => fold(n))),
    yearStems: new Set(merged.yearStems.map((n) => fold(n))),
    yearBranches: new Set(merged.yearBranches.map((n) => fold(n))),
    // The table of the language's own places lexicon, or its nearest kin's (Bosnian, Croatian: Serbian's).
    latinToCyrillic: letterTable(
      PLACES.get(lexiconLanguage('places', language) ?? '')?.cyrillicLetters ?? {},
    ),
    cyrillicFamilies: CYRILLIC_FAMILIES,
    vowelMarksLoose: language !== 'vi',
  };
  // A language without a people file of its own reads the Vietnamese names of its script as its nearest kin
  // written in the same script does (kinship.json: Nepali and Marathi, Hindi's Devanagari): without them a
  // text with no capitals has no name to find after a rank the kin's file already gives it.
  const kin = own ? undefined : lexiconLanguage('people', language);
  const scriptLex = own ?? (kin === undefined ? undefined : LEXICONS.get(kin));
  const entry = {
    lex: compilePeople(merged, adminPlaceWords(own && vi && vi !== own ? [language] : [language, 'vi'])),
    families,
    titles,
    scriptNames: scriptLex ? compileScriptNameCues(scriptLex) : null,
    hanFamilies:
      own?.namesInScript?.script === 'Katakana'
        ? new Set(LEXICONS.get('zh')?.namesInScript?.familyNames ?? [])
        : null,
  };
  compiled.set(language, entry);
  return entry;
}
