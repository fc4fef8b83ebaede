/**
 * The Arabic dual: a noun counts two by its ending alone ("شخصين", two persons; "سيارتين", two cars; "طنين",
 * two tons), with no number written. Such a word becomes a number token of value 2 over the word, followed by
 * the word read as its singular, so that the unit stages read it as they read "2 سيارة".
 *
 * In unvocalised script the dual ending -ين is also the sound masculine plural (مواطنين, citizens; متهمين,
 * defendants), which participles (م...) and adjectives of relation (...ي) naming persons take: those are read
 * as duals only when "two" follows them ("متهمين اثنين"); things have broken plurals, so "مشروعين" (two
 * projects; مشاريع) and "مسدسين" (two pistols; مسدسات) are duals. A feminine noun's dual (-تين, -تان) is never a plural (-ات), and
 * a word with the article (الشخصين, the two persons) repeats a count already made.
 */
import { procliticBodyStart } from '../language/clitics.js';
import type { CompiledLexicon } from './lexicon.js';
import type { Token } from './token-types.js';

const YA_NUN = 'ين';
const ALIF_NUN = 'ان';
const TA_MARBUTA = 'ة';
const TA = 'ت';
const NUN = 0x646;
const YA = 0x64a;
const ALIF = 0x627;

export function readsDuals(lex: Pick<CompiledLexicon, 'language'>): boolean {
  return lex.language === 'ar';
}

/** The singular a dual word stands for when it is a unit of the lexicon, else undefined. */
function unitSingular(word: string, lex: CompiledLexicon, confirmed: boolean): string | undefined {
  if (word.length < 4 || !(word.endsWith(YA_NUN) || word.endsWith(ALIF_NUN))) return undefined;
  if (word.startsWith('ال')) return undefined;
  const stem = word.slice(0, -2);
  // سيارتين → سيارة: the feminine ending is written ت before the dual's.
  if (stem.endsWith(TA)) {
    const feminine = stem.slice(0, -1) + TA_MARBUTA;
    if (lex.units.get(feminine) !== undefined) return feminine;
  }
  const entry = lex.units.get(stem);
  // Only nouns of persons take the sound masculine plural: "مشروعين" (مشاريع in the plural) and "مسدسين"
  // (مسدسات) are duals, "متهمين" and "مدنيين" are plurals unless "two" follows. The nominative dual's -ان is
  // no plural ending (the plural's is -ون): "متهمان", "صينيان" (two Chinese) are duals.
  if (
    !confirmed &&
    word.endsWith(YA_NUN) &&
    (stem.startsWith('م') || stem.endsWith('ي')) &&
    entry?.unit === 'person'
  )
    return undefined;
  return entry !== undefined && entry.counter !== true && entry.unit !== 'percent' ? stem : undefined;
}

/** The number word after `end` (one space between) when it is one or two: its value and end. */
function numberAfter(
  folded: string,
  end: number,
  lex: CompiledLexicon,
): { value: number; end: number } | null {
  if (folded.charCodeAt(end) !== 32) return null;
  let k = end + 1;
  while (k < folded.length && folded.charCodeAt(k) > 32 && !'.,،;:)'.includes(folded[k]!)) k++;
  const value = k > end + 1 ? lex.numberWords.get(folded.slice(end + 1, k), false) : undefined;
  return value === 1 || value === 2 ? { value, end: k } : null;
}

/**
 * Reads the word folded[start, end) as a counted noun: a dual, or a noun that "one" or "two" follows ("شخص
 * واحد", one person; "متهمين اثنين", two defendants), as Arabic writes these two numbers after the noun. Pushes
 * the number and the noun (a dual as its singular), after a proclitic word ("وسيارتين", and two cars), and
 * returns where reading goes on (past the number word), or returns -1 and pushes nothing.
 */
export function pushDual(
  raw: Token[],
  folded: string,
  start: number,
  end: number,
  lex: CompiledLexicon,
  wordToken: (from: number, to: number) => Token,
): number {
  if (end - start < 2) return -1;
  const after = numberAfter(folded, end, lex);
  const last = folded.charCodeAt(end - 1);
  const dualEnding = end - start >= 4 && last === NUN;
  // The dual before the noun it is of drops its ن: "شاحنتي إطفاء", two fire engines; "مليوني قرض".
  const construct = end - start >= 4 && (last === YA || last === ALIF) && folded.charCodeAt(end) === 32;
  if (!dualEnding && !construct && after?.value !== 1) return -1;
  if (raw[raw.length - 1]?.kind === 'num') return -1;
  for (const from of new Set([start, procliticBodyStart(folded, start, end)])) {
    const word = folded.slice(from, end);
    const noun =
      after?.value === 1
        ? singularUnit(word, lex)
        : dualEnding
          ? (unitSingular(word, lex, after?.value === 2) ?? scaleOfDual(word.slice(0, -2), lex))
          : constructSingular(word, lex);
    if (noun === undefined) continue;
    const value = after?.value ?? 2;
    if (from > start) raw.push(wordToken(start, from));
    raw.push({
      kind: 'num',
      start: from,
      end: after ? after.end : end,
      value,
      spelled: true,
      plain: false,
      phone: false,
    });
    raw.push({ kind: 'word', start: from, end, text: noun });
    return after ? after.end : end;
  }
  return -1;
}

/** A scale word the dual is of ("مليونين", two million): the scale, read after the number 2. */
function scaleOfDual(stem: string, lex: CompiledLexicon): string | undefined {
  return stem.length >= 3 && lex.scales.get(stem) !== undefined ? stem : undefined;
}

/** The singular of a dual in the construct state: a feminine noun (-تي, -تا) or a scale word (مليوني, ألفي). */
function constructSingular(word: string, lex: CompiledLexicon): string | undefined {
  if (word.startsWith('ال')) return undefined;
  const stem = word.slice(0, -1);
  if (stem.endsWith(TA)) {
    const feminine = stem.slice(0, -1) + TA_MARBUTA;
    const entry = lex.units.get(feminine);
    if (entry !== undefined && entry.counter !== true && entry.unit !== 'percent') return feminine;
  }
  return word.endsWith('ي') ? scaleOfDual(stem, lex) : undefined;
}

/** The word itself when it is a unit of the lexicon without the article ("شخص" of "شخص واحد"). */
function singularUnit(word: string, lex: CompiledLexicon): string | undefined {
  if (word.startsWith('ال')) return undefined;
  const entry = lex.units.get(word);
  return entry !== undefined && entry.counter !== true && entry.unit !== 'percent' ? word : undefined;
}
