/**
 * A classifier or a bare number joined by a particle (lexicon counterLinks: ja "の", ko "의") to the noun it
 * counts, written after it: "2台のバイク", "2대의 차량", "127 の作業グループ".
 */
import type { CompiledLexicon, UnitEntry } from './lexicon.js';
import type { Unit } from '../../shared/vocabulary.js';
// Korean spaces the particle's phrase ("7개 이상의 총") and the noun after it.
import { pastSpaces } from '../text/words.js';

/**
 * The unit noun a particle links after a classifier ending at `at` ("2台のバイク", "2대의 차량", "7개의 총"), if
 * any.
 */
export function unitLinkedAfter(folded: string, at: number, lex: CompiledLexicon): UnitEntry | undefined {
  const from = pastSpaces(folded, at);
  const link = lex.counterLinks.getPrefix(folded, from);
  if (!link) return undefined;
  const first = pastSpaces(folded, from + link.length);
  const noun = lex.units.getPrefix(folded, first) ?? modifiedNoun(folded, first, lex);
  if (noun) return noun.value.counter ? undefined : noun.value;
  // A noun that is a name when glued to a number ("5区", District 5) counts when a particle links it.
  const head = lex.nounsAfterClassifier.getPrefix(folded, first);
  if (head) return { unit: head.value, factor: 1 };
  const modified = HANGUL.test(folded[first] ?? '')
    ? headPastModifiers(folded, first, lex, MAX_MODIFIERS)
    : undefined;
  if (modified) return { unit: modified, factor: 1 };
  // Read last: a linked noun of its own ("小包", a parcel) counts before a shorter unit inside it ("包").
  const compound = compoundHead(folded, first, lex);
  return compound && !compound.value.counter ? compound.value : undefined;
}

/** Longest modifier skipped before a linked noun, in code units. */
const MAX_MODIFIER = 8;

/**
 * "두 대의 수상한 차량" (two suspicious vehicles): in a spaced text one modifying word may stand between the
 * particle and the noun.
 */
function modifiedNoun(folded: string, word: number, lex: CompiledLexicon) {
  if (folded[word - 1] !== ' ') return undefined;
  const space = folded.indexOf(' ', word);
  if (space < 0 || space - word > MAX_MODIFIER || /[\n.,]/.test(folded.slice(word, space))) return undefined;
  return lex.units.getPrefix(folded, space + 1);
}

/** Han and katakana: the letters a Japanese compound noun is written in, without the kana of its particles. */
const COMPOUND_CHAR = /[\p{Script=Han}\p{Script=Katakana}\u30fc]/u;

/** Longest modifier read before the head of a linked compound ("指揮車両", command vehicle), in code units. */
const MAX_COMPOUND_MODIFIER = 4;

/**
 * "2台の指揮車両" (two command vehicles), "1台の特殊車両を": Japanese puts a compound's head noun last, so a unit noun
 * that ends a compound of Han or katakana letters after the particle names what is counted; the compound ends
 * where those letters do (a particle, a mark), or it is another word ("車両基地", a depot).
 */
function compoundHead(folded: string, first: number, lex: CompiledLexicon) {
  if (!lex.glued) return undefined;
  for (
    let k = first + 1;
    k <= first + MAX_COMPOUND_MODIFIER && COMPOUND_CHAR.test(folded[k - 1] ?? '');
    k++
  ) {
    const head = lex.units.getPrefix(folded, k);
    if (head && !COMPOUND_CHAR.test(folded[k + head.length] ?? '')) return head;
  }
  return undefined;
}

/** Longest noun phrase read after a general classifier for its head noun, in code units. */
const MAX_CLASSIFIED_PHRASE = 8;

/** Letters and the marks written on them: what an unspaced noun phrase is made of. */
const PHRASE_CHAR = /[\p{L}\p{M}]/u;

/**
 * "9个进出口货物包裹" (nine import parcels): in an unspaced script a general classifier may be followed by a
 * short noun phrase without a particle; the first head noun of the lexicon's nounsAfterClassifier within it
 * (before any punctuation, digit or space) names what is counted.
 */
export function unitClosingClassifier(folded: string, at: number, lex: CompiledLexicon): Unit | undefined {
  const stop = Math.min(folded.length, at + MAX_CLASSIFIED_PHRASE);
  for (let k = at; k < stop && PHRASE_CHAR.test(folded[k]!); k++) {
    const noun = lex.nounsAfterClassifier.getPrefix(folded, k);
    if (noun) return noun.value;
  }
  return undefined;
}

/** A Hangul syllable or letter. */
const HANGUL = /\p{Script=Hangul}/u;

/** Korean particles that may end the noun a classifier counts ("2개 사단과", "3개 마을에서"). */
const NOUN_ENDINGS = /^(?:과|와|에서|에|의|을|를|이|가|은|는|도|만)?(?=$|[\s.,;:)\]])/u;

/**
 * "2개 사단" (two divisions), "3개 마을에서" (in three villages): Korean writes the noun a general classifier
 * (개) counts after it, spaced, without a particle; a head noun of the lexicon's nounsAfterClassifier that is
 * the whole next word (or that word less its particle) names what is counted. A longer word that only starts
 * with one ("성공", success) names nothing.
 */
export function unitSpacedAfterClassifier(
  folded: string,
  at: number,
  lex: CompiledLexicon,
  modifiers = 0,
): Unit | undefined {
  if (folded[at] !== ' ') return undefined;
  const first = pastSpaces(folded, at);
  // Only Hangul: Chinese and Japanese write the noun against the classifier, Thai spaces between phrases.
  if (!HANGUL.test(folded[first] ?? '')) return undefined;
  return headPastModifiers(folded, first, lex, modifiers);
}

/** Most bare words a Korean count puts between its general classifier and the noun it counts. */
export const MAX_MODIFIERS = 2;

/** Longest modifying word skipped before a Korean head noun, in syllables. */
const MAX_MODIFIER_WORD = 4;

/**
 * The head noun of a Korean noun phrase starting at `word`: a head of the lexicon's nounsAfterClassifier that is
 * the whole word (or the word less its particle), after at most `modifiers` bare Hangul words ("3개 마약 집단",
 * three drug gangs; "3개의 마약 밀매 조직", three drug-trafficking rings: Korean puts the counted noun last in
 * its phrase). A word with a mark, a digit or a letter of another script ends the phrase.
 */
function headPastModifiers(
  folded: string,
  word: number,
  lex: CompiledLexicon,
  modifiers: number,
): Unit | undefined {
  let at = word;
  for (let skipped = 0; ; skipped++) {
    const noun = lex.nounsAfterClassifier.getPrefix(folded, at);
    if (noun && NOUN_ENDINGS.test(folded.slice(at + noun.length, at + noun.length + 4))) return noun.value;
    if (skipped >= modifiers) return undefined;
    let end = at;
    while (end < folded.length && HANGUL.test(folded[end]!)) end++;
    if (end === at || end - at > MAX_MODIFIER_WORD || folded[end] !== ' ') return undefined;
    at = end + 1;
  }
}
