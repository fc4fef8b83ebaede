/**
 * From readings to counted figures, in text order: pairs ("7 sur 19 communes"), totalities ("11/11"),
 * ranges ("8 à 10 millions"), classifiers, and bare numbers that count what their sentence counted.
 */
import type { Document, Span } from '../types.js';
import type { Unit } from '../../shared/vocabulary.js';
import type { CompiledLexicon, UnitEntry } from './lexicon.js';
import {
  DASHES,
  isPunct,
  phraseAt,
  phraseEndingAt,
  SLASH,
  unitBefore,
  unitBeforeCountWord,
} from './phrases.js';
import { isNameAsWritten, isYear, matchUnit, type Reading } from './read.js';
import type { NumToken, Token } from './tokens.js';
import { isFateVerbAt, isFateWordAt } from './verbs.js';
import {
  MAX_MODIFIERS,
  unitClosingClassifier,
  unitLinkedAfter,
  unitSpacedAfterClassifier,
} from './linked.js';
import { fatedBefore } from './fate-before.js';
import { personSuffixEnd } from './person-suffix.js';
import {
  bareNamedCount,
  fatedSubjectBeforeCopula,
  namedCountAfter,
  namedCountAfterArticle,
  namedCountBefore,
  subjectAfterArticle,
} from './tolls.js';
import { partitiveWhole } from './partitive.js';
import { stateAfterCopula, subjectAfterCopula } from './copula.js';
import { classifiedNounBefore, genericClassifierNoun } from './classified.js';
import { doerBeforeCounter } from './doer-before.js';
import { nounOfAllOf } from './all-of.js';

export interface Candidate {
  /** Token index of the number. */
  index: number;
  start: number;
  end: number;
  value: number;
  unit: Unit;
  currency?: string | undefined;
  sentence: number;
}

function sentenceIndexer(sentences: readonly Span[]): (at: number) => number {
  let k = 0;
  // Queries come in increasing offsets: a moving pointer keeps the pass linear.
  return (at) => {
    while (k < sentences.length - 1 && sentences[k]!.end <= at) k++;
    return k;
  };
}

/**
 * "phường Móng Cái 2", "quartier Ben Thanh 3": a bare number after the capitalised words that follow a name
 * word ends the name, as right after the name word itself ("phường 2").
 */
function closesName(body: string, tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (k < i - 1 && (lex.nameWords.has(t.text) || isNameAsWritten(body, t, lex))) return true;
    if (!UPPER.test(body[t.start] ?? '')) return false;
  }
  return false;
}

const UPPER = /\p{Lu}/u;

/** Numbers a list may hold before the one that carries their shared unit. */
const LIST_LENGTH = 6;
const COMMA = new Set([',']);

/**
 * The unit written once after the last of a list of bare numbers that starts at i ("9,16, 32,35 e 1,38%"),
 * the numbers joined by commas and a conjunction, else null. A blocked number (a date, a time) ends no list.
 */
function unitEndingList(
  tokens: readonly Token[],
  i: number,
  lex: CompiledLexicon,
  readings: ReadonlyMap<number, Reading>,
): (UnitEntry & { scale: number }) | null {
  let k = i;
  for (let items = 1; items < LIST_LENGTH; items++) {
    let j = k + 1;
    if (isPunct(tokens[j], COMMA)) j++;
    const link = tokens[j];
    if (link?.kind === 'word' && lex.conjunctions.has(link.text)) j++;
    if (j === k + 1) return null;
    const next = readings.get(j);
    if (!next || next.blocked || next.num.spelled) return null;
    if (next.own) return next.own.counter ? null : next.own;
    if (next.countsNoun || next.scale > 1) return null;
    k = j;
  }
  return null;
}

/** The number at i is followed by a conjunction or range word and a number read as no count (a date, a span). */
function boundOfBlocked(
  tokens: readonly Token[],
  i: number,
  lex: CompiledLexicon,
  readings: ReadonlyMap<number, Reading>,
): boolean {
  const link = tokens[i + 1];
  // "18-25 ปี", "18–25 years": a dash joins the bounds as a range word does.
  const joins =
    isPunct(link, DASHES) ||
    (link?.kind === 'word' && (lex.conjunctions.has(link.text) || lex.rangeWords.has(link.text)));
  if (!joins) return false;
  const other = readings.get(i + 2);
  return other !== undefined && other.blocked && !other.num.phone;
}

/** The enumeration comma of CJK writing ("3、4個", three or four). */
const ENUMERATION: ReadonlySet<string> = new Set(['、']);

/**
 * "3、4個鎖頭", "二、三人": two neighbouring numbers parted by an enumeration comma are "three or four", a range
 * whose lower bound takes the unit of the upper; other numbers so parted are items of a list.
 */
function neighbourRange(tokens: readonly Token[], i: number): boolean {
  const lower = tokens[i];
  const upper = tokens[i + 2];
  return (
    isPunct(tokens[i + 1], ENUMERATION) &&
    lower?.kind === 'num' &&
    upper?.kind === 'num' &&
    upper.value === lower.value + 1 &&
    lower.value < 10
  );
}

/**
 * The scale a range's lower bound shares with its upper: "8 à 10 millions" (8 million), but "от 500.000 до 2
 * миллионов", "from 500,000 to 2 million": a lower bound not below the upper's number is written whole, as a
 * range rises.
 */
function scaleOfLower(lower: NumToken, upper: NumToken, scale: number): number {
  return lower.value < upper.value ? scale : 1;
}

/** "entre 2,5 et 3,5 tonnes": a range opener before the number and a conjunction after it. */
function openedRange(tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  const opener = tokens[i - 1];
  const link = tokens[i + 1];
  return (
    opener?.kind === 'word' &&
    lex.rangeOpeners.has(opener.text) &&
    link?.kind === 'word' &&
    lex.conjunctions.has(link.text)
  );
}

/** The token before a clause's subject: none, punctuation or a conjunction. */
function opensClause(t: Token | undefined, lex: CompiledLexicon): boolean {
  return t === undefined || t.kind === 'punct' || (t.kind === 'word' && lex.conjunctions.has(t.text));
}

/**
 * A classifier that counts by itself ("25支", zh) counts what the noun right after it names, when that is a
 * head noun of the lexicon's nounsAfterClassifier closing the short phrase glued after it ("25支自制枪支", 25
 * home-made guns: a modifier between the classifier and its noun); otherwise its default unit.
 */
function closedOrDefault(folded: string, own: UnitEntry & { end: number }, lex: CompiledLexicon): UnitEntry {
  const head = unitClosingClassifier(folded, own.end, lex) ?? unitSpacedAfterClassifier(folded, own.end, lex);
  return head ? { ...own, unit: head } : own;
}

/**
 * A generic classifier (unit `other`: ja "つ", "個", ko "개") linked to a noun that names a unit ("7つの銃",
 * "5개의 오토바이") counts that noun: its unit is the noun's. The classifier of cases (ko "건") is as general
 * in Korean, where a noun linked after it or spaced right after it ("500건 이상의 차량", "5,614건 차량 압수")
 * names what is counted; a glued phrase after a case classifier (zh "2起持枪抢劫案") is the case itself.
 */
function linkedNounUnit(folded: string, own: UnitEntry & { end: number }, lex: CompiledLexicon): Unit {
  if (own.currency !== undefined || (own.unit !== 'other' && own.unit !== 'case')) return own.unit;
  const noun = unitLinkedAfter(folded, own.end, lex);
  if (noun) return noun.currency === undefined && noun.unit !== 'other' ? noun.unit : own.unit;
  // After a case classifier a glued phrase is the case itself: only a spaced noun names what is counted.
  const closing = own.unit === 'case' ? undefined : unitClosingClassifier(folded, own.end, lex);
  // A general classifier's noun may follow a few modifying words ("3개 마약 집단"); a case's noun follows at once.
  const modifiers = own.unit === 'other' ? MAX_MODIFIERS : 0;
  return closing ?? unitSpacedAfterClassifier(folded, own.end, lex, modifiers) ?? own.unit;
}

/** Capitalised words read after a joined number for the name that stands in for its noun. */
const NAME_REACH = 3;

/**
 * "delapan warga negara China dan tiga Vietnam", "8 người Trung Quốc và 3 Việt Nam": a number joined by a
 * conjunction to its sentence's count, with a proper name (a nationality, a country) where its noun would
 * stand, counts the same things: the noun was left out, the name qualifies it. The name must end the clause
 * or the phrase ("and three Honda motorbikes" names its own noun after the name).
 */
function joinedWithName(
  body: string,
  tokens: readonly Token[],
  r: Reading,
  lex: CompiledLexicon,
  last: Candidate | undefined,
): boolean {
  if (r.own || lex.nounsCapitalized || !last || !isCountOfThings(last) || isYear(r.num, lex)) return false;
  const before = tokens[r.index - 1];
  if (before?.kind !== 'word' || !lex.conjunctions.has(before.text)) return false;
  let k = r.index + 1;
  while (k <= r.index + NAME_REACH && tokens[k]?.kind === 'word' && UPPER.test(body[tokens[k]!.start] ?? ''))
    k++;
  if (k === r.index + 1) return false;
  const next = tokens[k];
  return (
    next === undefined || next.kind === 'punct' || (next.kind === 'word' && lex.functionWords.has(next.text))
  );
}

/** How many sentences back a demonstrative ("these 3 suspects") may point to the count it repeats. */
const ANAPHORA = 8;

/** Units of amounts and shares: never the whole that "of them" or "others" refers to. */
const AMOUNTS: ReadonlySet<Unit> = new Set<Unit>(['percent', 'vnd', 'kg']);

function isCountOfThings(c: Candidate): boolean {
  return !AMOUNTS.has(c.unit) && c.currency === undefined;
}

/**
 * The number counts no noun of its own and a partitive or "others" stands by it: "three of them", "zehn
 * weitere", or "dont quatre", "altre sei" (a word before it, when no noun follows).
 */
function isElliptic(tokens: readonly Token[], r: Reading, lex: CompiledLexicon): boolean {
  if (r.own || r.num.value <= 0) return false;
  const after = tokens[r.index + 1];
  const from = after?.kind === 'word' && lex.scales.get(after.text) !== undefined ? r.index + 2 : r.index + 1;
  if (phraseAt(tokens, from, lex.ellipticAfter) > 0) return true;
  if (partitiveThenVerb(tokens, r, lex)) return true;
  if (r.countsNoun) return false;
  // "из которых более 168 тысяч", "Of them, more than 40", "of whom about 30": a cue of approximation and a
  // comma may stand between the partitive and the number.
  let k = r.index - 1;
  k -= phraseEndingAt(tokens, k, lex.approximate);
  if (isPunct(tokens[k], COMMA)) k--;
  return phraseEndingAt(tokens, k, lex.ellipticBefore) > 0;
}

/**
 * Where the verb comes second it stands between a partitive opening the clause and the number, the subject:
 * "Av dessa fördes 14 till sjukhus", "Von ihnen wurden 3 ins Krankenhaus gebracht". One word (the verb) between;
 * after the number no noun of its own (a function word, a connector or punctuation follows).
 */
function partitiveThenVerb(tokens: readonly Token[], r: Reading, lex: CompiledLexicon): boolean {
  const verb = r.index - 1;
  if (r.num.value < 2 || r.scale > 1 || tokens[verb]?.kind !== 'word') return false;
  const next = tokens[r.index + 1];
  if (next?.kind === 'word' && !lex.functionWords.has(next.text) && !lex.connectors.has(next.text))
    return false;
  const n = phraseEndingAt(tokens, verb - 1, lex.ellipticBefore);
  return n > 0 && opensClause(tokens[verb - 1 - n], lex);
}

/**
 * A word for "others" that names people stands by the number with no noun of its own ("and five others",
 * "the other two", "pozostali trzej"): with nothing counted in reach before it, it counts persons.
 */
function othersOfPersons(tokens: readonly Token[], r: Reading, lex: CompiledLexicon): boolean {
  const after = tokens[r.index + 1];
  const from = after?.kind === 'word' && lex.scales.get(after.text) !== undefined ? r.index + 2 : r.index + 1;
  return (
    phraseAt(tokens, from, lex.ellipticPersons) > 0 ||
    phraseEndingAt(tokens, r.index - 1, lex.ellipticPersons) > 0
  );
}

/** Token index of the verb after a number, past its scale word and an "others" or "of them" ("deux autres sont"). */
function verbAfter(tokens: readonly Token[], r: Reading, lex: CompiledLexicon): number {
  const after = tokens[r.index + 1];
  const from = after?.kind === 'word' && lex.scales.get(after.text) !== undefined ? r.index + 2 : r.index + 1;
  return from + phraseAt(tokens, from, lex.ellipticAfter);
}

/**
 * What befell them follows the number (past "others"): a fate verb ("dos murieron", "deux autres sont morts")
 * or a fate said with no verb ("Four arrested", "7 dispăruţi"), when no noun it qualifies comes next. A fate
 * after a copula or auxiliary ("15 er døde", "fem ble skadet") is read by stateAfterCopula (copula.ts).
 */
function fatedAfter(body: string, tokens: readonly Token[], r: Reading, lex: CompiledLexicon): boolean {
  const j = verbAfter(tokens, r, lex);
  if (isFateVerbAt(body, tokens, j, lex)) return true;
  if (!isFateWordAt(tokens, j, lex)) return false;
  // "Luka-luka" (injured): the rest of a hyphened word is the fate's.
  const k = isPunct(tokens[j + 1], DASHES) && tokens[j + 2]?.kind === 'word' ? j + 3 : j + 1;
  return matchUnit(tokens, k, lex) === null;
}

/**
 * Years of this news are 1900 on: in running text (a word before it), 1000–1899 before a noun we cannot map is
 * a count ("ضبط 1200 فرخ بطة", seized 1,200 ducklings), not a year.
 */
function countBeforeYears(tokens: readonly Token[], r: Reading): boolean {
  return r.countsNoun && r.num.value < 1900 && tokens[r.index - 1]?.kind === 'word';
}

/**
 * "詐欺の手口の1つ" (one of the tricks of fraud): one of a generic counter after a particle of the lexicon's
 * oneOf, glued, names one of a kind; linked on to a noun ("1つの部屋", one room) it counts.
 */
function isOneOf(folded: string, tokens: readonly Token[], r: Reading, lex: CompiledLexicon): boolean {
  const own = r.own;
  const before = tokens[r.index - 1];
  return (
    own !== null &&
    r.num.value === 1 &&
    own.unit === 'other' &&
    own.currency === undefined &&
    before?.kind === 'word' &&
    before.end === r.num.start &&
    lex.oneOf.endsWord(before.text) &&
    unitLinkedAfter(folded, own.end, lex) === undefined &&
    lex.counterLinks.getPrefix(folded, own.end) === undefined
  );
}

export function countFigures(
  doc: Document,
  tokens: readonly Token[],
  lex: CompiledLexicon,
  readings: Map<number, Reading>,
): Candidate[] {
  const sentenceOf = sentenceIndexer(doc.sentences);
  const byIndex = readings;
  const out: Candidate[] = [];
  const skip = new Set<number>();
  for (const index of [...readings.keys()]) {
    const r = byIndex.get(index)!;
    if (r.blocked || skip.has(r.index)) continue;
    // "beider Länder", "в обоих случаях": a word for both counts persons only ("die beiden Verdächtigen").
    if (r.num.spelled && r.own?.unit !== 'person' && lex.both.has(doc.folded.slice(r.num.start, r.num.end)))
      continue;
    // "between 17 and 27 years of age", "from 3 to 5 May": the first bound of a span or date is one too.
    if (!r.own && boundOfBlocked(tokens, r.index, lex, byIndex)) continue;
    const sentence = sentenceOf(r.num.start);
    const slash = isPunct(tokens[r.index + 1], SLASH);
    const pairLength = slash ? 1 : phraseAt(tokens, r.index + 1, lex.pairWords);
    // "13 of the about 40 passengers", "treize des quelque quarante passagers": the whole may be approximate.
    const approxLength =
      pairLength > 0 && !slash ? phraseAt(tokens, r.index + 1 + pairLength, lex.approximate) : 0;
    const partner = pairLength > 0 ? byIndex.get(r.index + 1 + pairLength + approxLength) : undefined;
    const pair = partner && !partner.blocked && !r.own && (slash || partner.own) ? partner : undefined;
    const rangeLength =
      r.own || pair
        ? 0
        : isPunct(tokens[r.index + 1], DASHES) ||
            openedRange(tokens, r.index, lex) ||
            neighbourRange(tokens, r.index)
          ? 1
          : phraseAt(tokens, r.index + 1, lex.rangeWords);
    const upper = rangeLength > 0 ? byIndex.get(r.index + 1 + rangeLength) : undefined;
    const range = upper && !upper.blocked && upper.own ? upper.own : undefined;
    // "từ 10-15 hộp gỗ", "10 to 15 crates": an upper bound counting a noun no unit names counts the lower too.
    // Years are no such bounds ("من 2004 إلى 2015", from 2004 to 2015).
    const rangeOfThings =
      upper && !upper.blocked && !upper.own && upper.countsNoun && !isYear(upper.num, lex)
        ? upper
        : undefined;
    const last = out[out.length - 1];
    const lastInSentence = last && last.sentence === sentence ? last : undefined;
    // hu "64-en eltűntek": where a personal ending glued to the digits ends, or -1.
    const suffixEnd = r.own ? -1 : personSuffixEnd(doc.body, tokens, r.index, lex);

    let unit: Unit | null = null;
    let allOf = 0;
    let subject: UnitEntry | null;
    let currency: string | undefined;
    let value = r.num.value;
    let end = r.num.end;
    if (r.own?.counter) {
      // A classifier counts what the noun before the number (or linked after the classifier) names; with no
      // unit word there, it is no count, unless it counts things by itself (counterDefaults).
      const before = unitBefore(tokens, r.index, lex);
      const found =
        unitLinkedAfter(doc.folded, r.own.end, lex) ??
        (doerBeforeCounter(tokens, r.index, r.own, before, lex) ? null : before);
      let named =
        found && !found.counter
          ? found
          : r.own.standalone
            ? (nounOfAllOf(doc.folded, doc.sentences[sentence]?.start ?? 0, r.num.start, r.own.end, lex) ??
              closedOrDefault(doc.folded, r.own, lex))
            : null;
      // tr "bunlardan 3'ü" (3 of them): a possessive ending after a partitive counts again the last thing
      // counted, in its sentence or the two before, as an elliptic number does.
      if (!named && phraseEndingAt(tokens, r.index - 1, lex.ellipticBefore) > 0) {
        const whole = out.findLast((c) => c.sentence >= sentence - 2 && isCountOfThings(c));
        if (whole) named = { unit: whole.unit, currency: whole.currency, factor: 1 };
      }
      if (!named) continue;
      unit = named.unit;
      currency = named.currency;
      value = r.num.value * r.own.scale * r.own.factor * (named === r.own ? 1 : named.factor);
      end = r.own.end;
    } else if (r.own) {
      if (isOneOf(doc.folded, tokens, r, lex)) continue;
      unit = linkedNounUnit(doc.folded, r.own, lex);
      // ko "권총 3개": a generic classifier counts the unit noun right before the number.
      if (unit === 'other') unit = genericClassifierNoun(doc.folded, tokens, r, lex)?.unit ?? unit;
      currency = r.own.currency;
      value = r.num.value * r.own.scale * r.own.factor;
      end = r.own.end;
      // "VND5-6 million", "VND1.3-1.6 billion": a lower bound written after its currency takes the upper's scale.
      const bound = isPunct(tokens[r.index + 1], DASHES) ? byIndex.get(r.index + 2) : undefined;
      if (
        currency !== undefined &&
        r.own.start !== undefined &&
        r.own.scale === 1 &&
        bound &&
        !bound.blocked &&
        (bound.own?.scale ?? bound.scale) > 1 &&
        (!bound.own || bound.own.currency === currency)
      )
        value = r.num.value * (bound.own?.scale ?? bound.scale) * r.own.factor;
    } else if (pair) {
      const entry = pair.own ?? unitBefore(tokens, r.index, lex);
      if (entry) {
        unit = entry.unit;
        currency = entry.currency;
        if (pair.num.value === r.num.value) {
          // A totality ("11/11 quartiers", "all 13/13"): one figure.
          out.push({
            index: r.index,
            start: r.num.start,
            end: pair.own?.end ?? pair.num.end,
            value: r.num.value,
            unit,
            currency,
            sentence,
          });
          skip.add(pair.index);
          continue;
        }
        // "8/9 des armes saisies", "4/6 of the cars": a partitive after the whole names a group already told
        // of, and only the part is a new count ("4/6 cars" counts both).
        if (slash && phraseAt(tokens, pair.index + 1, lex.pairWords) > 0) skip.add(pair.index);
        else if (!pair.own)
          byIndex.set(pair.index, { ...pair, own: { ...entry, end: pair.num.end, scale: 1 } });
      }
    } else if (range) {
      // "8 à 10 millions de VND": the lower bound is counted in the upper bound's unit and scale.
      unit = range.unit;
      currency = range.currency;
      value = r.num.value * scaleOfLower(r.num, upper!.num, range.scale) * range.factor;
    } else if (rangeOfThings) {
      unit = 'other';
      value = r.num.value * scaleOfLower(r.num, rangeOfThings.num, rangeOfThings.scale);
    } else if (suffixEnd >= 0) {
      // The personal ending counts persons.
      unit = 'person';
      end = suffixEnd;
    } else if (fatedBefore(doc.body, doc.folded, tokens, r, lex)) {
      // th "ดับ 9 สูญหาย 5", sr "poginulo je 13": a fate before a number with no unit of its own tells persons.
      unit = 'person';
      value = r.num.value * r.scale;
      end = Math.max(end, r.scaleEnd);
    } else if (
      !r.own &&
      r.num.value >= 1 &&
      (stateAfterCopula(tokens, verbAfter(tokens, r, lex), lex) ||
        (r.num.value >= 2 && fatedAfter(doc.body, tokens, r, lex)))
    ) {
      // "dos murieron", "deux autres sont morts", "due di loro sono feriti", "15 er døde", "one is missing":
      // what befell them tells persons. After a copula even "one" is a count: an article takes no verb.
      unit = 'person';
      value = r.num.value * r.scale;
      end = Math.max(end, r.scaleEnd);
    } else if (
      !r.own &&
      r.num.value >= 2 &&
      !isYear(r.num, lex) &&
      (subject = subjectAfterCopula(tokens, verbAfter(tokens, r, lex), lex))
    ) {
      // tl "83 ang naitalang aksidente": the subject after the copula names what the number counts.
      unit = subject.unit;
      currency = subject.currency;
      value = r.num.value * r.scale * subject.factor;
      end = Math.max(end, r.scaleEnd);
    } else if (isElliptic(tokens, r, lex)) {
      // "dos de ellos murieron", "20 von ihnen", "dont quatre", "altre dodici": no noun of its own, the number
      // counts again the last thing counted (a count, not an amount), in its sentence or the two before.
      const whole = out.findLast((c) => c.sentence >= sentence - 2 && isCountOfThings(c));
      if (!whole && !othersOfPersons(tokens, r, lex)) continue;
      unit = whole?.unit ?? 'person';
      value = r.num.value * r.scale;
      end = Math.max(end, r.scaleEnd);
    } else if (joinedWithName(doc.body, tokens, r, lex, lastInSentence)) {
      unit = lastInSentence!.unit;
      value = r.num.value * r.scale;
      end = Math.max(end, r.scaleEnd);
    } else if (
      (allOf = phraseEndingAt(tokens, r.index - 1, lex.allBefore)) > 0 &&
      (!r.countsNoun || opensClause(tokens[r.index - 1 - allOf], lex))
    ) {
      // "tous deux domiciliés à", "tutti e tre originari di", "cả 2 quê ở" (both from): all of a group told
      // before, as "the two" is: what the text counted with that number, or the people it tells of. Spelled or
      // in digits, whatever word follows (a noun of its own would have made the number's own unit).
      const named = out.findLast((c) => c.value === r.num.value && c.unit !== 'percent');
      unit = named?.unit ?? 'person';
      currency = named?.currency;
    } else if (r.num.spelled && lex.personNumbers.has(doc.folded.slice(r.num.start, r.num.end))) {
      // "Zvyšní traja", "трима души": a personal numeral counts persons, whatever follows it.
      unit = 'person';
      value = r.num.value * r.scale;
      end = Math.max(end, r.scaleEnd);
    } else if ((subject = classifiedNounBefore(doc.folded, tokens, r, lex))) {
      // bn "গাড়ি দু’টি নদীতে পড়ে": a number carrying its classifier counts the unit noun right before it.
      unit = subject.unit;
      value = r.num.value * r.scale;
      end = Math.max(end, r.scaleEnd);
    } else if (r.num.spelled) {
      // "deux sacs de", "three mobile phones", "een half miljoen pillen": a spelled count of a noun we cannot
      // map. After an article or a preposition a spelled number is an idiom or an attribute ("dans les deux
      // sens", "à deux niveaux"); "ces deux projets" and "one of them" are name words and function words.
      const before = tokens[r.index - 1];
      const idiom =
        before?.kind === 'word' && lex.functionWords.has(before.text) && !lex.conjunctions.has(before.text);
      let partOf: UnitEntry | null;
      if (
        r.countsNoun &&
        (r.scale > 1 || (r.num.value >= 2 && (r.nounOf || lex.nounsCapitalized || !idiom)))
      ) {
        unit = 'other';
        value = r.num.value * r.scale;
        end = r.scaleEnd;
      } else if (r.num.value >= 2 && !r.countsNoun && (partOf = partitiveWhole(tokens, r.index, lex))) {
        // "Of the injured, seven are in serious condition": a part of the whole the partitive names.
        unit = partOf.unit;
        currency = partOf.currency;
      } else if (r.num.value >= 2 && !r.countsNoun && (partOf = subjectAfterArticle(tokens, r.index, lex))) {
        // "Sono almeno dieci le vittime": the subject after the number, behind its article. The digits' path
        // below calls it too (as partitiveWhole), ranked after readings this path never tries: a number takes
        // one path, so it is read at most once and only when nothing before it won; one reading before both
        // paths would save no call and would run for every number.
        unit = partOf.unit;
        currency = partOf.currency;
      } else if (
        r.num.value >= 2 &&
        !r.countsNoun &&
        (partOf = fatedSubjectBeforeCopula(tokens, r.index, lex))
      ) {
        // "i morti sarebbero dodici": the fate before the copula names the persons counted.
        unit = partOf.unit;
      } else if (r.num.value >= 2 && !r.countsNoun && (partOf = namedCountBefore(tokens, r.index, lex))) {
        // "وكان عدد القتلى سبعة", "the death toll rose to seven": spelled as in digits, the count the clause
        // named before it.
        unit = partOf.unit;
        currency = partOf.currency;
      } else if (
        r.num.value >= 2 &&
        before?.kind === 'word' &&
        (lex.definite.has(before.text) || lex.demonstratives.has(before.text)) &&
        opensClause(tokens[r.index - 2], lex)
      ) {
        // "The two are now in custody", "les trois ont avoué", "…, and the two drove": a subject with no noun
        // of its own counts again what the text counted before with that number, or the people it tells of
        // ("dans les deux sens" is no subject).
        const named = out.findLast((c) => c.value === r.num.value && c.unit !== 'percent');
        unit = named?.unit ?? 'person';
        currency = named?.currency;
      } else if (
        r.num.value >= 2 &&
        !r.countsNoun &&
        before?.kind === 'word' &&
        lex.conjunctions.has(before.text) &&
        lastInSentence &&
        isCountOfThings(lastInSentence)
      ) {
        // "20 von ihnen wohnten in Thai Hoa und fünf im Bezirk", "…, et deux dans le district": a spelled
        // number joined to its sentence's count, with no noun of its own, counts the same things.
        unit = lastInSentence.unit;
      }
    } else if (!(isYear(r.num, lex) && !countBeforeYears(tokens, r)) && r.num.value > 0) {
      const prevSep = tokens[r.index - 1];
      const afterPairWord = phraseEndingAt(tokens, r.index - 1, lex.pairWords) > 0;
      if (afterPairWord && lastInSentence && lastInSentence.value === r.num.value) continue; // "13 localités sur 13"
      const prior = byIndex.get(r.index - 2);
      let counted: UnitEntry | null;
      let listed: (UnitEntry & { scale: number }) | null = null;
      // A noun we cannot map right after the number is counted as 'other'; a bare number (followed by a
      // verb, a function word or punctuation) counts what the sentence counted before it.
      if (prevSep?.kind === 'punct' && prevSep.text === '/' && prior && prior.own) {
        unit = prior.own.unit;
        currency = prior.own.currency;
      } else if (
        (counted = unitLinkedAfter(doc.folded, r.num.end, lex) ?? null) &&
        counted.unit !== 'other'
      ) {
        // ja "127 の作業グループ", "30の支隊": a bare number linked by a particle to a unit noun counts it.
        unit = counted.unit;
        currency = counted.currency;
      } else if ((counted = unitBeforeCountWord(tokens, r.index, lex))) {
        unit = counted.unit;
        currency = counted.currency;
      } else if (!r.countsNoun && (listed = unitEndingList(tokens, r.index, lex, byIndex))) {
        // "del 9,16, 32,35 e 1,38%", "4.5, 12.1 and 7.3 kg": the unit after a list's last number is each one's.
        unit = listed.unit;
        currency = listed.currency;
        value = r.num.value * listed.scale * listed.factor;
      } else if ((counted = namedCountBefore(tokens, r.index, lex))) {
        // "the number of drug addicts was 1,234", "o número de mortos chegou a 51 nesta quarta": the noun named
        // with the count, earlier in its clause, whatever word follows the number (a unit noun would be its own).
        unit = counted.unit;
        currency = counted.currency;
      } else if (lastInSentence && bareNamedCount(tokens, r.index, lex)) {
        // "totalizó 19, en comparación con la cifra de 24": the same count as its sentence's, another value.
        unit = lastInSentence.unit;
        currency = lastInSentence.currency;
      } else if (!r.countsNoun && (counted = partitiveWhole(tokens, r.index, lex))) {
        // "Of the injured, 7 are in serious condition", "Von den Verletzten sind 5…": a part of a whole named.
        unit = counted.unit;
        currency = counted.currency;
      } else if (r.countsNoun && (counted = namedCountAfter(tokens, r.index, lex))) {
        // "Sobe para 51 número de mortos": a headline names the count after its number.
        unit = counted.unit;
        currency = counted.currency;
      } else if (!r.countsNoun && (counted = namedCountAfterArticle(tokens, r.index, lex))) {
        // "Sale a 11 il numero delle vittime": the count named after the number, behind its article.
        unit = counted.unit;
        currency = counted.currency;
      } else if (!r.countsNoun && (counted = subjectAfterArticle(tokens, r.index, lex))) {
        // "Sono almeno dieci le vittime": the subject after the number, behind its article.
        unit = counted.unit;
        currency = counted.currency;
      } else if (
        !r.countsNoun &&
        r.num.value >= 2 &&
        (counted = fatedSubjectBeforeCopula(tokens, r.index, lex))
      ) {
        // "I feriti sono 7", "quelli gravi sarebbero 23": the fate before the copula names the persons counted.
        unit = counted.unit;
      } else if (r.countsNoun) {
        // "2,4 million tablets": the scale counts, whatever the noun.
        unit = 'other';
        value = r.num.value * r.scale;
        end = r.scaleEnd;
      } else if (
        lastInSentence &&
        !closesName(doc.body, tokens, r.index, lex) &&
        // "ba xe ôtô 29 chỗ": a larger bare number right after the counted noun is each one's size (a smaller
        // one is a part of them: "spośród 40 zadań 31 wykonano").
        (r.num.value <= lastInSentence.value || doc.body.slice(lastInSentence.end, r.num.start).trim() !== '')
      ) {
        unit = lastInSentence.unit;
        currency = lastInSentence.currency;
        // "más de 99 mil 700 fueron hospitalizadas": the scale words belong to the number.
        value = r.num.value * r.scale;
        end = Math.max(end, r.scaleEnd);
      }
    }
    if (unit === null) continue;
    // "ces 161 comprimés" names again the 161 comprimés counted a few sentences before; "Ces deux projets"
    // after two names counts nothing.
    if (
      r.anaphoric &&
      !out.some((c) => c.value === value && c.unit === unit && c.sentence >= sentence - ANAPHORA)
    )
      continue;
    out.push({ index: r.index, start: r.own?.start ?? r.num.start, end, value, unit, currency, sentence });
  }
  return out;
}
