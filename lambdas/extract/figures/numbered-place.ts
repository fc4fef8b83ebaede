/**
 * Vietnamese communes, wards and quarters split in two keep the name and add a digit: "Sơn Kim 1", "Long 2".
 * Translations write the digit inside the name, before the place's type word ("Thanh Binh 2 commune", "थान
 * बिन्ह 2 कम्यून", "탄빈 2 코뮌") or after a type word and the name ("commune de Thanh Binh 2"): the number
 * names the place and counts nothing. A count of places is written otherwise: after a function word or a verb
 * ("in 3 communes", "के 3 कम्यून"), with a classifier ("৩টি কমিউন"), or before a plural noun. Border gates of
 * one town are numbered the same way ("Mong Cai 1 border gate", "gerbang perbatasan Mong Cai 1"; lexicon
 * gateWords).
 */
import type { Unit } from '../../shared/vocabulary.js';
import type { CompiledLexicon } from './lexicon.js';
import { isSegmented } from './segmented.js';
import type { Token } from './tokens.js';
import { phraseAt, phraseEndingAt } from './word-phrases.js';

/** The unit of the lexicon's unit noun starting at token k, if one does (read.ts matchUnit, passed in: no cycle). */
export type UnitAt = (k: number) => Unit | undefined;

const UPPER = /\p{Lu}/u;
/** A letter of a script without case (Devanagari, Bengali, Arabic, Hangul): a name is not told by its case. */
const CASELESS = /\p{Lo}/u;

/** Place numbers are small: a commune is split in two or three, a quarter numbered up to a few dozen. */
const MAX_PLACE_NUMBER = 30;

/** Only spaces stand between the tokens a and b (a before b). */
function spaced(body: string, a: Token, b: Token): boolean {
  return b.start > a.end && /^ +$/u.test(body.slice(a.end, b.start));
}

/** The word token at k may be a name's last word: no function word, connector, unit, or word the lexicon reads. */
function nameWord(
  body: string,
  tokens: readonly Token[],
  k: number,
  lex: CompiledLexicon,
  unitAt: UnitAt,
): boolean {
  const t = tokens[k];
  if (t?.kind !== 'word') return false;
  const first = body[t.start] ?? '';
  if (!UPPER.test(first) && !CASELESS.test(first)) return false;
  return (
    !lex.functionWords.has(t.text) &&
    !lex.connectors.has(t.text) &&
    !lex.conjunctions.has(t.text) &&
    !lex.approximate.has(t.text) &&
    lex.numberWords.get(t.text) === undefined &&
    unitAt(k) === undefined
  );
}

/**
 * The digits at i are part of a place's name: between a name and the place's type word ("Thanh Binh 2
 * commune": in a script with case, two capitalised words before, as a Vietnamese name has), or after a type
 * word and a capitalised name with nothing counted after them ("commune de Thanh Binh 2 et").
 */
export function isPlaceNumber(
  body: string,
  tokens: readonly Token[],
  i: number,
  lex: CompiledLexicon,
  unitAt: UnitAt,
): boolean {
  const n = tokens[i];
  if (n?.kind !== 'num' || n.spelled || n.value > MAX_PLACE_NUMBER || !Number.isInteger(n.value))
    return false;
  // Thai, Khmer, Lao and Burmese runs are words of ICU's cutting, read by segmented.ts; German capitalises nouns.
  if (isSegmented(lex) || lex.nounsCapitalized) return false;
  const name = tokens[i - 1];
  if (name === undefined || !spaced(body, name, n) || !nameWord(body, tokens, i - 1, lex, unitAt))
    return false;
  const cased = UPPER.test(body[name.start] ?? '');
  const next = tokens[i + 1];
  // A numbered border gate reads as a numbered commune does ("Mong Cai 1 border gate", "مونگ کائی 1 سرحدی گیٹ").
  const gate = lex.gateWords !== null && next !== undefined && phraseAt(tokens, i + 1, lex.gateWords) > 0;
  if (next !== undefined && spaced(body, n, next) && (gate || unitAt(i + 1) === 'locality')) {
    // A Vietnamese name is two words or more: in a script with case both capitalised; without case both name
    // words ("थान बिन्ह 2 कम्यून"), where one word alone may be a preposition or a noun ("ضمن 5 مقاطعات").
    const given = tokens[i - 2];
    // A gate's word is no noun a bare number counts after a preposition: one name word is enough ("몽까이 1 국경 관문").
    if (gate && !cased) return true;
    if (given === undefined || !spaced(body, given, name)) return false;
    // With case, the type word in lower case: a headline in title case capitalises every word ("Storm Destroys
    // 12 Villages"); a capitalised type word after a name is read.ts inPlaceName's.
    if (!cased) return nameWord(body, tokens, i - 2, lex, unitAt);
    // A gate's words may be capitalised as its name's ("Mong Cai 1 Border Gate"): no headline counts gates.
    return UPPER.test(body[given.start] ?? '') && (gate || !UPPER.test(body[next.start] ?? ''));
  }
  if (!cased) return false;
  // "commune de Thanh Binh 2": up to three capitalised words, a function word or connector, then the type word.
  if (next !== undefined && spaced(body, n, next) && unitAt(i + 1) !== undefined) return false;
  let k = i - 1;
  while (k > i - 4 && tokens[k]?.kind === 'word' && UPPER.test(body[tokens[k]!.start] ?? '')) k--;
  if (k === i - 1) return false;
  const between = tokens[k];
  if (between?.kind === 'word' && (lex.functionWords.has(between.text) || lex.connectors.has(between.text)))
    k--;
  const type = tokens[k];
  if (type?.kind !== 'word' || UPPER.test(body[type.start] ?? '')) return false;
  return unitAt(k) === 'locality' || (lex.gateWords !== null && phraseEndingAt(tokens, k, lex.gateWords) > 0);
}
