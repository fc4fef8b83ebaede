/**
 * A bare number that a count named before it gives ("the number of drug addicts was 1,234", "the death toll
 * rose to 28", "число погибших возросло до 28") or, in a headline, right after it ("Sobe para 51 número de
 * mortos"): what it counts is what that count names, not a noun of its own. The toll of a disaster or an
 * accident is the commonest such count, and it counts persons.
 */
import { PERSONS, type CompiledLexicon, type UnitEntry } from './lexicon.js';
import { phraseAt, phraseEndingAt } from './word-phrases.js';
import { matchUnit } from './read.js';
import type { Token } from './tokens.js';
import { chosenMarks } from '../text/quotation-marks.js';

/** Words read back from a bare number for a phrase naming its count ("the number of … was"). */
const NAMED_COUNT_REACH = 16;
/** Words read after that phrase for its noun ("the number of documented drug addicts"). */
const NAMED_NOUN_REACH = 3;
/** Quotes and hyphens stand inside a clause ("caused by storm "Durian" rose to 51", "из-за"): they end none. */
export const INSIDE_CLAUSE: ReadonlySet<string> = new Set([
  ...chosenMarks(['"', '“', '”', '„', '«', '»', "'"]),
  '-',
]);

/** Longest aside in brackets read back from its closing bracket (tokens). */
const ASIDE_REACH = 8;

/** Index of the "(" that opens the aside closed by the ")" at k, with no other bracket between; -1 if none near. */
function asideOpening(tokens: readonly Token[], k: number): number {
  for (let j = k - 1; j >= 0 && j >= k - ASIDE_REACH; j--) {
    const t = tokens[j]!;
    if (t.kind !== 'punct') continue;
    if (t.text === '(') return j;
    if (t.text === ')' || t.text === '.') return -1;
  }
  return -1;
}

/** A fate word (fateVerbs, or a fate that befalls persons of fatesBefore) standing as the noun of a count. */
function isFateNoun(t: Token, lex: CompiledLexicon): boolean {
  return t.kind === 'word' && (lex.fateVerbs.has(t.text) || lex.fatesBefore?.has(t.text) === true);
}

/**
 * The noun a count names written before its word, as head-final languages write "the victims' number"
 * (hu "az áldozatok száma", hi "मृतकों की संख्या", mn "нас барсан хүний тоо", tr "ölenlerin sayısı"): a unit
 * noun within a few words before `start` (a genitive particle may stand between), or a fate said as a noun
 * ("the dead"), which counts persons. Null if none: "storm number 3" names no count.
 */
function nounBefore(tokens: readonly Token[], start: number, lex: CompiledLexicon): UnitEntry | null {
  for (let j = start - 1; j >= 0 && j >= start - NAMED_NOUN_REACH; j--) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return null;
    const u = matchUnit(tokens, j, lex);
    if (u) return u.entry.counter ? null : u.entry;
    if (isFateNoun(t, lex)) return PERSONS;
  }
  return null;
}

/** The first unit noun (or fate) within a few words from `from` (before `limit`); null if none or a counter. */
export function nounFrom(
  tokens: readonly Token[],
  from: number,
  limit: number,
  lex: CompiledLexicon,
): UnitEntry | null {
  for (let j = from; j < from + NAMED_NOUN_REACH && j < limit; j++) {
    const u = matchUnit(tokens, j, lex);
    if (u) return u.entry.counter ? null : u.entry;
    // "idadi ya waliofariki" (the number of those who died): a fate said as a noun counts persons.
    if (isFateNoun(tokens[j]!, lex)) return PERSONS;
  }
  return null;
}

/** "multiplied by three", "tiga kali lipat": the number is a factor of the count, not a value of it. */
function isFactor(tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  return (
    (lex.factorBefore !== null && phraseEndingAt(tokens, i - 1, lex.factorBefore) > 0) ||
    (lex.factorAfter !== null && phraseAt(tokens, i + 1, lex.factorAfter) > 0)
  );
}

/**
 * A phrase of numberOf (with the noun after it, else before it) or of tolls earlier in the number's clause,
 * words (and quotes) only between, names what the number counts. Null when there is none.
 */
export function namedCountBefore(
  tokens: readonly Token[],
  i: number,
  lex: CompiledLexicon,
): UnitEntry | null {
  if (lex.numberOf === null && lex.tolls === null) return null;
  if (isFactor(tokens, i, lex)) return null;
  let words = 0;
  for (let k = i - 1; k >= 0 && words < NAMED_COUNT_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') {
      if (t.kind === 'punct' && INSIDE_CLAUSE.has(t.text)) continue;
      // "El número de accidentes durante el feriado (2 de septiembre) totalizó 19": an aside in brackets
      // stands inside the clause, its date or number included.
      const open = t.kind === 'punct' && t.text === ')' ? asideOpening(tokens, k) : -1;
      if (open < 0) return null;
      k = open;
      continue;
    }
    words++;
    if (lex.tolls !== null && phraseEndingAt(tokens, k, lex.tolls) > 0) return PERSONS;
    const n = lex.numberOf === null ? 0 : phraseEndingAt(tokens, k, lex.numberOf);
    if (n > 0) return nounFrom(tokens, k + 1, i, lex) ?? nounBefore(tokens, k - n + 1, lex);
  }
  return null;
}

/** "Sobe para 51 número de mortos": a phrase of numberOf and its noun, or of tolls, right after the number. */
export function namedCountAfter(tokens: readonly Token[], i: number, lex: CompiledLexicon): UnitEntry | null {
  if (lex.tolls !== null && phraseAt(tokens, i + 1, lex.tolls) > 0) return PERSONS;
  const n = lex.numberOf === null ? 0 : phraseAt(tokens, i + 1, lex.numberOf);
  return n > 0 ? nounFrom(tokens, i + 1 + n, tokens.length, lex) : null;
}

/**
 * "totalizó 19, en comparación con la cifra de 24": a phrase of numberOf right before the number that names
 * no noun (none after it, none before it) gives the number as another value of a count already said.
 */
export function bareNamedCount(tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  const n = lex.numberOf === null ? 0 : phraseEndingAt(tokens, i - 1, lex.numberOf);
  return n > 0 && nounBefore(tokens, i - n, lex) === null;
}

/**
 * "Sale a 11 il numero delle vittime", "porte à 9 le bilan", "eleva a 7 el número de muertos": a bare number
 * whose count is named right after it behind one function word (the article of the count's noun phrase), as
 * the Romance languages write "rises to N the number of the dead". Null when none is.
 */
export function namedCountAfterArticle(
  tokens: readonly Token[],
  i: number,
  lex: CompiledLexicon,
): UnitEntry | null {
  const article = tokens[i + 1];
  if (article?.kind !== 'word' || !lex.functionWords.has(article.text)) return null;
  return namedCountAfter(tokens, i + 1, lex);
}

/** Words of a minimum or an approximation read back from the number to its copula ("sono almeno dieci"). */
const SUBJECT_QUALIFIERS = 2;

/**
 * "Sono almeno dieci le vittime", "Son ya 12 los muertos", "São dez as vítimas": a copula before the number (past
 * a word of minimum or approximation) and the subject after it behind its definite article, as the Romance
 * languages put the count before its subject: the subject's noun is what the number counts. Null when not so.
 */
export function subjectAfterArticle(
  tokens: readonly Token[],
  i: number,
  lex: CompiledLexicon,
): UnitEntry | null {
  const article = tokens[i + 1];
  if (article?.kind !== 'word' || !lex.definite.has(article.text)) return null;
  const unit = matchUnit(tokens, i + 2, lex);
  if (!unit || unit.entry.counter) return null;
  let k = i - 1;
  for (let read = 0; read <= SUBJECT_QUALIFIERS; read++) {
    if (tokens[k]?.kind !== 'word') return null;
    if (phraseEndingAt(tokens, k, lex.copulas) > 0) return unit.entry;
    const qualifier = Math.max(
      phraseEndingAt(tokens, k, lex.approximate),
      lex.atLeast ? phraseEndingAt(tokens, k, lex.atLeast) : 0,
    );
    if (qualifier === 0) return null;
    k -= qualifier;
  }
  return null;
}

/** Words read back from a copula for the fate said as a noun that is its subject ("i feriti … sono"). */
const FATED_SUBJECT_REACH = 5;

/**
 * "I feriti sono 7", "les morts seraient 12", "Molti i feriti ma quelli gravi sarebbero 23": a bare number
 * right after a copula (past a word of minimum or approximation) whose subject, a few words before it in its
 * clause, is a fate said as a noun (the dead, the injured, the arrested) counts those persons. Only a fate:
 * a plain noun there may be described by the number ("the driver was 45", an age), and a noun between the
 * fate and the copula, or right before the fate, is the one the fate qualifies ("the injured man is 45", "il
 * conducente ferito è 45"). PERSONS, or null.
 */
export function fatedSubjectBeforeCopula(
  tokens: readonly Token[],
  i: number,
  lex: CompiledLexicon,
): UnitEntry | null {
  let k = i - 1;
  for (let read = 0; ; read++) {
    if (read > SUBJECT_QUALIFIERS || tokens[k]?.kind !== 'word') return null;
    const copula = phraseEndingAt(tokens, k, lex.copulas);
    if (copula > 0) {
      k -= copula;
      break;
    }
    const qualifier = Math.max(
      phraseEndingAt(tokens, k, lex.approximate),
      lex.atLeast ? phraseEndingAt(tokens, k, lex.atLeast) : 0,
    );
    if (qualifier === 0) return null;
    k -= qualifier;
  }
  for (let words = 0; k >= 0 && words < FATED_SUBJECT_REACH; k--, words++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return null;
    // A fate right after a unit noun qualifies it ("il conducente ferito è 45"): that noun is the subject.
    if (isFateNoun(t, lex)) return k > 0 && matchUnit(tokens, k - 1, lex) ? null : PERSONS;
    if (matchUnit(tokens, k, lex)) return null;
  }
  return null;
}
