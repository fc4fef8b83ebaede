/**
 * Vietnamese names declined as the Slavic languages decline them: the family name takes the case ending of a
 * hard stem as the last word does ("полковника Нгуена Ван Аня", "pułkownika Nguyena Van Anha", "s
 * podplukovníkem Tranem Quoc Dungem"), or replaces its soft sign ("Хюиня" of Хюинь). A family name that ends
 * in a vowel ("Ле", "Хо", "Vu") stays as it is in every case, so a word read as one declined must end in a
 * consonant once the ending is off: "Хоа" and "Hoa" are Hòa, never Хо or Ho declined.
 */
import { softStemForms, softStemNominative } from '../text/cyrillic-declension.js';
import { fold, foldedList } from '../text/fold.js';
import { escapeRegExp } from '../text/regex.js';

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
 * The pattern of a stem's forms: a stem ending in two consonants may lose a fleeting vowel between them in the
 * oblique cases ("Павла", "Павел"; "Петра", "Пётр" with its ё), which the nominative keeps.
 */
function stemPattern(stem: string): string {
  const low = stem.toLowerCase();
  const n = stem.length;
  return n >= MIN_STEM && CONSONANT.test(low.charAt(n - 1)) && CONSONANT.test(low.charAt(n - 2))
    ? `${withYo(stem.slice(0, -1))}[еоё]?${escapeRegExp(stem.slice(-1))}`
    : withYo(stem);
}

/** The text as a pattern in which е and ё stand for each other (the press mostly writes ё as е). */
function withYo(text: string): string {
  return escapeRegExp(text).replace(/[её]/gu, '[её]').replace(/[ЕЁ]/gu, '[ЕЁ]');
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
  const pattern = tokens.map((t) => `${stemPattern(stemOf(t))}\\p{Ll}{0,${MAX_ENDING}}`).join('\\s+');
  const read = tokens.join(' ');
  let best: string | null = null;
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{M}])${pattern}(?![\\p{L}\\p{M}])`, 'gu'))) {
    const words = m[0].split(/\s+/u);
    if (!words.every((w) => NOMINATIVE_END.test(w.toLowerCase()))) continue;
    const form = words.join(' ');
    if (best === null || form.length < best.length) best = form;
  }
  return best === null || best === read ? null : best;
}
