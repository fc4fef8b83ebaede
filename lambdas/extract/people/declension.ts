/**
 * Vietnamese names declined as the Slavic languages decline them: the family name takes the case ending of a
 * hard stem as the last word does ("полковника Нгуена Ван Аня", "pułkownika Nguyena Van Anha", "s
 * podplukovníkem Tranem Quoc Dungem"), or replaces its soft sign ("Хюиня" of Хюинь). A family name that ends
 * in a vowel ("Ле", "Хо", "Vu") stays as it is in every case, so a word read as one declined must end in a
 * consonant once the ending is off: "Хоа" and "Hoa" are Hòa, never Хо or Ho declined.
 */
import { softStemForms, softStemNominative } from '../text/cyrillic-declension.js';
import { fold, foldedList } from '../text/fold.js';

/** A folded final vowel of either script. */
const VOWEL_END = /[aeiouyаеиоуыэюяё]$/u;

/**
 * The base form of a declined family name: `token` without the longest of `suffixes` (longest first) it ends
 * with, or back from a soft stem's ending, when that base is a family name (`isFamily`) ending in a consonant.
 * Null for any other word, and for a family name as it stands.
 */
export function declinedFamilyBase(
  token: string,
  suffixes: readonly string[],
  isFamily: (word: string) => boolean,
  folded: string = fold(token),
  /** The caller has found that the token is no family name as it stands. */
  notFamily = false,
): string | null {
  if (!notFamily && isFamily(token)) return null;
  const foldedSuffixes = foldedList(suffixes);
  for (let k = 0; k < suffixes.length; k++) {
    const suffix = suffixes[k]!;
    if (suffix === '' || !folded.endsWith(foldedSuffixes[k]!) || token.length - suffix.length < 2) continue;
    const base = token.slice(0, -suffix.length);
    if (!VOWEL_END.test(fold(base)) && isFamily(base)) return base;
  }
  const soft = softStemNominative(token);
  return soft !== null && isFamily(soft) ? soft : null;
}

/**
 * The oblique cases endings of Cyrillic nouns in -а and -я take, Russian and Ukrainian together (Ukrainian
 * letters are read as Russian ones, fold.ts asRussianLetters, but both are listed for a lexicon read as written).
 * Not -е after a hard stem: "во главе с" (headed by) is no office, and "посла" would give "после" (after).
 */
const A_STEM_ENDINGS = ['ы', 'и', 'і', 'у', 'ой', 'ою'];
const YA_STEM_ENDINGS = ['и', 'і', 'е', 'ю', 'ей', 'ёй', 'ею'];

/**
 * A role word of a declining Cyrillic language with its oblique cases, as a role stands before its holder's name
 * ("по словам главы ...", "за словами голови ...", "судьи", "судді"): a soft stem's (softStemForms), and a noun
 * in -а or -я with the endings that replace it. Any other word as it stands: its stem already opens its cases.
 */
export function roleCaseForms(word: string): string[] {
  const last = word.charAt(word.length - 1);
  const endings = last === 'а' ? A_STEM_ENDINGS : last === 'я' ? YA_STEM_ENDINGS : null;
  if (endings === null || word.length < 4 || /\s/u.test(word)) return softStemForms(word);
  const stem = word.slice(0, -1);
  return [word, ...endings.map((e) => stem + e)];
}

/**
 * Case endings of Russian and Ukrainian nouns and surnames, longest first: what a name word after an office in
 * the genitive, dative or instrumental ends with ("консула Тимура Садыкова", "с послом Иваном Петровым").
 */
const CASE_ENDINGS = [
  'ому',
  'ему',
  'ого',
  'его',
  'ой',
  'ей',
  'ою',
  'ею',
  'ым',
  'им',
  'ом',
  'ем',
  'а',
  'я',
  'у',
  'ю',
  'е',
  'ы',
  'и',
  'і',
];
/** Fewest letters a name word keeps once its ending is off. */
const MIN_STEM = 3;
/** Most letters a form of the same word adds to its stem. */
const MAX_ENDING = 3;
/**
 * A word as a nominative may end: a consonant, or -а, -я, -й, -ь, or -о as Ukrainian men's names do ("Павло",
 * "Петро"; never the adjective's genitive -ого, -его), never -у, -ы, -е, -ом ...
 */
const NOMINATIVE_END = /(?:[бвгджзклмнпрстфхцчшщ]|[аяйь]|(?<!ог|ег)о)$/u;
const CONSONANT = /[бвгджзклмнпрстфхцчшщ]/u;

/**
 * The forms of a stem: a stem ending in two consonants may lose a fleeting vowel between them in the oblique
 * cases ("Павла", "Павел"; "Петра", "Пётр" with its ё), which the nominative keeps. е and ё stand for each
 * other (the press mostly writes ё as е). Matched unit by unit rather than as a pattern: a regex holding the
 * name's letters would be compiled for every name read, and one with Unicode classes costs about a
 * millisecond to compile (the search of this module's first version, per Cyrillic name after an office).
 */
function losesVowel(stem: string): boolean {
  const low = stem.toLowerCase();
  const n = stem.length;
  return n >= MIN_STEM && CONSONANT.test(low.charAt(n - 1)) && CONSONANT.test(low.charAt(n - 2));
}

/** A unit of the text where a stem has unit `want`: the same, or е for ё (Е for Ё) and back. */
function sameLetter(unit: number, want: number): boolean {
  if (want === 0x435 || want === 0x451) return unit === 0x435 || unit === 0x451;
  if (want === 0x415 || want === 0x401) return unit === 0x415 || unit === 0x401;
  return unit === want;
}

/** A fleeting vowel: е, о or ё. */
function isFleetingVowel(unit: number): boolean {
  return unit === 0x435 || unit === 0x43e || unit === 0x451;
}

/** Where a form of the stem written at `at` ends, -1 if none is. */
function stemEnd(text: string, at: number, stem: string): number {
  const fleeting = losesVowel(stem);
  const fixed = fleeting ? stem.length - 1 : stem.length;
  if (at + fixed > text.length) return -1;
  for (let k = 0; k < fixed; k++) if (!sameLetter(text.charCodeAt(at + k), stem.charCodeAt(k))) return -1;
  if (!fleeting) return at + fixed;
  const i = at + fixed;
  const last = stem.charCodeAt(stem.length - 1);
  // The vowel first, as a greedy `[еоё]?` would; the last letter is a consonant, so only one reading fits.
  if (isFleetingVowel(text.charCodeAt(i)) && text.charCodeAt(i + 1) === last) return i + 2;
  return text.charCodeAt(i) === last ? i + 1 : -1;
}

/** No letter or mark right before a form: it starts a word. */
const WORD_START = /(?<![\p{L}\p{M}])/uy;
/** A word's ending (at most MAX_ENDING lower-case letters), then the spaces before the next word of the name. */
const ENDING_THEN_SPACE = new RegExp(`\\p{Ll}{0,${MAX_ENDING}}\\s+`, 'uy');
/** The last word's ending, then no letter or mark: the name ends there. */
const ENDING_THEN_END = new RegExp(`\\p{Ll}{0,${MAX_ENDING}}(?![\\p{L}\\p{M}])`, 'uy');

/** Where the sticky `re` matches at `at` ends, -1 if it does not. */
function stickyEnd(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

/**
 * Where a form of the name whose words have the stems `stems` written at `at` ends, -1 if none is: each stem
 * with an ending of up to MAX_ENDING lower-case letters, the words apart by white space, the first word
 * starting one and the last ending one. Every part has one reading only: an ending read shorter leaves a
 * lower-case letter where a space or the name's end must stand, and a stem starts with a letter.
 */
function formEnd(text: string, at: number, stems: readonly string[]): number {
  if (stickyEnd(WORD_START, text, at) < 0) return -1;
  let i = at;
  for (let k = 0; k < stems.length; k++) {
    i = stemEnd(text, i, stems[k]!);
    if (i < 0) return -1;
    i = stickyEnd(k === stems.length - 1 ? ENDING_THEN_END : ENDING_THEN_SPACE, text, i);
    if (i < 0) return -1;
  }
  return i;
}

/** The units every form of a stem starts with, as written: before the first е or ё, and a fleeting vowel. */
function fixedHead(stem: string): string {
  const fixed = losesVowel(stem) ? stem.slice(0, -1) : stem;
  const yo = fixed.search(/[еёЕЁ]/u);
  return yo < 0 ? fixed : fixed.slice(0, yo);
}

function stemOf(word: string): string {
  const lowered = word.toLowerCase();
  const ending = CASE_ENDINGS.find((e) => lowered.endsWith(e) && word.length - e.length >= MIN_STEM);
  return ending === undefined ? word : word.slice(0, -ending.length);
}

/**
 * A Cyrillic name read in an oblique case after its office ("консула РФ Тимура Садыкова") as the article
 * writes it in the nominative elsewhere ("Тимур Садыков отметил"): of the forms of the same words the text
 * holds, the shortest whose every word may end a nominative. Null where the text has no other form, or the
 * form read is already that one.
 */
export function nominativeInText(text: string, tokens: readonly string[]): string | null {
  const stems = tokens.map((t) => stemOf(t));
  const read = tokens.join(' ');
  // Every form starts with its first stem's fixed head: only the places indexOf finds it are tried, in text
  // order, each search going on from the end of the form before (as a global regex's matches are read).
  const head = fixedHead(stems[0] ?? '');
  let best: string | null = null;
  for (let at = text.indexOf(head); at >= 0 && at < text.length;) {
    const end = formEnd(text, at, stems);
    if (end < 0) {
      at = text.indexOf(head, at + 1);
      continue;
    }
    const words = text.slice(at, end).split(/\s+/u);
    // A form is never empty; were it, the search would go on one unit further, as matchAll's does.
    at = text.indexOf(head, end > at ? end : at + 1);
    if (!words.every((w) => NOMINATIVE_END.test(w.toLowerCase()))) continue;
    const form = words.join(' ');
    if (best === null || form.length < best.length) best = form;
  }
  return best === null || best === read ? null : best;
}
