/**
 * Reading each number of the token stream: whether it is blocked (a date, a time, an identifier, an age, a
 * size...) and what it counts (unit, scale, currency), from its neighbourhood alone.
 */
import { continuesClusterAt, hasLineBreak, isLetterUnit } from '../text/chars.js';
import { writesDayBeforeMonth } from '../text/locale.js';
import { opensSentence } from '../text/sentences.js';
import { isSlavicAdjective, SLAVIC_LANGUAGES } from '../text/slavic-adjectives.js';
import { LANGUAGES } from '../../shared/vocabulary.js';
import type { Document } from '../types.js';
import { isProcliticAt, procliticBodyStart } from '../language/clitics.js';
import { currencyBefore, currencyCode, currencyOfSymbol } from './currency.js';
import { MAX_INFLECTION, PERSONS, type CompiledLexicon, type UnitEntry } from './lexicon.js';
import type { NumToken, Token, WordToken } from './tokens.js';
import {
  countedByClassifier,
  endsInNameWord,
  endsStreetName,
  isSegmented,
  nounAfter,
  percentWordBefore,
} from './segmented.js';
import { glueSuffixAt } from './suffixes.js';
import { isAgentNoun } from './agent-nouns.js';
import { agentiveAt } from './agentive.js';
import { isHouseNumber, isLatinHouseNumber } from './house-number.js';
import { caselessLetterIn, isCamelBrand, isLatinAmidCaseless } from './model-name.js';
import { isPlaceNumber } from './numbered-place.js';
import { isPoliceLine } from './police-line.js';
import { isAfterPlateWord } from './plate-word.js';
import { isSpacedCodeSerial } from './spaced-code.js';
import { isPackageSize, isRateDenominator } from './per.js';
import { echoesNounBefore } from './echo.js';
import {
  isDayAfterRelativeDay,
  isHourAfterHours,
  isHourOfPeriod,
  isNamedHour,
  isNamedYear,
} from './date-field.js';
import { phraseAt } from './word-phrases.js';
import { isVerbAt } from './verbs.js';
import { unitLinkedAfter } from './linked.js';
import { personSuffixEnd } from './person-suffix.js';
import { ARABIC_LETTER } from '../text/arabic-letters.js';
import { fold } from '../text/fold.js';
import { onPictureFileLine } from '../text/file-name.js';
import { HAN_OR_KANA } from '../text/scripts.js';
import { DASHES, isPunct } from './marks.js';
import { chosenMarks } from '../text/quotation-marks.js';
import { teamOrGang } from './teams-or-gangs.js';
import { isLimit } from './limits.js';
import { afterCapacity } from './capacity.js';

export interface Reading {
  readonly index: number;
  readonly num: NumToken;
  readonly blocked: boolean;
  /**
   * Unit read from the noun after the number (with its scale and factor applied to value); `start` when the
   * figure's text begins before the number ("US$ 12").
   */
  readonly own: (UnitEntry & { end: number; scale: number; start?: number }) | null;
  /** The number is directly followed by a word that is not a function word: it may count something. */
  readonly countsNoun: boolean;
  /** That noun is followed by a connector: a container of something ("sept boîtes de", "two bags of"). */
  readonly nounOf: boolean;
  /** Scale words right after the number ("2,4 million tablets"), and where they end. */
  readonly scale: number;
  readonly scaleEnd: number;
  /** A demonstrative stands right before the number ("these 3 suspects"): it names again a count made before. */
  readonly anaphoric: boolean;
}

/** The languages whose lexicons are full (issue 9's lexicon languages); the others' are thin. */
const FULL_LEXICONS: ReadonlySet<string> = new Set(LANGUAGES);
/**
 * figures' own choices among the inventory's quotation marks (text/quotation-marks.ts), their members listed
 * in fig51-classes: the marks skipped between a number and its noun (readUnit) and that close a numbered motto.
 */
export const QUOTES = chosenMarks(['«', '»', '"', '“', '”', '„', "'", '‚', '‹', '›']);
/** The marks that open a slogan, a motto or a quotation that starts a sentence. */
export const OPENING_QUOTES = chosenMarks(['«', '"', '“', '„', '‚', '‹']);
const NUMBER_SIGNS = new Set(['°', '.', ':', '#', 'º']);
const DATE_AT = /\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/y;
const TIME_AT = /\d{1,2}[:h]\d{2}(?!\d)/y;
// "1.50 pm", "11.05a.m.": a clock time written with a dot, known by the half of the day after it.
const DOTTED_TIME_AT = /\d{1,2}\.[0-5]\d ?[ap]\.?m\b/y;
// "14.00 GMT", "(21.30 UTC+7)": a clock time written with a dot, known by the time zone named after it (Catalan,
// Italian, Nordic texts write hours so; the zone abbreviation is the same in every language). Read on the
// folded text, so lower case.
const ZONED_TIME_AT = /(?:[01]?\d|2[0-3])\.[0-5]\d ?(?:gmt|utc)\b/y;

/**
 * Whether a date's or a clock time's mark (. / - : h) follows the one or two digits at `start`, as each of
 * DATE_AT, TIME_AT, DOTTED_TIME_AT and ZONED_TIME_AT needs: most numbers have none, and their four regexes
 * are not run.
 */
function mayStartDateOrTime(f: string, start: number): boolean {
  return isDateOrTimeMark(f.charCodeAt(start + 1)) || isDateOrTimeMark(f.charCodeAt(start + 2));
}

/**
 * The numeric dates every locale writes, as Intl.DateTimeFormat writes them (day, month, year in one of the
 * orders d m y, m d y or y m d, joined by one mark: "3.4.2022", "4/3/2022", "2022-04-03", "2022. 4. 3."):
 * a number anywhere inside one is part of the date, never a count ("on 3.4.2022 officers…" counts nothing).
 */
const NUMERIC_DATE = /^(?:(\d{1,2})([./-])(\d{1,2})\2\d{2,4}|\d{4}([./-])(\d{1,2})\4(\d{1,2}))$/;
const LAST_DAY = 31;
const LAST_MONTH = 12;

function isDateRunChar(f: string, k: number): boolean {
  const c = f.charCodeAt(k);
  if ((c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2f || c === 0x2d) return true;
  // "2022. 4. 3.": Korean and Hungarian write a space after each dot.
  return c === 0x20 && f[k - 1] === '.' && isDigit(f[k + 1]);
}

/** Whether the number n stands inside a numeric date (NUMERIC_DATE) whose day and month are plausible. */
function inNumericDate(f: string, n: NumToken): boolean {
  if (!isDateOrTimeMark(f.charCodeAt(n.start - 1)) && !isDateOrTimeMark(f.charCodeAt(n.end))) return false;
  let from = n.start;
  while (from > 0 && isDateRunChar(f, from - 1)) from--;
  let to = n.end;
  while (to < f.length && isDateRunChar(f, to)) to++;
  const run = f
    .slice(from, to)
    .replace(/^[./-]+|[./-]+$/g, '')
    .replaceAll('. ', '.');
  const m = NUMERIC_DATE.exec(run);
  if (!m) return false;
  const [a, b] = m[1] !== undefined ? [Number(m[1]), Number(m[3])] : [Number(m[5]), Number(m[6])];
  return a >= 1 && b >= 1 && a <= LAST_DAY && b <= LAST_DAY && (a <= LAST_MONTH || b <= LAST_MONTH);
}

/** . / - : h, the marks after the day or the hour that DATE_AT and the time regexes read. */
function isDateOrTimeMark(c: number): boolean {
  return c === 0x2e || c === 0x2f || c === 0x2d || c === 0x3a || c === 0x68;
}

// Module-level: bundlers targeting Node rewrite a `\p{…}` literal as `new RegExp(…)`, run on every call.
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
// Scripts written without spaces between words: a letter of one touching a number is the next or previous
// word ("缴获329块"), not a letter of an identifier ("KH12", "14h30"). Korean puts counters right after.
const SPACELESS_BEFORE =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
const SPACELESS_AFTER =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Hangul}]/u;
const AGE_END = new Set([',', ')', ';']);
/**
 * Spelled multipliers a word of vagueness makes plural ("več deset", "več sto", several tens, hundreds; sv
 * "flera dussin", several dozen): a dozen is a round multiplier where a language spells one.
 */
const ROUND_MULTIPLIERS: ReadonlySet<number> = new Set([10, 12, 100, 1000]);
const MARK = /^\p{M}$/u;

/** `/\p{L}/u` on one code unit (`ch` is one), from the table of text/chars.ts rather than a regex call. */
function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && isLetterUnit(ch.charCodeAt(0));
}

function isAttachedLetter(ch: string | undefined, spaceless: RegExp): boolean {
  return isLetter(ch) && !spaceless.test(ch!);
}

/** A vowel sign ends a word of an Indic script as a letter does ("एमपी3", MP3), outside the spaceless ones. */
function isAttachedMark(ch: string | undefined): boolean {
  return ch !== undefined && MARK.test(ch) && !SPACELESS_BEFORE.test(ch);
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && UPPER.test(ch);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** A plain number in the years of the Gregorian calendar or of the language's own (Intl: Thai 2567). */
export function isYear(n: NumToken, lex: CompiledLexicon): boolean {
  if (!n.plain) return false;
  const v = n.value;
  return (
    (v >= 1000 && v <= 2100) ||
    (lex.yearOffset > 0 && v >= 1000 + lex.yearOffset && v <= 2100 + lex.yearOffset)
  );
}

/** Range marks (DASHES: "-", "–", "~", "～") and range words ("to", "hingga", "đến") that join the two ends of a span. */
function joinsSpan(t: Token | undefined, lex: CompiledLexicon): boolean {
  if (t?.kind === 'punct') return isPunct(t, DASHES);
  return t?.kind === 'word' && lex.rangeWords.has(t.text);
}

/** The longest span of years read as such ("2015-2025"); a wider pair of year-sized numbers may be a range of counts. */
const MAX_YEAR_SPAN = 30;

/**
 * "2020-2023 polisi menyita", "dari 2020 hingga 2023 polis": two years joined by a dash or a range word are a
 * span of time, no count of the noun after them, whatever the language (each end is a year: plain, in the
 * calendar's years, the second later by at most MAX_YEAR_SPAN).
 */
function inYearSpan(tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  const n = tokens[i] as NumToken;
  if (!isYear(n, lex)) return false;
  const spans = (a: Token | undefined, b: Token | undefined) =>
    a?.kind === 'num' &&
    b?.kind === 'num' &&
    isYear(a, lex) &&
    isYear(b, lex) &&
    b.value > a.value &&
    b.value - a.value <= MAX_YEAR_SPAN;
  return (
    (joinsSpan(tokens[i - 1], lex) && spans(tokens[i - 2], n)) ||
    (joinsSpan(tokens[i + 1], lex) && spans(n, tokens[i + 2]))
  );
}

/** A letter of a script written without spaces or case (Thai, CJK, Hangul): in a glued lexicon, no word glue. */
function isCaselessLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '\u0e00' && isLetter(ch);
}

/** The word is made of scale words only ("万" after "1.2"): the number is scaled, not glued to a word. */
function gluedScale(text: string, lex: CompiledLexicon): boolean {
  let offset = 0;
  for (let p = lex.scales.getPrefix(text); p; p = lex.scales.getPrefix(text, offset)) offset += p.length;
  return offset > 0;
}

/** A run of digits ending before `end`, and where it starts. */
function digitsBefore(f: string, end: number): number {
  let k = end;
  while (k > 0 && isDigit(f[k - 1])) k--;
  return k;
}

/**
 * "150-200 người", "ប្រមាណ១៥០-២០០នាក់": a hyphen at `at` between two numbers of digits alone, with nothing
 * joined to either end (no "0912-345-678", "12-NQ", "15-20/10", "3.5-4"), is a range, as an en dash is.
 * With `measured` (a unit follows the upper bound: "1,5-2 кг", "1.5-2.5 tonnes", "1.500-2.000 kg") the
 * bounds may hold decimal and group marks: what they measure says they are amounts, not an identifier.
 */
function inHyphenRange(
  f: string,
  body: string,
  at: number,
  nounsCapitalized: boolean,
  measured = false,
): boolean {
  const money = amountBefore(f, body, at);
  const grouped = money !== undefined || measured;
  const lower = money ?? (measured ? groupedBefore(f, at) : digitsBefore(f, at));
  let upper = at + 1;
  while (isDigit(f[upper]) || (grouped && isGroupedDigit(f, upper))) upper++;
  if (lower === at || upper === at + 1 || f[lower] === '0') return false;
  const left = f[lower - 1];
  const right = f[upper];
  const joined = (c: string | undefined) => c !== undefined && (isDigit(c) || '-/.,:_+'.includes(c));
  if (joined(right) || (money === undefined && (joined(left) || isAttachedLetter(left, SPACELESS_BEFORE))))
    return false;
  if (right !== undefined && isAttachedLetter(right, SPACELESS_AFTER)) return false;
  // "27-29 Phan Chu Trinh": house numbers before a street's name, where nouns are not capitalised.
  return nounsCapitalized || !(right === ' ' && isUpper(body[upper + 1]));
}

/** A digit, or a separator between digits ("1.3", "62,400"). */
function isGroupedDigit(f: string, k: number): boolean {
  return isDigit(f[k]) || ((f[k] === '.' || f[k] === ',') && isDigit(f[k - 1]) && isDigit(f[k + 1]));
}

/** A run of digits and the marks between them ending before `end` ("1,5", "2.000"), and where it starts. */
function groupedBefore(f: string, end: number): number {
  let k = end;
  while (k > 0 && isGroupedDigit(f, k - 1)) k--;
  return isDigit(f[k]) ? k : end;
}

/**
 * "VND5-6 million", "VND1.3-1.6 billion", "US$62,400-76,800": the lower bound of a range written against its
 * currency, separators and all; its start, or undefined when no currency is written against it.
 */
function amountBefore(f: string, body: string, at: number): number | undefined {
  let k = at;
  while (k > 0 && isGroupedDigit(f, k - 1)) k--;
  if (k === at || !isDigit(f[k])) return undefined;
  return currencyBefore(body, k) !== undefined && body[k - 1] !== ' ' ? k : undefined;
}

/** Index of the word token before i, skipping number signs ("n°", "No.", "nr:"). */
function previousWord(tokens: readonly Token[], i: number): number {
  let j = i - 1;
  let dot = false;
  while (j >= 0 && tokens[j]!.kind === 'punct' && NUMBER_SIGNS.has((tokens[j] as { text: string }).text)) {
    dot ||= (tokens[j] as { text: string }).text === '.';
    j--;
  }
  if (j < 0 || tokens[j]!.kind !== 'word') return -1;
  // A dot after a short word is an abbreviation's ("No. 5", "ст. 249"); after a longer one it ends a
  // sentence, and the number opens the next ("… the building. Eight fire engines").
  if (dot && (tokens[j] as { text: string }).text.length > ABBREVIATION_LETTERS) return -1;
  return j;
}

/**
 * "aged between 25 and 28", "อายุระหว่าง 7 ถึง 12 ปี": a range opener stands between a name word and the range it
 * names, so the word that names the lower bound is the one before the opener (the upper follows it,
 * joinedToBlocked). Returns the index of that word, or `j` when tokens[j] opens no range.
 */
function wordBeforeRange(tokens: readonly Token[], j: number, lex: CompiledLexicon): number {
  const t = tokens[j];
  if (t?.kind !== 'word' || !lex.rangeOpeners.has(t.text)) return j;
  const before = previousWord(tokens, j);
  return before >= 0 && tokens[before]!.end <= t.start ? before : j;
}

/** The longest word read as an abbreviation before a dot and a number ("No.", "Art.", "пос."). */
const ABBREVIATION_LETTERS = 4;

/** The index of the last word of a compound joined by hyphens with no space that starts at `j`, else `j`. */
function hyphenedTail(tokens: readonly Token[], j: number): number {
  let k = j;
  for (;;) {
    const hyphen = tokens[k + 1];
    const part = tokens[k + 2];
    if (
      hyphen?.kind !== 'punct' ||
      hyphen.text !== '-' ||
      hyphen.start !== tokens[k]!.end ||
      part?.kind !== 'word' ||
      part.start !== hyphen.end
    )
      return k;
    k += 2;
  }
}

/**
 * vi "1 vật giống súng" (an object like a gun): a generic thing named by what it resembles (lexicon
 * `likenesses`) counts as the unit noun right after the likeness, when that is a thing counted one by one (no
 * classifier, no money); otherwise null, and the words are read as they stand.
 */
function likenessAt(tokens: readonly Token[], j: number, lex: CompiledLexicon): ReturnType<typeof matchUnit> {
  if (lex.likenesses === null) return null;
  const n = phraseAt(tokens, j, lex.likenesses);
  if (n === 0) return null;
  const unit = matchUnit(tokens, j + n, lex);
  return unit && !unit.entry.counter && unit.entry.currency === undefined ? unit : null;
}

/**
 * The unit word at j as written first (lexicon `unitsAsWritten`: vi "túi", a bag, folds to "tụi", a gang), then
 * the folded unit phrase from j (matchUnit).
 */
export function matchUnitAsWritten(
  body: string,
  tokens: readonly Token[],
  j: number,
  lex: CompiledLexicon,
): ReturnType<typeof matchUnit> {
  const t = tokens[j];
  const phrase = matchUnit(tokens, j, lex);
  // A longer folded phrase wins over its first word as written (see readUnit).
  if (phrase && phrase.last > j) return phrase;
  const written = t?.kind === 'word' ? lex.unitsAsWritten?.get(body.slice(t.start, t.end)) : undefined;
  return written ? { entry: written, last: j } : phrase;
}

export function matchUnit(
  tokens: readonly Token[],
  j: number,
  lex: CompiledLexicon,
): { entry: UnitEntry; last: number; end?: number } | null {
  const first = tokens[j];
  if (first?.kind !== 'word') return null;
  const liken = likenessAt(tokens, j, lex);
  if (liken !== null) return liken;
  // "Krankenhaus-Aufenthalte": a compound written with a hyphen counts what its last part names.
  if (lex.compounds) {
    const tail = hyphenedTail(tokens, j);
    if (tail > j) {
      const unit = matchUnit(tokens, tail, lex);
      return unit && { ...unit, last: Math.max(unit.last, tail) };
    }
  }
  // Phrases of the words from j (only as long as a unit phrase starting with this word), tried longest first.
  const phrases = [first.text];
  const longest = Math.min(lex.units.wordsFrom(first.text), tokens.length - j);
  for (let k = j + 1; k < j + longest; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') break;
    phrases.push(`${phrases[phrases.length - 1]!} ${t.text}`);
  }
  for (let n = phrases.length; n >= 1; n--) {
    const entry =
      (n === 1 && lex.compounds ? headOfCompound(first.text, lex) : undefined) ??
      lex.units.get(phrases[n - 1]!, n === 1, MAX_INFLECTION) ??
      (n === 1 && lex.compounds ? compoundTail(first.text, lex) : undefined) ??
      (n === 1 && lex.agentNouns && isAgentNoun(first.text, lex.agentNouns) ? PERSONS : undefined);
    if (entry) return { entry, last: j + n - 1 };
  }
  if (lex.glued) {
    // "公斤海洛因", "명이": the unit starts the word.
    const prefix = lex.units.getPrefix(first.text);
    // "10个月", "10개월": a counter that starts a longer word of time is part of it (ten months, no count).
    // "৫৭ বাস্তবায়নের" (implementing 57): a unit that ends inside a letter cluster is no word of the text.
    if (
      prefix &&
      lex.durations.startOf(first.text) <= prefix.length &&
      // "한 병원" (a hospital): a counter that starts another noun of the lexicon is none.
      lex.unitLookalikes.startOf(first.text) <= prefix.length &&
      !continuesClusterAt(first.text, prefix.length) &&
      // "ব্যক্তিগত বাড়ি" (private houses): a unit made an adjective by a suffix glued to it names no count.
      lex.adjectiveSuffixes.startOf(first.text.slice(prefix.length)) === 0
    )
      return { entry: prefix.value, last: j, end: first.start + prefix.length };
  }
  return null;
}

/**
 * "ten one-kilogram gold bars", "40 two-storey houses", "3 five-litre cans": a number joined by a hyphen to the
 * word after it, right after another number, is an attribute of each thing the first number counts (its
 * weight, size or height), no figure of its own. The index of the attribute's last word, else -1.
 */
function attributeAfterCount(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.kind !== 'num' || !hyphenedToWord(tokens, i)) return -1;
  return hyphenedTail(tokens, i + 2);
}

/** The token at i is joined by a hyphen, with no space on either side, to a word ("one-kilogram", "5-member"). */
function hyphenedToWord(tokens: readonly Token[], i: number): boolean {
  const dash = tokens[i + 1];
  const word = tokens[i + 2];
  return (
    dash?.kind === 'punct' &&
    dash.text === '-' &&
    dash.start === tokens[i]!.end &&
    word?.kind === 'word' &&
    word.start === dash.end
  );
}

/** The number at i stands, after a space, right after a number of digits or words that counts ("ten one-kilogram"). */
function afterCount(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before?.kind === 'num' && before.end < tokens[i]!.start;
}

/**
 * "a 100-ton haul", "a 5-member gang", "a 50-kilogram bag": a unit word joined to the number by a hyphen
 * counts or measures as after a space (its token index), else -1. Other words so joined make an attribute,
 * no count: "3-year-old" (an age), "10-storey", "7-seat".
 */
function hyphenedUnit(tokens: readonly Token[], i: number, lex: CompiledLexicon): number {
  if (!hyphenedToWord(tokens, i)) return -1;
  // "ten one-kilogram gold bars": the weight of each bar; the number before counts them.
  if (afterCount(tokens, i)) return -1;
  // sk, cs "vyše 30-tisíc domov": a scale word so joined scales the number, as after a space; "a
  // 30-thousand-strong crowd" joins more words, an attribute.
  const joined = tokens[i + 2]!;
  if (joined.kind === 'word' && lex.scales.get(joined.text) !== undefined) {
    const after = tokens[i + 3];
    return after?.kind === 'punct' && after.text === '-' && after.start === joined.end ? -1 : i + 2;
  }
  const unit = matchUnit(tokens, i + 2, lex);
  // Persons and masses only: "a 5-point plan", "a 3-vehicle crash" qualify a noun, they count nothing.
  if (!unit || unit.entry.counter || (unit.entry.unit !== 'person' && unit.entry.unit !== 'kg')) return -1;
  // "a 5-ton truck", "a 16-tonne lorry": the capacity of a vehicle, no measure of goods.
  if (unit.entry.unit === 'kg' && matchUnit(tokens, unit.last + 1, lex)?.entry.unit === 'vehicle') return -1;
  // "a 3-year-old" has no unit; "a 20-member-strong", "100-ton-per-day" joins more words: an attribute.
  const after = tokens[unit.last + 1];
  if (after?.kind === 'punct' && after.text === '-' && after.start === tokens[unit.last]!.end) return -1;
  return i + 2;
}

/** "Rp40,2 miliar", "RM5", "USD12": a currency name written against the number. */
function isCurrencyPrefix(body: string, tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  const prev = tokens[i - 1];
  if (prev?.kind !== 'word' || prev.end !== tokens[i]!.start) return false;
  return (
    lex.currencyWords.get(prev.text) !== undefined ||
    currencyCode(body.slice(prev.start, prev.end)) !== undefined
  );
}

/**
 * "disminuciones del6,5 por ciento", "encuatro": a function word glued to the number by a lost space, not
 * the letters of an identifier ("KH12", "K59"), which are capitals or no words.
 */
function isLostSpaceAfter(body: string, tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  const prev = tokens[i - 1];
  if (prev?.kind !== 'word' || prev.end !== tokens[i]!.start || lex.glued) return false;
  // "سے11 افراد", "کر7 افراد": a number glued to an Arabic-script word lost its space when a counted noun follows;
  // without one it is a code's ("كوفيد19", "اف16").
  if (prev.end - prev.start > 1 && ARABIC_LETTER.test(body[prev.end - 1] ?? ''))
    return countsOwnNoun(tokens, i, lex);
  if (!lex.functionWords.has(prev.text) && !lex.connectors.has(prev.text)) return false;
  return LOWER.test(body[prev.start] ?? '');
}

function isZeroPaddedCount(
  body: string,
  folded: string,
  tokens: readonly Token[],
  i: number,
  lex: CompiledLexicon,
): boolean {
  const n = tokens[i] as NumToken;
  const next = tokens[i + 1];
  if (n.end - n.start !== 2 || folded[n.start] !== '0' || next?.kind !== 'word') return false;
  // Spaced, or glued to its classifier in a script written without spaces ("០២នាក់").
  if (next.start !== n.end + 1 && !(lex.glued && next.start === n.end)) return false;
  // A unit word as written is a noun, whatever word it folds to ("01 đèn pin", a torch; "đến", to).
  if (lex.unitsAsWritten?.has(body.slice(next.start, next.end))) return true;
  // A noun the lexicon counts ("02 étrangers"); any other word only in a lexicon of the language's own, read
  // with its function words: "Agizo 06 na Azimio 57", "التوجيه 06 والقرار" (directive 06 and resolution 57)
  // are names where a thin lexicon cannot tell a noun from a word of the clause.
  if (matchUnit(tokens, i + 1, lex) !== null) return true;
  // A noun past the words that qualify it, read as any count's ("08 ڈپٹی ڈیپارٹمنٹ ہیڈز", 8 deputy heads).
  if (!FULL_LEXICONS.has(lex.language)) return countedPastModifiers(body, tokens, i, lex);
  return !lex.functionWords.has(next.text) && !lex.months.has(next.text) && !lex.durations.has(next.text);
}

/** A noun the lexicon counts, found past the words that qualify it, as a count's noun is found; not `other`,
 * which a thin lexicon gives any word. */
function countedPastModifiers(
  body: string,
  tokens: readonly Token[],
  i: number,
  lex: CompiledLexicon,
): boolean {
  const own = readUnit(body, tokens, i, lex).own;
  return own !== null && own.unit !== 'other';
}

/**
 * "負傷者数は+17人(+12.41%)増加", "+5 cases": a plus sign before a count or a share, its unit or percent sign
 * written against the number, marks a change, counted as its number (the gold counts "▲45件" and "+17人" as
 * 45 and 17). A plus after a digit or a letter, or before a bare number ("+84 24 3825"), is a phone prefix or
 * an identifier's part and stays blocked.
 */
function isSignedChange(f: string, tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  const n = tokens[i] as NumToken;
  const sign = n.start - 1;
  const lead = f[sign - 1];
  // A caseless letter of a glued script is the previous word ("負傷者数は+17人"), a Latin one an identifier.
  if (isDigit(lead) || lead === '+' || (isLetter(lead) && !(lex.glued && isCaselessLetter(lead))))
    return false;
  const next = tokens[i + 1];
  if (next?.start !== n.end) return false;
  return f[n.end] === '%' || (next.kind === 'word' && matchUnit(tokens, i + 1, lex) !== null);
}

// Degree, minute and second marks of an angle; a quote may stand for the second before a cardinal point.
const ANGLE_MARKS = new Set(['°', '′', '″', "'", '’']);
const SECOND_MARKS = new Set(['″', '"', '”', "''"]);
const CARDINAL_POINT = /[NSEWO]/;

/**
 * "108°54′43″E", "10°33'12\"N": the minutes and seconds of a coordinate or an angle (a number after a degree or
 * minute mark that follows digits, or before a minute or second mark) count nothing, in any language.
 */
function isAnglePart(body: string, n: NumToken): boolean {
  const before = body[n.start - 1];
  if (before !== undefined && ANGLE_MARKS.has(before) && isDigit(body[n.start - 2])) return true;
  const after = body[n.end];
  if (after === '′' || after === '″') return true;
  return after !== undefined && SECOND_MARKS.has(after) && CARDINAL_POINT.test(body[n.end + 1] ?? '');
}

function isBlocked(
  doc: Document,
  tokens: readonly Token[],
  i: number,
  lex: CompiledLexicon,
  readings: ReadonlyMap<number, Reading>,
  caseless: () => boolean,
): boolean {
  const n = tokens[i] as NumToken;
  // "01 súng", "08 đối tượng", "០២នាក់": reports pad counts below ten with a zero; other numbers with a
  // leading zero are phone numbers or identifiers.
  if (n.phone && !isZeroPaddedCount(doc.body, doc.folded, tokens, i, lex)) return true;
  const f = doc.folded;
  const before = f[n.start - 1];
  const after = f[n.end];
  // A letter against the number makes it part of a word ("KH12"), except a letter of a script written
  // without spaces (its previous word), a caseless letter in a glued lexicon, or a currency ("Rp40,2").
  if (
    (isAttachedLetter(before, SPACELESS_BEFORE) &&
      // A numeral written in characters after a Latin name ("…和Wang Hao两名成员") is no identifier's tail.
      !(lex.glued && (isCaselessLetter(before) || n.spelled)) &&
      !isProcliticAt(f, n.start) &&
      !isCurrencyPrefix(doc.body, tokens, i, lex) &&
      !isLostSpaceAfter(doc.body, tokens, i, lex)) ||
    isAttachedMark(before) ||
    isDigit(before) ||
    (before === '-' &&
      !isProcliticAt(f, n.start - 1, true) &&
      !inHyphenRange(f, doc.body, n.start - 1, lex.nounsCapitalized, measuredAfter(tokens, i, lex))) ||
    before === '_' ||
    (before === '+' && !isSignedChange(f, tokens, i, lex))
  )
    return true;
  if (isAnglePart(doc.body, n)) return true;
  // "11kg Drogen 5110.jpg": a picture's file name left in the page's text.
  if (onPictureFileLine(doc.body, n.start)) return true;
  // "№ 231": the number sign names what follows in every language.
  const sign = tokens[i - 1];
  if (sign?.kind === 'punct' && sign.text === '№') return true;
  if (inSlashChain(tokens, i) || isBareDayMonth(tokens, i, lex)) return true;
  // "9:15", "3/4/2023", "เลขที่ 27-29": the tail of a time, a date or a range whose head is blocked.
  if (
    (before === ':' && isDigit(f[n.start - 2])) ||
    ((before === '/' || before === '-') && readings.get(i - 2)?.blocked)
  )
    return true;
  if (isPlateTail(doc.body, tokens, i) || isPlateHead(doc.body, tokens, i)) return true;
  if (isPoliceLine(tokens, i, lex)) return true;
  if (isAfterPlateWord(tokens, i, lex)) return true;
  if (isSpacedCodeSerial(doc.body, tokens, i)) return true;
  if (inPlaceName(doc.body, tokens, i, lex)) return true;
  if (isPlaceNumber(doc.body, tokens, i, lex, (k) => matchUnit(tokens, k, lex)?.entry.unit)) return true;
  if (before === '/') {
    // "3 156/3 332", "5 cas/12 personnes" are pairs; "KH/12" is an identifier.
    const b = tokens[i - 2];
    if (!b || (b.kind !== 'num' && !(b.kind === 'word' && matchUnit(tokens, i - 2, lex)))) return true;
  }
  const caseEnding = glueSuffixAt(tokens, i, lex) >= 0;
  if (
    !caseEnding &&
    ((after === '-' &&
      // "demi-million": a half tokens.ts kept counts the scale after its hyphen.
      !(n.spelled && n.value < 1) &&
      !inHyphenRange(f, doc.body, n.end, lex.nounsCapitalized, measuredAfter(tokens, i + 2, lex)) &&
      hyphenedUnit(tokens, i, lex) < 0 &&
      // hu "64-en": the personal ending (person-suffix.ts).
      personSuffixEnd(doc.body, tokens, i, lex) < 0) ||
      after === '_' ||
      after === '+' ||
      (after === '/' && isLetter(f[n.end + 1])))
  )
    return true;
  if ((after === ':' || after === '.') && isDigit(f[n.end + 1]) && !n.spelled) return true;
  // A glued lexicon reads what follows itself (its units, scales and connectors); without one, a letter of a
  // script written without spaces is the next word.
  // "凌晨 3 点", "20 多名": Chinese and Japanese texts may space a number from the characters after it; the word
  // after that one space is read as if it were attached (a unit counts, a time or a name word blocks).
  const spacedHan = lex.glued && !isSegmented(lex) && after === ' ' && HAN_OR_KANA.test(f[n.end + 1] ?? '');
  const letterAfter = spacedHan || (lex.glued ? isLetter(after) : isAttachedLetter(after, SPACELESS_AFTER));
  const wordStart = spacedHan ? n.end + 1 : n.end;
  if (letterAfter && !n.spelled && !caseEnding) {
    // Attached letters: a unit ("5kg", "200.000d"), a scale ("11mil", "3triệu") or an ordinal / identifier ("13e", "408p", "14h30").
    const next = tokens[i + 1];
    if (!(
      next &&
      next.kind === 'word' &&
      next.start === wordStart &&
      (matchUnit(tokens, i + 1, lex) ||
        lex.scales.get(next.text) !== undefined ||
        // "20m3", "300m²", "552ha": an area or a volume written against its number, as "5kg" is a mass.
        squaredOrCubed(tokens, i + 1) !== undefined ||
        hectareEnd(next) !== undefined ||
        (lex.glued &&
          (gluedScale(next.text, lex) ||
            echoesNounBefore(tokens, i, lex) ||
            lex.connectors.has(next.text) ||
            // "30の支隊": a particle links the number to the unit noun it counts (linked.ts).
            (unitLinkedAfter(f, wordStart, lex)?.unit ?? 'other') !== 'other' ||
            lex.approximateAfter.getPrefix(next.text) !== undefined)))
    ))
      return true;
  }
  if (!n.spelled && mayStartDateOrTime(f, n.start)) {
    DATE_AT.lastIndex = n.start;
    TIME_AT.lastIndex = n.start;
    DOTTED_TIME_AT.lastIndex = n.start;
    ZONED_TIME_AT.lastIndex = n.start;
    if (DATE_AT.test(f) || TIME_AT.test(f) || DOTTED_TIME_AT.test(f) || ZONED_TIME_AT.test(f)) return true;
  }
  if (!n.spelled && inNumericDate(f, n)) return true;
  if (lex.ordinalDot && after === '.' && f[n.end + 1] === ' ' && LOWER.test(doc.body[n.end + 2] ?? ''))
    return true;
  // "Kamis (4/1)", "Monday, 5": a number in brackets or after a comma right after a weekday or month.
  const open = tokens[i - 1];
  const day = tokens[i - 2];
  // "na quarta-feira (18)", "el sábado (19)": the day of the month alone in brackets after a weekday.
  if (!n.spelled && open?.kind === 'punct' && open.text === '(' && weekdayEndingAt(tokens, i - 2, lex))
    return true;
  // "รายงานวันนี้ (25)", "today (25)": the day of the month alone in brackets after the word for today.
  if (isDayAfterRelativeDay(f, tokens, i, lex)) return true;
  if (
    !n.spelled &&
    open?.kind === 'punct' &&
    (open.text === '(' || open.text === ',') &&
    day?.kind === 'word' &&
    lex.months.has(day.text) &&
    // "le vendredi 13 mars, 4 suspects": a month that has its day already gives none to the number after it.
    !(open.text === ',' && hasDayBefore(tokens, i - 2, lex) && !isYear(n, lex)) &&
    // "on Thursday, 13 bodies", "يوم الخميس، 13 جثة", "in March, 40 people", "dịp Tết, 40 người": a number after
    // the comma of a weekday or a month that counts a noun of its own is a count, not the day (a month after it
    // is no noun: "Thursday, 13 October" stays a date).
    !(open.text === ',' && !lex.glued && countsOwnNoun(tokens, i, lex))
  )
    return true;
  if (isPhotoMark(doc.body, tokens[i - 1])) return true;
  if (!n.spelled && abbreviatedLabel(doc.body, n.start)) return true;
  if (yearAbbreviated(tokens, i, lex)) return true;
  if (inYearSpan(tokens, i, lex)) return true;
  // "ก.ค. 2567", "มิ.ย. 67": the year after a month abbreviated with dots.
  if (!n.spelled && tokens[i - 1]?.kind === 'punct' && dottedShortMonth(tokens, i - 1, -1, lex)) return true;
  // "ปี 2024 เจ้าหน้าที่…" (in 2024 the officials...): a year before a noun dates the clause it starts.
  if (isYear(n, lex) && nounAfter(f, n.end, lex)) return true;
  if (isNamedYear(tokens, i, lex) || isNamedHour(tokens, i, lex)) return true;
  // "alle ore 20": the hour of the clock after the plural of the hour word.
  if (isHourAfterHours(tokens, i, lex, () => countsOwnNoun(tokens, i, lex))) return true;
  // "at 2 p.m.", "στις 5 μ.μ.", "a las 3 de la madrugada": an hour told by its half of the day.
  if (isHourOfPeriod(doc.body, tokens, i, lex)) return true;
  // "کیلومتر ۲۵ بزرگراه", "Km 25 of the highway": a distance word before the number names a kilometre post.
  if (isMilestone(tokens, i, lex)) return true;
  if (isChainageTail(tokens, i, lex)) return true;
  const next = previousWord(tokens, i);
  const w = wordBeforeRange(tokens, next, lex);
  // The opener skipped widens the window by its one word.
  if (w >= 0 && w >= i - (w === next ? 3 : 4) && (isYear(n, lex) || !countedByClassifier(f, n.end, lex))) {
    const word = (tokens[w] as { text: string }).text;
    const before2 = tokens[w - 1];
    const phrase = before2?.kind === 'word' ? `${before2.text} ${word}` : word;
    // "lundi 2 février 12 autopompes": a month that already has its day before it gives no day to the number after it.
    const dated =
      lex.months.has(word) &&
      !n.spelled &&
      // "dimanche : 9 soldats", "12 March: 9 arrested": a colon ends the date; no day is written after one.
      !colonBetween(tokens, w, i) &&
      !(!lex.glued && w === i - 1 && hasDayBefore(tokens, w, lex) && !isYear(n, lex)) &&
      // "in March 2018, 13 ha": a month that has its year already gives no day to the number after it.
      !yearBetween(tokens, w, i, lex) &&
      !(w === i - 1 && lex.weekdays.has(word) && !lex.glued && countsOwnNoun(tokens, i, lex)) &&
      // "২৫শে জুলাই ৪০ জনকে" (on 25 July, 40 people): a number that can be neither a day nor a year, with a
      // counted noun of its own, is a count that follows the date.
      !(n.value > 31 && !isYear(n, lex) && countsOwnNoun(tokens, i, lex)) &&
      // "in augustus 24 mensen om het leven" (in August, 24 people killed): where the day comes before the
      // month, a number right after the month's name with a counted noun of its own counts it.
      !(w === i - 1 && !lex.glued && writesDayBeforeMonth(lex.language) && countsOwnNoun(tokens, i, lex));
    // "in diesem Jahr 312 Fälle", "this year 312 cases": a number after a word of time that is no year and no
    // day of a month, with a counted noun of its own, counts it.
    // "в 2016 году 13 человек", "w 2016 roku 13 osób" (in 2016, 13 people): the word of a year closes the year
    // written before it, so it names no number after it, and even a number that could be a day counts.
    const timeNamed =
      w === i - 1 &&
      !lex.glued &&
      !isYear(n, lex) &&
      // The word of time first: it is seldom one, and the counted noun is read through the unit lexicon.
      ((lex.durations.has(word) && n.value > 31) || yearClosedBy(tokens, w, word, lex)) &&
      countsOwnNoun(tokens, i, lex);
    // "điều 2 phương tiện" (dispatched two craft): a name word that is also a verb of a count, before a noun.
    const verbCounting = w === i - 1 && lex.nameVerbs.has(word) && countsUnitAfter(tokens, i, lex);
    if (
      !lex.countPhrases.has(phrase) &&
      !timeNamed &&
      // A headline ending in a name word ("…on the national road") names nothing on the next line.
      !hasLineBreak(f, tokens[w]!.end, n.start) &&
      !verbCounting &&
      (lex.nameWords.has(word) ||
        lex.nameWords.hasPhrase(phrase) ||
        // "بالخط الساخن 113" (on the hotline 113): a name word behind a proclitic letter of Arabic script.
        lex.nameWords.hasPhrase(phrase.slice(procliticBodyStart(phrase, 0, phrase.length))) ||
        // "בכביש 6" (on road 6): the name word itself behind a proclitic letter, with a word before it.
        (phrase !== word && lex.nameWords.has(word.slice(procliticBodyStart(word, 0, word.length)))) ||
        dated ||
        (w === i - 1 && isNameAsWritten(doc.body, tokens[w]!, lex))) &&
      // Money names nothing: "chuyển khoản 400 triệu đồng" (transferred 400 million dong), whose "khoản" before
      // a bare number is a clause of a law ("khoản 2 Điều 3"). Asked last: it reads the unit after the number.
      !(w === i - 1 && moneyAfter(doc.body, tokens, i, lex))
    )
      return true;
    // Glued: the word before runs into the number ("…的第3", "…年4月"): its end is what precedes.
    if (
      lex.glued &&
      w === i - 1 &&
      tokens[w]!.end === n.start &&
      (lex.nameWords.endsWord(word) || (lex.months.endsWord(word) && !countsAfterTimeWord(tokens, w, i, lex)))
    )
      return true;
    // "数十人", "几百名" (several tens, hundreds of people): vagueness before a numeral in characters. Before
    // digits the word ends a noun of count instead: "死亡人数534人" (number of dead 534), "起数605起".
    if (
      lex.glued &&
      n.spelled &&
      w === i - 1 &&
      tokens[w]!.end === n.start &&
      lex.vagueBeforeMultiplier.endsWord(word)
    )
      return true;
    // sl "več deset pa jih je bilo ranjenih" (several tens were injured): a round spelled multiplier right
    // after a word of vagueness is plural vagueness in spaced scripts too.
    if (
      !lex.glued &&
      n.spelled &&
      w === i - 1 &&
      ROUND_MULTIPLIERS.has(n.value) &&
      lex.vagueBeforeMultiplier.has(word)
    )
      return true;
    if (endsInNameWord(doc.body, f, tokens[w]!, n.start, lex)) return true;
  }
  if (n.spelled && startsName(doc.body, tokens, i, lex)) return true;
  if (isDimension(tokens, i)) return true;
  if (labelledAfter(tokens, i, lex)) return true;
  if (
    lex.streetsBefore !== null &&
    endsStreetName(doc.body, f, tokens[i - 1], n.start, lex) &&
    !matchUnit(tokens, i + 1, lex)
  )
    return true;
  if (
    (lex.perBefore !== null || lex.perAfterUnit !== null) &&
    isRateDenominator(tokens, i, lex, () => {
      const unit = matchUnit(tokens, i + 1, lex);
      return unit === null ? undefined : (unit.end ?? tokens[unit.last]!.end);
    })
  )
    return true;
  if (
    isPackageSize(tokens, i, (k) => {
      const unit = matchUnit(tokens, k, lex);
      return unit === null ? undefined : { unit: unit.entry.unit, last: unit.last };
    })
  )
    return true;
  if (isHouseNumber(doc.body, tokens, i, lex)) return true;
  if (
    isLatinHouseNumber(doc.body, tokens, i, (at) => {
      let k = i + 1;
      while (k < tokens.length && tokens[k]!.start < at) k++;
      return tokens[k]?.start === at && matchUnit(tokens, k, lex) !== null;
    })
  )
    return true;
  if (!n.spelled && isGenerationName(doc.body, tokens, i, lex)) return true;
  if (!n.spelled && isRegistration(doc.body, f, tokens, i, lex)) return true;
  if (isProperNameLabel(doc.body, tokens, i, lex, caseless)) return true;
  return isAgeAfterName(doc.body, tokens, i, lex);
}

/**
 * "Formosa 2", "Center 114", "Wad 10", "Distrito 7", "Pomina 2": a bare number right after a capitalised word
 * inside a sentence numbers that name (a plant, a hotline, a ward), whatever the language; nothing it counts
 * follows. Left out: languages that capitalise every noun ("Polizei 12"), a word that opens its sentence
 * ("Watu 15 wamekufa", persons 15), a headline in title case ("Floods Kill 15"), and a word the lexicon reads
 * (a fate, a month, a function word, a currency: "seized USD 274", "senilai Rp 5.000") rather than a name. A
 * brand's word ("iPhone 11", model-name.ts) names in every position and in languages that capitalise nouns.
 */
function isProperNameLabel(
  body: string,
  tokens: readonly Token[],
  i: number,
  lex: CompiledLexicon,
  caseless: () => boolean,
): boolean {
  const n = tokens[i] as NumToken;
  const name = tokens[i - 1];
  if (lex.glued || n.spelled || !n.plain || name?.kind !== 'word') return false;
  if (body.slice(name.end, n.start) !== ' ') return false;
  // A brand's shape ("iPhone 11"; a Latin word in a caseless script) names wherever it stands (model-name.ts).
  // The cheap tests first: the walk back over a Latin run runs only for a word neither camel-cased nor a
  // capitalised word inside a sentence.
  const written = body.slice(name.start, name.end);
  const camel = isCamelBrand(written);
  if (
    !camel &&
    !isCapitalisedInSentence(body, name, lex) &&
    !isLatinAmidCaseless(body, written, name.start, caseless)
  )
    return false;
  const word = name.text;
  if (
    lex.functionWords.has(word) ||
    lex.approximate.has(word) ||
    lex.months.has(word) ||
    lex.weekdays.has(word) ||
    lex.durations.has(word) ||
    lex.fateVerbs.has(word) ||
    lex.copulas.has(word) ||
    lex.demonyms.get(word, false) !== undefined ||
    lex.currencyWords.get(word) !== undefined ||
    currencyBefore(body, n.start) !== undefined ||
    matchUnit(tokens, i - 1, lex)
  )
    return false;
  const next = tokens[i + 1];
  // Something counted after the number makes it a count again: a unit, a scale, a fate ("Hanoi 5 died").
  return !(
    next?.kind === 'word' &&
    ((!camel && matchUnit(tokens, i + 1, lex)) ||
      lex.scales.get(next.text) !== undefined ||
      lex.fateVerbs.has(next.text) ||
      lex.demonyms.get(next.text, false) !== undefined)
  );
}

/**
 * A capitalised word inside a sentence: a lower-case word before it, not a capitalised word, a comma or a
 * bracket (title case, "Ring, Seizing 10 Cakes"; or a longer name whose number may count: "Quang Nam 12"),
 * in a language that does not capitalise every noun.
 */
function isCapitalisedInSentence(body: string, name: Token, lex: CompiledLexicon): boolean {
  if (lex.nounsCapitalized || !isUpper(body[name.start])) return false;
  let k = name.start - 1;
  while (k >= 0 && body[k] === ' ') k--;
  if (!isLetter(body[k])) return false;
  let w = k;
  while (w > 0 && isLetter(body[w - 1])) w--;
  return LOWER.test(body[w]!);
}

/**
 * "5G", "4G": a network's generation, its capital G against the digit (a gram is written "g"); "4.0",
 * "Web 3.0": a release named with a point and a single zero that counts nothing after it. Names in every
 * language, no count ("2.0 kg" still weighs).
 */
function isGenerationName(body: string, tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  const n = tokens[i] as NumToken;
  const text = body.slice(n.start, n.end);
  if (/^[2-6]$/.test(text) && body[n.end] === 'G' && !isLetter(body[n.end + 1])) return true;
  return /^\d{1,2}\.0$/.test(text) && !isLetter(body[n.end + 1]) && !matchUnit(tokens, i + 1, lex);
}

/** The word right before the number is a distance's ("کیلومتر ۲۵"), and no noun of its own follows the number. */
function isMilestone(tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  const prev = tokens[i - 1];
  return (
    prev?.kind === 'word' &&
    prev.end < tokens[i]!.start &&
    lex.distances.has(prev.text) &&
    !countsOwnNoun(tokens, i, lex)
  );
}

/**
 * "на 97-м км + 600", "Km 97 + 600", "الكيلومتر 506 + 600": a road's chainage, the kilometre post and the metres
 * past it, written with a spaced plus. The metres after the plus are part of the place, no count, as they are
 * when the plus is written against them ("Km97+600", blocked with every number after a glued plus).
 */
function isChainageTail(tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  const plus = tokens[i - 1];
  if (plus?.kind !== 'punct' || plus.text !== '+') return false;
  const post = tokens[i - 2];
  // "97-м км + 600": the distance word itself before the plus.
  if (post?.kind === 'word') return lex.distances.has(post.text);
  // "км 97 + 600": a number named by a distance word before it.
  const word = tokens[i - 3];
  return post?.kind === 'num' && word?.kind === 'word' && lex.distances.has(word.text);
}

/** "২৪৯ ধারা", "৫ নম্বর ওয়ার্ড": a label word right after the number makes it a section or a number, no count. */
function labelledAfter(tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  const next = tokens[i + 1];
  return next?.kind === 'word' && next.start - tokens[i]!.end <= 1 && lex.labelsAfter.has(next.text);
}

/**
 * The word right after the number at i is a counted noun of its own (a unit word, not a classifier): "Friday 13
 * drug smugglers" counts smugglers, "Friday 13 March" is a date.
 */
function countsOwnNoun(tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  const next = tokens[i + 1];
  if (next?.kind !== 'word' || lex.months.has(next.text) || lex.durations.has(next.text)) return false;
  // Where a noun may qualify the next one ("13 drug smugglers"), the word after it may be the counted noun.
  const unit = matchUnit(tokens, i + 1, lex) ?? (lex.modifierNouns ? matchUnit(tokens, i + 2, lex) : null);
  return unit !== null && unit.entry.counter !== true;
}

/** The number at i is an amount of money: a currency, maybe after scale words, follows it. */
function moneyAfter(body: string, tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  if (tokens[i + 1]?.kind !== 'word') return false;
  const own = readUnit(body, tokens, i, lex).own;
  return own !== null && (own.unit === 'vnd' || own.currency !== undefined);
}

/** A unit noun, no classifier, follows the number at i, maybe after a connector ("2 chiếc xe máy"). */
function countsUnitAfter(tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  const next = tokens[i + 1];
  const k = next?.kind === 'word' && lex.connectors.has(next.text) ? i + 2 : i + 1;
  const unit = matchUnit(tokens, k, lex);
  return unit !== null && unit.entry.counter !== true;
}

/** The number at k is followed by a unit word, one space away, that is no classifier: a measured amount. */
function measuredAfter(tokens: readonly Token[], k: number, lex: CompiledLexicon): boolean {
  const n = tokens[k];
  const next = tokens[k + 1];
  if (n?.kind !== 'num' || next?.kind !== 'word' || next.start > n.end + 1) return false;
  const unit = matchUnit(tokens, k + 1, lex);
  return unit !== null && unit.entry.counter !== true;
}

const LATIN_LETTER = /[A-Za-z]/;

/**
 * The code of two to four capital Latin letters ending one space before `at` ("BV", "SAR", "QN"), set apart
 * from other Latin letters (a script written without spaces may touch it: "收到了TTH 90154"); its start.
 */
function codeBefore(body: string, at: number): number | undefined {
  if (body[at - 1] !== ' ') return undefined;
  let k = at - 1;
  while (k > 0 && k > at - 6 && body[k - 1]! >= 'A' && body[k - 1]! <= 'Z') k--;
  const length = at - 1 - k;
  if (length < 2 || length > 4 || LATIN_LETTER.test(body[k - 1] ?? '')) return undefined;
  return k;
}
/**
 * A province's code of a Vietnamese fishing registration written with a small letter after two or three capitals
 * ("BTh 97155 TS", "QNg 90909 TS", "ĐNa 90123 TS") ending one space before `at`; its start. Only a code of
 * capitals after the number makes it one: "GmbH 5" or a name is no code alone.
 */
function mixedCodeBefore(body: string, at: number): number | undefined {
  const m = MIXED_CODE_BEFORE.exec(body.slice(Math.max(0, at - 7), at));
  return m ? at - m[0].length + (m[1]?.length ?? 0) : undefined;
}
// The code and its one space, after a start of text or a character that is no Latin letter.
const MIXED_CODE_BEFORE = /(^|[^A-Za-zĐđ])[A-ZĐ]{2,3}[a-z]{1,2} $/;
// Two to four capitals that end where the Latin letters end: a code run into the number ("90154TS").
const CODE_AFTER = /[A-Z]{2,4}(?![A-Za-z])/y;
/** The marks that may close a name set off before a code (setOffAsName). */
export const CLOSING_QUOTES = chosenMarks(['»', '"', '”', '“', "'", '’', '‹', '›', '」', '』']);
/** The marks that may open that name, the corner brackets too. */
export const NAME_OPENERS = chosenMarks([...OPENING_QUOTES, '「', '『']);

/**
 * A code of capitals right after the number, glued or one space away ("TTH 90154TS", "BV 5489 TS"); a unit
 * written in capitals ("MDMA 2KG") is none.
 */
function codeAfter(body: string, folded: string, end: number, lex: CompiledLexicon): boolean {
  const from = body[end] === ' ' ? end + 1 : end;
  CODE_AFTER.lastIndex = from;
  if (!CODE_AFTER.test(body)) return false;
  return lex.units.get(folded.slice(from, CODE_AFTER.lastIndex), false) === undefined;
}

const PLATE_SERIES = /^[A-Z]{1,2}$/;
// The serial of a Vietnamese plate: five digits grouped 3.2, or four or five plain ("171.59", "1234").
const PLATE_SERIAL = /^(?:\d{3}\.\d{2}|\d{4,5})$/;
// A province code: two digits, the head of every plate.
const PLATE_PROVINCE = /^\d{2}$/;

/**
 * "BS 75C - 149.96", "43H-163.04", "29LD - 012.34", "51G 171.59": the number after the series of a plate (a
 * number run into one or two capitals, a province code and series) is the tail of a registration plate, spaced
 * or not, with a dash or with a space alone.
 */
function isPlateTail(body: string, tokens: readonly Token[], i: number): boolean {
  return isPlateHead(body, tokens, i - 3) || isPlateHead(body, tokens, i - 2);
}

/**
 * "51G-869.32", "43H - 163.04": the number run into one or two capitals and followed by a dash and a number is
 * the head of a registration plate (province code and series), not a measure ("51 g"). Without the dash the
 * head must be a province's two digits and the tail a plate's serial ("51G 171.59"), in any language: a
 * measure is not followed by a number of that shape ("5G 200 users" is none).
 */
function isPlateHead(body: string, tokens: readonly Token[], i: number): boolean {
  const head = tokens[i];
  const series = tokens[i + 1];
  const next = tokens[i + 2];
  if (
    head?.kind !== 'num' ||
    series?.kind !== 'word' ||
    series.start !== head.end ||
    !PLATE_SERIES.test(body.slice(series.start, series.end))
  )
    return false;
  if (next?.kind === 'punct')
    return (next.text === '-' || next.text === '–') && tokens[i + 3]?.kind === 'num';
  return (
    next?.kind === 'num' &&
    next.start === series.end + 1 &&
    PLATE_PROVINCE.test(body.slice(head.start, head.end)) &&
    PLATE_SERIAL.test(body.slice(next.start, next.end))
  );
}

/**
 * "the salvage ship, SAR 274, had…", "“SAR 272”号": a code and a bare number set off as one name (in quotes,
 * or between commas) are a vessel's or a unit's name, even when the code is also a currency's (the Saudi
 * riyal's SAR). A sum is written with a scale or a verb around it, not quoted as a name.
 */
function setOffAsName(body: string, code: number, n: NumToken): boolean {
  if (!n.plain) return false;
  let k = code - 1;
  while (k >= 0 && body[k] === ' ') k--;
  const open = body[k];
  const close = body[n.end] === ' ' ? body[n.end + 1] : body[n.end];
  if (open === undefined || close === undefined) return false;
  return (NAME_OPENERS.has(open) && CLOSING_QUOTES.has(close)) || (open === ',' && close === ',');
}

/**
 * "tàu QN 90716 TS", "trawler BV 5489 TS", "the vessel ND 3363 fled", "ship SAR 274": a number after a code of
 * capitals is a registration (of a boat, a vehicle, a unit), in any language, when another code follows it or
 * it counts no noun of its own ("MDMA 2 kg", "UBND 3 xã" still count).
 */
function isRegistration(
  body: string,
  folded: string,
  tokens: readonly Token[],
  i: number,
  lex: CompiledLexicon,
): boolean {
  const n = tokens[i] as NumToken;
  const code = codeBefore(body, n.start);
  if (code === undefined)
    return mixedCodeBefore(body, n.start) !== undefined && codeAfter(body, folded, n.end, lex);
  if (currencyCode(body.slice(code, n.start - 1)) !== undefined) return setOffAsName(body, code, n);
  if (codeAfter(body, folded, n.end, lex)) return true;
  return !countsOwnNoun(tokens, i, lex) && matchUnit(tokens, i + 1, lex) === null;
}

/**
 * A unit word whose scale prefix would end inside a letter, before its vowel sign: Bengali "শতাংশ" (per
 * cent) is no "শত" (hundred) + "াংশ". Case endings after a scale ("হাজারের", of thousands) leave no unit.
 */
function wholeUnitOverScale(word: string, lex: CompiledLexicon): boolean {
  const scale = lex.scales.getPrefix(word);
  return (
    scale !== undefined && MARK.test(word[scale.length] ?? '') && lex.units.get(word, false) !== undefined
  );
}

/**
 * "в 2025 г.", "1990 г.р.", "през 2025 г.": a number that can be a year, then a one-letter word and its dot,
 * is the year abbreviated (Russian, Bulgarian, Belarusian "г." for год), not grams, which a year-sized
 * mass is never written in.
 */
function yearAbbreviated(tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  const unit = tokens[i + 1];
  const dot = tokens[i + 2];
  return (
    isYear(tokens[i] as NumToken, lex) &&
    unit?.kind === 'word' &&
    unit.text.length === 1 &&
    dot?.kind === 'punct' &&
    dot.text === '.' &&
    dot.start === unit.end &&
    (lex.units.get(unit.text)?.factor ?? 1) < 1
  );
}

/** A day number right before the month word at w ("2 février", "12. März"). */
function hasDayBefore(tokens: readonly Token[], w: number, lex: CompiledLexicon): boolean {
  let k = w - 1;
  if (tokens[k]?.kind === 'punct' && (tokens[k] as { text: string }).text === '.') k--;
  // "5 de marzo", "12 de mayo": a connector may join the day to its month.
  else if (tokens[k]?.kind === 'word' && lex.connectors.has((tokens[k] as { text: string }).text)) k--;
  const day = tokens[k];
  return day?.kind === 'num' && day.plain && day.value >= 1 && day.value <= 31;
}

/**
 * "ảnh 1", "ảnh 2": the image marks Vietnamese news sites leave in a page's text, in whatever language the
 * article is written; the number names a picture.
 */
function isPhotoMark(body: string, t: Token | undefined): boolean {
  return t?.kind === 'word' && t.end - t.start === 3 && body.slice(t.start, t.end).toLowerCase() === 'ảnh';
}

function isSlash(t: Token | undefined): boolean {
  return t?.kind === 'punct' && t.text === '/';
}

/** "ngõ 129/2/19", "99/110/85": three numbers or more joined by slashes are an address or a file number. */
function inSlashChain(tokens: readonly Token[], i: number): boolean {
  let before = 0;
  for (let k = i; k >= 2 && isSlash(tokens[k - 1]) && tokens[k - 2]?.kind === 'num'; k -= 2) before++;
  let after = 0;
  for (let k = i; isSlash(tokens[k + 1]) && tokens[k + 2]?.kind === 'num'; k += 2) after++;
  return before + after >= 2;
}

/**
 * "el 24/7", "trabaja 24/7": a day and a month (or round the clock) written with a slash, no noun counted
 * after or before them, is no count; "11/11 comunas", "quartiers 11/11" and "3/5 xã" count their noun.
 */
function isBareDayMonth(tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  const head = isSlash(tokens[i + 1]) ? i : isSlash(tokens[i - 1]) ? i - 2 : -1;
  const day = tokens[head];
  const month = tokens[head + 2];
  return (
    day?.kind === 'num' &&
    month?.kind === 'num' &&
    day.plain &&
    month.plain &&
    day.value >= 1 &&
    day.value <= 31 &&
    month.value >= 1 &&
    month.value <= 12 &&
    tokens[head - 1]?.kind !== 'num' &&
    // "quartiers 11/11": the noun counted may stand before a part of a whole (never larger than the whole).
    (day.value > month.value || !(tokens[head - 1]?.kind === 'word' && matchUnit(tokens, head - 1, lex))) &&
    !countsUnitAfter(tokens, head + 2, lex)
  );
}

function isTimesSign(t: Token | undefined): boolean {
  return (t?.kind === 'word' && t.text === 'x') || (t?.kind === 'punct' && t.text === '×');
}

/** "16 x 5 x 12 cm", "40×60": the sides of a size, in any language; no count. */
function isDimension(tokens: readonly Token[], i: number): boolean {
  return (
    (isTimesSign(tokens[i + 1]) && tokens[i + 2]?.kind === 'num') ||
    (isTimesSign(tokens[i - 1]) && tokens[i - 2]?.kind === 'num')
  );
}

/**
 * A slogan: « 4 sur le terrain » (a quoted sentence opening with a spelled count, « Kelima tersangka », is not).
 * A mark that also closes ('"', German's “) glued to the word before it ends that word's quotation: the number
 * after it opens no slogan (vi `đang "ôm" 14 bánh heroin`, en `was "carrying" 14 bricks`).
 */
function isSlogan(folded: string, n: NumToken): boolean {
  let k = n.start - 1;
  while (k >= 0 && folded[k] === ' ') k--;
  const mark = folded[k] ?? '';
  if (!OPENING_QUOTES.has(mark)) return false;
  return !(CLOSING_QUOTES.has(mark) && k > 0 && WORD_CHAR.test(folded[k - 1]!));
}
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** How far a motto's later items may stand from its opening quote, or from its closing one. */
const MOTTO_REACH = 80;
const MOTTO_ITEM_BREAKS = new Set([',', '،', ';']);
const MOTTO_ENDS = new Set(['.', '!', '?', '\n', '»', '”', '“', '"', '›']);

/**
 * A later item of a numbered motto: „3 spravedlivé, 4 jasné, 5 dalších“, "“3 no, 4 yes”". A number that opens an
 * item of a list (after a comma) inside quotation marks whose first word is a slogan's number, closed before the
 * sentence ends, numbers the motto's parts as the first does; it counts nothing (readNumbers asks only for a
 * number that counts no noun of its own).
 */
function inNumberedMotto(folded: string, n: NumToken): boolean {
  let k = n.start - 1;
  while (k >= 0 && folded[k] === ' ') k--;
  if (!MOTTO_ITEM_BREAKS.has(folded[k] ?? '')) return false;
  const floor = Math.max(0, n.start - MOTTO_REACH);
  for (; k >= floor; k--) {
    const ch = folded[k]!;
    if (OPENING_QUOTES.has(ch)) {
      let d = k + 1;
      while (folded[d] === ' ') d++;
      if (isDigit(folded[d])) break;
    }
    if (MOTTO_ENDS.has(ch)) return false;
  }
  if (k < floor) return false;
  const ceiling = Math.min(folded.length, n.end + MOTTO_REACH);
  for (let e = n.end; e < ceiling; e++) {
    const ch = folded[e]!;
    if (QUOTES.has(ch)) return true;
    if (MOTTO_ENDS.has(ch)) return false;
  }
  return false;
}

/**
 * "Comités 138 et 1523 districts", "138, 1523", "April 21 to 28": a number joined to a blocked one is blocked too; after a
 * comma only when it counts nothing of its own ("12 Maret 2024, 5 kg" and "March 2018, 13 ha of poppy" start a new
 * item, a noun the lexicon has no unit for counted as well). After a conjunction, a count of persons starts a
 * new clause: labels are never persons ("riksväg 14 och 3 personer skadades", road 14 and 3 people hurt).
 */
function joinedToBlocked(
  body: string,
  tokens: readonly Token[],
  i: number,
  lex: CompiledLexicon,
  readings: ReadonlyMap<number, Reading>,
  hasUnit: boolean,
  persons: boolean,
): boolean {
  const prev = tokens[i - 1];
  // "a Nokia 8 and 5 motorbikes", "an iPhone 11 and 3 phones": a product's model ends at the conjunction, and a
  // number counting its own noun after it is the next item.
  if (
    hasUnit &&
    prev?.kind === 'word' &&
    lex.conjunctions.has(prev.text) &&
    isProductModel(body, tokens, i - 2, lex)
  )
    return false;
  if (
    prev &&
    ((prev.kind === 'word' &&
      (lex.rangeWords.has(prev.text) || (lex.conjunctions.has(prev.text) && !persons))) ||
      (prev.kind === 'punct' && prev.text === ',' && !hasUnit))
  ) {
    return readings.get(i - 2)?.blocked === true;
  }
  return false;
}

/**
 * The number at k names a product's model: after a brand's camel-cased word ("iPhone 11"), or after a capitalised
 * word that an indefinite article introduces ("a Nokia 8", "un Samsung 7"): one thing, whose name the number ends.
 */
function isProductModel(body: string, tokens: readonly Token[], k: number, lex: CompiledLexicon): boolean {
  const name = tokens[k - 1];
  if (tokens[k]?.kind !== 'num' || name?.kind !== 'word') return false;
  if (isCamelBrand(body.slice(name.start, name.end))) return true;
  const article = tokens[k - 2];
  return isUpper(body[name.start]) && article?.kind === 'word' && lex.indefinite?.has(article.text) === true;
}

/**
 * "Hùng, 30, a resident", "(also known as Vi), 26, from", "Nguyen Van A (30)": a bare number set off right
 * after a name is the person's age, in any language.
 */
function isAgeAfterName(body: string, tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  const open = tokens[i - 1];
  const close = tokens[i + 1];
  const name = tokens[i - 2];
  if (open?.kind !== 'punct' || !name) return false;
  // "Nguyen Thanh Tuan, 38 and Do Quoc Tien, 27": the last age of a list of names runs into its conjunction.
  if (close?.kind === 'word' && open.text === ',' && lex.conjunctions.has(close.text)) {
    const other = tokens[i + 2];
    const n = tokens[i] as NumToken;
    return (
      n.plain &&
      n.value <= 120 &&
      name.kind === 'word' &&
      isUpper(body[name.start]) &&
      other?.kind === 'word' &&
      isUpper(body[other.start])
    );
  }
  if (close?.kind !== 'punct') return false;
  // "Hùng, 30, …", "Nguyen Van A (30)", "Chu Van Ninh (34, resident of …)"; "… including Dao Van Chap, 51."
  // closing its sentence, where no ordinal dot can make it a date ("Hanoi, 5. Mai"), only after a full name of
  // three capitalised words: a place's count ends a list the same way ("… ở Lào Cai là 15, Yên Bái, 12.").
  const n = tokens[i] as NumToken;
  const closesSentence =
    close.text === '.' &&
    !lex.ordinalDot &&
    n.plain &&
    n.value <= OLDEST_AGE &&
    fullNameBefore(body, tokens, i - 2);
  if (
    open.text === ',' &&
    (AGE_END.has(close.text) || close.text === '.') &&
    ageAfterPersonNoun(tokens, i, lex)
  )
    return true;
  if (
    open.text === ','
      ? !AGE_END.has(close.text) && !closesSentence
      : open.text !== '(' || (close.text !== ')' && close.text !== ',')
  )
    return false;
  return (
    (name.kind === 'word' && isUpper(body[name.start])) ||
    (name.kind === 'punct' && name.text === ')') ||
    bracketedAfterCaselessWord(body, tokens, i)
  );
}

/**
 * "an unnamed boy, 15.", "a woman, 34, was taken": a bare number set off by commas after one person named by
 * an indefinite article and a noun of persons (adjectives between) is that person's age, as after a name.
 */
function ageAfterPersonNoun(tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  const n = tokens[i] as NumToken;
  const noun = tokens[i - 2];
  if (!lex.indefinite || !n.plain || n.value > OLDEST_AGE || noun?.kind !== 'word') return false;
  if (lex.units.get(noun.text, true, MAX_INFLECTION)?.unit !== 'person') return false;
  for (let k = i - 3; k >= Math.max(0, i - 5); k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (lex.indefinite.has(t.text)) return true;
  }
  return false;
}

/** Three capitalised words or more end at token `last`: a person's full name, not a one- or two-word place. */
function fullNameBefore(body: string, tokens: readonly Token[], last: number): boolean {
  let k = last;
  while (k >= 0 && tokens[k]!.kind === 'word' && isUpper(body[tokens[k]!.start])) k--;
  return last - k >= 3;
}

/** Oldest age read in brackets after a name written in a script without capitals. */
const OLDEST_AGE = 120;

/**
 * "레 탄 쯕(48) 운전수가", "山田容疑者(35)": Korean and Japanese give a person's age in brackets glued to the
 * name, whatever noun follows; the name has no capital to tell it. Only a bare plain number alone in the
 * brackets: a count there carries its unit ("부상자(3명)").
 */
function bracketedAfterCaselessWord(body: string, tokens: readonly Token[], i: number): boolean {
  const name = tokens[i - 2];
  const open = tokens[i - 1]!;
  const n = tokens[i] as NumToken;
  return (
    name?.kind === 'word' &&
    open.kind === 'punct' &&
    open.text === '(' &&
    open.start === name.end &&
    tokens[i + 1]?.kind === 'punct' &&
    (tokens[i + 1] as { text: string }).text === ')' &&
    n.plain &&
    n.value <= OLDEST_AGE &&
    CASELESS_NAME_END.test(body[name.end - 1] ?? '')
  );
}

/**
 * The unit a compound ends with ("Drogenbanden" → "banden"). A noun of persons may follow a head of three
 * letters ("Busfahrer", "Lkwfahrer", "Bauarbeiter"): an agent noun is a word no shorter word ends in by
 * chance, where a measure may ("Kar|tonnen").
 */
function compoundTail(word: string, lex: CompiledLexicon): UnitEntry | undefined {
  const entry = lex.units.getTail(word);
  if (entry !== undefined) return entry;
  const short = lex.units.getTail(word, SHORT_HEAD);
  return short?.unit === 'person' ? short : undefined;
}

const SHORT_HEAD = 3;

/**
 * A compound whose first part is a unit stem and whose last part is a unit of another kind ("halász|hajót", a
 * fishing boat; "henkilö|autoa", a car; "rendőr|autót", a police car): the head, the last part, says what it
 * is. A stem would read the whole word, as the last part is short enough to pass for an inflection.
 */
function headOfCompound(word: string, lex: CompiledLexicon): UnitEntry | undefined {
  if (lex.units.get(word, false) !== undefined) return undefined;
  const whole = lex.units.get(word, true, MAX_INFLECTION);
  if (whole === undefined) return undefined;
  // Both parts are words of their own: the first a unit with at most a linking letter after its stem, the
  // last a unit with at most an inflection ("Fahr|zeuge" is no compound of "Zeuge": "fahr" is no unit).
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    // A longer stem of the lexicon reaching past the split reads the word whole: no "menn|esker" (men, boxes)
    // in no "mennesker" (people, "mennesk*").
    if (lex.units.get(word, true, word.length - i - 1) !== undefined) continue;
    const head = lex.units.get(word.slice(0, i), true, 1);
    if (head === undefined) continue;
    const tail = lex.units.get(word.slice(i), true, 2);
    if (tail !== undefined && tail.unit !== head.unit) return tail;
  }
  return undefined;
}

const MIN_PART = 4;

/** Hangul, kana and Han: the scripts whose names are glued to the age in brackets after them. */
const CASELESS_NAME_END = /[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/**
 * "xã Ba Chẽ", "TX. Ba Đồn", "el restaurante Siete Mares": a number word written with a capital in
 * mid-sentence, before another capitalised word, starts a name. At a sentence's start a capital says nothing,
 * and a title-case headline still counts what it names ("Arrest Two Chinese Nationals", "Seize Three Trucks").
 */
function startsName(body: string, tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  const n = tokens[i]!;
  const next = tokens[i + 1];
  if (!isUpper(body[n.start]) || next?.kind !== 'word' || next.start === n.end || !isUpper(body[next.start]))
    return false;
  // What precedes in the text itself: a sentence may have been cut at the abbreviation's dot.
  let k = n.start - 1;
  while (k >= 0 && body[k] === ' ') k--;
  const before = body[k];
  if (before === undefined || !(isLetter(before) || ',(«"“'.includes(before) || isAbbreviationDot(body, k)))
    return false;
  // «Sechs Menschen waren tot», he said: a quotation that opens a text, a sentence or a colon's clause starts
  // a sentence of its own, where the capital is the sentence's (and in German the noun's).
  if (OPENING_QUOTES.has(before) && opensSentence(body, k)) return false;
  // After a capitalised word the line may be a headline in title case, where a counted noun is capitalised
  // too; after a lower-case word, a comma or an abbreviation, the capitals are a name's ("TX. Ba Đồn").
  let w = k;
  while (w > 0 && isLetter(body[w - 1])) w--;
  const titleCase = isLetter(before) && isUpper(body[w]) && !plainSentence(body, w);
  return (
    !(titleCase && matchUnit(tokens, i + 1, lex)) &&
    lex.demonyms.get(next.text, false) === undefined &&
    lex.scales.get(next.text) === undefined &&
    lex.numberWords.get(next.text, false) === undefined
  );
}

/** Letters a lower-case word has at least to show that its line is no headline in title case. */
const PLAIN_WORD = 4;
const LETTER_RUN = /\p{L}+/gu;

/**
 * A lower-case word of four letters or more stands in the sentence around `at` ("at the headquarters of Ha
 * Phuong VN One Member Co.", "Saigon One Member Company was fined"): the line is running text, not a headline
 * in title case, whose words of that length are all capitalised ("Police Seize Two Trucks"), so capitals
 * around the number are a name's.
 */
function plainSentence(body: string, at: number): boolean {
  const ends = '.!?\n';
  let from = at;
  while (from > 0 && !ends.includes(body[from - 1]!)) from--;
  let to = at;
  while (to < body.length && !ends.includes(body[to]!)) to++;
  // Word by word, stopping at the first plain one (most sentences have one near their start), not every word
  // of the sentence matched into an array first.
  const sentence = body.slice(from, to);
  LETTER_RUN.lastIndex = 0;
  for (let m = LETTER_RUN.exec(sentence); m !== null; m = LETTER_RUN.exec(sentence))
    if (m[0].length >= PLAIN_WORD && LOWER.test(m[0][0]!)) return true;
  return false;
}

/** "TX. Ba Đồn", "Q. Hai Bà Trưng": the dot of an abbreviation in capitals, which ends no sentence. */
function isAbbreviationDot(body: string, at: number): boolean {
  if (body[at] !== '.') return false;
  let k = at;
  while (k > 0 && isLetter(body[k - 1])) k--;
  const letters = body.slice(k, at);
  return letters.length > 0 && letters.length <= 4 && letters === letters.toUpperCase();
}

/**
 * "KP.1", "P.5", "Q.3", "ĐT.741" (quarter 1, ward 5, district 3, provincial road 741): digits glued to the dot
 * of a word in capitals name the unit or road the abbreviation stands for, in a text of any language (a
 * Khmer or Urdu translation keeps the Vietnamese abbreviation); what follows is the unit's name, never what
 * the number counts ("KP.1 ភូមិ Phu Dong" is quarter 1 of a village, no village counted). A currency's code
 * is no abbreviation of a name ("USD.500").
 */
function abbreviatedLabel(body: string, at: number): boolean {
  if (!isAbbreviationDot(body, at - 1)) return false;
  let k = at - 1;
  while (k > 0 && isLetter(body[k - 1])) k--;
  const letters = body.slice(k, at - 1);
  return !/\d/.test(body[k - 1] ?? '') && currencyCode(letters) === undefined;
}

/** The money a currency written right before the number names: a symbol or code, or a lexicon's word. */
function currencyAhead(
  body: string,
  tokens: readonly Token[],
  i: number,
  lex: CompiledLexicon,
): { code: string; start: number } | undefined {
  const n = tokens[i]!;
  const written = currencyBefore(body, n.start);
  if (written) return written;
  const prev = tokens[i - 1];
  if (prev?.kind !== 'word' || prev.end < n.start - 1) return undefined;
  const code = lex.currencyWords.get(prev.text);
  if (code) return { code, start: prev.start };
  return lex.glued ? currencyEnding(prev, lex) : undefined;
}

/** Longest currency word a glued script writes with a number, in characters (zh "新台幣", "人民币"). */
const GLUED_CURRENCY = 4;

/**
 * A script written without spaces glues the currency to the words before it ("损失约人民币8500元", a loss of
 * about 8,500 yuan): the run of letters before the number ends with the currency's name, or with it and a
 * word of approximation ("新台幣約5.5億元"). Its start, or undefined.
 */
function currencyEnding(prev: WordToken, lex: CompiledLexicon): { code: string; start: number } | undefined {
  const text = prev.text;
  for (let cut = 0; cut <= 2 && cut < text.length; cut++) {
    const head = text.slice(0, text.length - cut);
    if (cut > 0 && !lex.approximate.has(text.slice(head.length))) continue;
    for (let k = Math.min(GLUED_CURRENCY, head.length); k >= 2; k--) {
      const code = lex.currencyWords.get(head.slice(head.length - k), false);
      if (code) return { code, start: prev.start + head.length - k };
    }
  }
  return undefined;
}

type Own = NonNullable<Reading['own']>;

/** The counter a noun's last character makes (echo.ts): it counts the noun before, `other` when none is read. */
const ECHOED: UnitEntry = { unit: 'other', factor: 1, counter: true, standalone: true };

/** The unit read after a number, built field by field: a spread costs several times more on this path. */
function ownUnit(entry: UnitEntry, end: number, scale: number): Own {
  if (entry.counter)
    return entry.standalone
      ? { unit: entry.unit, factor: entry.factor, counter: true, standalone: true, end, scale }
      : { unit: entry.unit, factor: entry.factor, counter: true, end, scale };
  return entry.currency === undefined
    ? { unit: entry.unit, factor: entry.factor, end, scale }
    : { unit: entry.unit, factor: entry.factor, currency: entry.currency, end, scale };
}

function moneyIn(code: string, end: number, scale: number, start?: number): Own {
  const unit = code === 'VND' ? 'vnd' : 'other';
  return start === undefined
    ? { unit, factor: 1, currency: code, end, scale }
    : { unit, factor: 1, currency: code, end, scale, start };
}

/**
 * End of the longest demonym phrase starting at token j ("laotians", "foreign nationals", "sul-coreanos",
 * a hyphen written between its words), else undefined.
 */
function demonymAt(tokens: readonly Token[], j: number, lex: CompiledLexicon): number | undefined {
  const end = demonymLast(tokens, j, lex);
  return end === undefined ? undefined : tokens[end]!.end;
}

/**
 * Token index of the last word of the longest demonym phrase starting at token j, else undefined; none when
 * a unit noun follows it, whose adjective it is ("10 Vietnamese provinces", "1 million Lao kip").
 */
export function demonymLast(tokens: readonly Token[], j: number, lex: CompiledLexicon): number | undefined {
  let phrase = '';
  let end: number | undefined; // token index of the last word of the longest phrase
  // Words joined by a hyphen are one word of the entry ("sul-coreanos"), but tokens of their own.
  for (let k = j, words = 0; k < tokens.length && words < lex.demonyms.maxWords + 2; k++) {
    const t = tokens[k]!;
    const glued = k > j && t.start === tokens[k - 1]!.end;
    if (t.kind === 'punct') {
      if (t.text !== '-' || !glued) break;
      phrase += '-';
      continue;
    }
    if (t.kind !== 'word') break;
    phrase += k === j || glued ? t.text : ` ${t.text}`;
    words++;
    if (lex.demonyms.get(phrase, false) !== undefined) end = k;
  }
  if (end === undefined) return undefined;
  return matchUnit(tokens, end + 1, lex) ? undefined : end;
}

/** Units of measure: written the same before a noun ("5 kg heroin"), never a modifier of it. */
const MEASURES: ReadonlySet<string> = new Set(['kg', 'percent', 'vnd']);

/**
 * The count a phrase closed by the agentive participle makes (agentive.ts): its doers when the participle
 * stands as a noun (before a postposition, a conjunction or nothing: "98 خلاف ورزی کرنے والوں کو"), the
 * noun after it when that is a counted one ("کرنے والے 5 افراد" aside, "मछली पकड़ने वाली नौकाओं", fishing
 * boats); else none, and the words are read as any others.
 */
function agentiveOwn(
  body: string,
  tokens: readonly Token[],
  j: number,
  lex: CompiledLexicon,
  scale: number,
): Own | null {
  // A particle right after the number is its own ("1990 میں پیدا ہونے والی", born in 1990): the phrase's
  // links stand after a noun of it ("32 جنگلات میں لگنے والی آگ", 32 fires that broke out in forests).
  const first = tokens[j];
  if (first?.kind === 'word' && lex.agentive!.links.has(first.text)) return null;
  const p = agentiveAt(tokens, j, lex.agentive!, lex.nounWindow + 2, (k) =>
    countsItself(body, tokens, k, lex),
  );
  if (p < 0) return null;
  const after = tokens[p + 1];
  if (after?.kind !== 'word' || lex.functionWords.has(after.text) || lex.conjunctions.has(after.text))
    return ownUnit(PERSONS, tokens[p]!.end, scale);
  const noun = matchUnit(tokens, p + 1, lex);
  return noun ? ownUnit(noun.entry, noun.end ?? tokens[noun.last]!.end, scale) : null;
}

/**
 * A word the number would count by itself, which no agentive participle after it turns into doers
 * (agentive.ts): a unit of things (not of persons or of offences, the acts a doer commits), money, a measure,
 * a span of time, a distance or a month; or a word that ends the phrase.
 */
function countsItself(body: string, tokens: readonly Token[], k: number, lex: CompiledLexicon): boolean {
  const t = tokens[k] as WordToken;
  // A postposition or the article ends the phrase ("2 क्वार्टर में एक मछली पकड़ने वाली नाव": the boat is
  // another count); a genitive particle inside the verb's object does not.
  if (lex.functionWords.has(t.text) && !lex.agentive!.links.has(t.text)) return true;
  if (lex.indefinite?.has(t.text) === true || lex.conjunctions.has(t.text)) return true;
  if (lex.durations.has(t.text) || lex.distances.has(t.text) || lex.months.has(t.text)) return true;
  if (currencyCode(body.slice(t.start, t.end))) return true;
  const unit = matchUnit(tokens, k, lex);
  return unit !== null && unit.entry.unit !== 'person' && unit.entry.unit !== 'case';
}

/**
 * English puts nouns before the noun they qualify, in the singular: "59 paper firecrackers", "12 car
 * batteries", "10 fire trucks". A unit word in the singular right before a plural word is that word's
 * modifier, and the plural word is what the number counts.
 */
function isModifierNoun(
  tokens: readonly Token[],
  j: number,
  unit: { entry: UnitEntry; last: number },
  lex: CompiledLexicon,
): boolean {
  const t = tokens[j] as { text: string; end: number };
  const next = tokens[unit.last + 1];
  if (unit.last !== j || MEASURES.has(unit.entry.unit) || unit.entry.currency || unit.entry.factor !== 1)
    return false;
  if (t.text.endsWith('s') || next?.kind !== 'word' || next.start !== t.end + 1) return false;
  const w = next.text;
  return (
    w.length > 3 &&
    w.endsWith('s') &&
    !w.endsWith('ss') &&
    !lex.functionWords.has(w) &&
    !lex.connectors.has(w) &&
    !lex.durations.has(w) &&
    !lex.months.has(w)
  );
}

/**
 * A word of a person unit that qualifies the noun after it: the adjective made from a person noun ("dva
 * hasičské vozy", two fire engines; "5 полицейских машин", five police cars; "dva vatrogasna vozila"), which
 * the person unit's stem reads too (text/slavic-adjectives.ts). When the next word names things of another
 * unit (not a measure nor money), the number counts those; a person's noun before the genitive of another
 * ("5 пассажиров автобуса", "13 członków zespołu") has no adjective's ending and keeps its count.
 */
function qualifiedNoun(
  tokens: readonly Token[],
  j: number,
  unit: { entry: UnitEntry; last: number; end?: number },
  lex: CompiledLexicon,
): { entry: UnitEntry; last: number; end?: number } | null {
  if (!SLAVIC_LANGUAGES.has(lex.language) || unit.entry.unit !== 'person' || unit.last !== j) return null;
  const t = tokens[j] as WordToken;
  if (unit.entry.counter || !isSlavicAdjective(t.text)) return null;
  const next = tokens[j + 1];
  if (next?.kind !== 'word' || next.start !== t.end + 1) return null;
  const noun = matchUnit(tokens, j + 1, lex);
  if (noun === null || noun.entry.unit === 'person' || noun.entry.counter) return null;
  if (MEASURES.has(noun.entry.unit) || noun.entry.currency || noun.entry.factor !== 1) return null;
  return noun;
}

/**
 * Hindi and Urdu name the whole before its part, joined by a genitive postposition (lexicon genitiveLinks):
 * "1000 بندوق کے پرزے", "1000 बंदूक के पुर्जे" (a thousand gun parts). When a noun of things of another unit
 * follows the particle, that noun is the phrase's head and what the number counts; persons after it are
 * left to the noun window's own genitive rule (a vehicle's passengers are no part of it), and a measure or
 * money before it ("2 کلو ہیروئن کے پیکٹ") is an amount of its own. An event after the particle is none of
 * the whole's parts but what befell it ("3 گاڑیوں کے حادثات", accidents of 3 vehicles): the number counts
 * the whole.
 */
function ownedThing(
  tokens: readonly Token[],
  whole: { entry: UnitEntry; last: number; end?: number },
  lex: CompiledLexicon,
): { entry: UnitEntry; last: number; end?: number } | null {
  const link = tokens[whole.last + 1];
  if (link?.kind !== 'word' || !lex.genitiveLinks.has(link.text)) return null;
  if (whole.entry.unit === 'person' || MEASURES.has(whole.entry.unit) || whole.entry.currency) return null;
  let at = whole.last + 2;
  let part = matchUnit(tokens, at, lex);
  // "11 گاڑیوں کے معائنے کے مراکز" (11 vehicle-inspection centres): a noun no unit names, then the particle again,
  // qualifies the noun after it; the last noun of the chain is the head. A thing of no named kind there is
  // rather a possession of what the chain names ("4 گاڑیوں کے مالک کے گھر", the house of the owner of 4 vehicles).
  let hops = 0;
  for (; part === null && hops < MAX_GENITIVE_HOPS && chainedAt(tokens, at, lex); hops++) {
    at += 2;
    part = matchUnit(tokens, at, lex);
  }
  if (hops > 0 && part?.entry.unit === 'other') return null;
  if (part === null || part.entry.unit === whole.entry.unit || part.entry.unit === 'person') return null;
  if (part.entry.unit === 'case') return null;
  if (MEASURES.has(part.entry.unit) || part.entry.currency || part.entry.factor !== 1) return null;
  return part;
}

/** How many qualifying nouns, each closed by a genitive particle, ownedThing reads past to the head. */
const MAX_GENITIVE_HOPS = 2;

/** A content word at k closed by a genitive particle right after it ("معائنے کے"). */
function chainedAt(tokens: readonly Token[], k: number, lex: CompiledLexicon): boolean {
  const noun = tokens[k];
  const link = tokens[k + 1];
  return (
    noun?.kind === 'word' &&
    !lex.functionWords.has(noun.text) &&
    link?.kind === 'word' &&
    lex.genitiveLinks.has(link.text)
  );
}

/** The hectare's symbol, the same in every language ("552ha", "200 ha"). */
const HECTARE = 'ha';

/** A Latin letter: what would make "ha" the start of a longer word ("hab", "hari"). */
const LATIN = /\p{Script=Latin}/u;

/**
 * The end of the hectare's symbol that a word token starts with, if any: the whole token, or its first two
 * letters where Japanese or Korean writes its particle against it ("552haが", "120ha의"), no Latin letter after.
 */
function hectareEnd(t: Token): number | undefined {
  if (t.kind !== 'word' || !t.text.startsWith(HECTARE)) return undefined;
  const rest = t.text[HECTARE.length];
  return rest === undefined || !LATIN.test(rest) ? t.start + HECTARE.length : undefined;
}

/** SI length symbols that a power turns into an area or a volume ("m2", "km²", "м3"). */
const LENGTH_SYMBOLS = new Set(['m', 'km', 'cm', 'dm', 'м', 'км']);
const POWERS = new Set(['²', '³']);

/** End of "m2", "km²", "m3" starting at token j (the power written against the symbol), else undefined. */
function squaredOrCubed(tokens: readonly Token[], j: number): number | undefined {
  const t = tokens[j];
  const p = tokens[j + 1];
  if (t?.kind !== 'word' || !LENGTH_SYMBOLS.has(t.text) || p?.start !== t.end) return undefined;
  const power =
    (p.kind === 'num' && p.plain && (p.value === 2 || p.value === 3) && p.end - p.start === 1) ||
    (p.kind === 'punct' && POWERS.has(p.text));
  return power ? p.end : undefined;
}

/** Symbols of length written after a number in every language ("3 m long", "40 mm", "2 м"); "km" and "cm" are Intl's words. */
const LENGTH_AFTER = new Set(['m', 'mm', 'dm', 'м', 'мм']);

/**
 * "3 m long", "dài 12 m", "3 m de largo": a length symbol after the number makes it a size, no count. Where "m"
 * is also a scale ("$12m", "VND 5 m dong"), money written before the number or right after the symbol keeps it
 * a scale; "m2" and "m³" are areas and volumes (squaredOrCubed).
 */
function isLengthAfter(
  body: string,
  tokens: readonly Token[],
  i: number,
  j: number,
  lex: CompiledLexicon,
): boolean {
  const t = tokens[j];
  if (t?.kind !== 'word' || !LENGTH_AFTER.has(t.text) || squaredOrCubed(tokens, j) !== undefined)
    return false;
  if (lex.scales.get(t.text) === undefined) return true;
  if (currencyAhead(body, tokens, i, lex)) return false;
  const next = tokens[j + 1];
  if (next?.kind === 'punct') return currencyOfSymbol(next.text) === undefined;
  if (next?.kind !== 'word') return true;
  const money = matchUnit(tokens, j + 1, lex);
  return !money?.entry.currency && currencyCode(body.slice(next.start, next.end)) === undefined;
}

/**
 * "Hanói, 12 ago (EFE)", "3 dic. 2024": an abbreviated month right after the number, closed by punctuation or
 * a year, makes a date. Elsewhere the abbreviation is often a word ("mar", sea; "sie", reflexive; "pro", for).
 */
function isShortMonth(tokens: readonly Token[], j: number, content: number, lex: CompiledLexicon): boolean {
  const t = tokens[j] as { text: string };
  if (content === 0 && dottedShortMonth(tokens, j, 1, lex)) return true;
  if (content > 0 || !lex.shortMonths.has(t.text)) return false;
  const next = tokens[j + 1];
  return next === undefined || next.kind === 'punct' || (next.kind === 'num' && isYear(next, lex));
}

/**
 * "2 ก.ค. 2567", "3 มิ.ย. 67": a month abbreviated with dots inside (Intl's short form in Thai and Lao) is
 * letters and dots glued together, read from token j forwards (step 1) or back from the dot at j (step -1).
 * An abbreviation with a dot inside is no word of the language: it is a date wherever it stands. So is an
 * era's name written so, which Intl gives among the calendar's words (`months`): "เกิดปี พ.ศ. 2530" (born in
 * the Buddhist year 2530), "ค.ศ. 1987"; the year after it counts nothing, whatever noun follows.
 */
function dottedShortMonth(tokens: readonly Token[], j: number, step: 1 | -1, lex: CompiledLexicon): boolean {
  const parts: string[] = [];
  // Forwards from a word ("ก", ".", "ค", "."), or backwards from the closing dot.
  for (let k = step === 1 ? j : j - 1; parts.length < 4; k += 2 * step) {
    const word = tokens[k];
    const dot = tokens[k + 1];
    if (word?.kind !== 'word' || dot?.kind !== 'punct' || dot.text !== '.' || dot.start !== word.end) break;
    const joined = step === 1 ? tokens[k - 1] : tokens[k + 2];
    if (parts.length > 0 && (step === 1 ? joined!.end !== word.start : joined!.start !== dot.end)) break;
    if (step === 1) parts.push(word.text);
    else parts.unshift(word.text);
    const abbreviation = parts.join('.');
    if (parts.length >= 2 && (lex.shortMonths.has(abbreviation) || lex.months.has(abbreviation))) return true;
  }
  return false;
}

/** The word is one of the lexicon's name words as written, with its diacritics ("tầng 3", floor 3). */
export function isNameAsWritten(body: string, t: Token, lex: CompiledLexicon): boolean {
  return (
    lex.nameWordsAsWritten.size > 0 &&
    t.kind === 'word' &&
    lex.nameWordsAsWritten.has(body.slice(t.start, t.end).normalize('NFC').toLowerCase())
  );
}

/**
 * "Kim Lan 2 Village", "Hamlet 2" after a name: a number between a capitalised name and a capitalised
 * place noun (the lexicon's locality unit) is part of the place's name, no count of villages. The name
 * before must not open its sentence ("Two Villages were flooded", "In 3 Communes…").
 */
function inPlaceName(body: string, tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  const n = tokens[i]!;
  const name = tokens[i - 1];
  const before = tokens[i - 2];
  if (n.kind !== 'num' || n.spelled || name?.kind !== 'word' || before?.kind !== 'word') return false;
  if (!UPPER.test(body[name.start] ?? '') || !UPPER.test(body[before.start] ?? '')) return false;
  if (lex.nounsCapitalized || hasLineBreak(body, before.end, n.start)) return false;
  const place = tokens[i + 1];
  if (place?.kind !== 'word' || !UPPER.test(body[place.start] ?? '')) return false;
  // In a headline in title case every word is capitalised ("Storm Destroys 12 Villages In Quang Nam").
  if (!plainSentence(body, n.start)) return false;
  return matchUnit(tokens, i + 1, lex)?.entry.unit === 'locality';
}

/** A distance written in two words at j (vi "hải lý", nautical miles): no count. */
function distancePhrase(tokens: readonly Token[], j: number, lex: CompiledLexicon): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  return t?.kind === 'word' && next?.kind === 'word' && lex.distances.has(`${t.text} ${next.text}`);
}

/**
 * "300キロ離れた", "100多公里", "5킬로미터": where words glue, a length word starting the word after the number
 * (after a mark of approximation) makes a distance, no count, though a unit ("キロ", kilogram) starts it too.
 */
function gluedDistance(tokens: readonly Token[], i: number, j: number, lex: CompiledLexicon): boolean {
  const t = tokens[j];
  if (!lex.glued || t?.kind !== 'word' || t.start !== tokens[i]!.end) return false;
  const mark = lex.approximateAfter.getPrefix(t.text)?.length ?? 0;
  return lex.distances.startOf(t.text.slice(mark)) > 0;
}

/** "one of the suspects", "uno de los chinos": the noun at k names persons (one of them is one person). */
function onePerson(tokens: readonly Token[], k: number, lex: CompiledLexicon): boolean {
  const unit = matchUnit(tokens, k, lex);
  return unit ? unit.entry.unit === 'person' && !unit.entry.counter : demonymAt(tokens, k, lex) !== undefined;
}

/** The scale word that ends a spelled number ("mil" of "cinco mil", of "mil"), else 1. */
function spelledScale(body: string, head: NumToken, lex: CompiledLexicon): number {
  const words = fold(body.slice(head.start, head.end)).split(' ');
  return lex.scales.get(words[words.length - 1]!) ?? 1;
}

/** The word at w is a word of time or a name word right after a year ("2016 году", "2016 roku"). */
function yearClosedBy(tokens: readonly Token[], w: number, word: string, lex: CompiledLexicon): boolean {
  const year = tokens[w - 1];
  return year?.kind === 'num' && isYear(year, lex) && (lex.durations.has(word) || lex.nameWords.has(word));
}

/**
 * "毎月600人", "每月30名" (600 people every month): a word ending in a month mark names a month only after the
 * month's number ("6月15日", "2024年4月"); a number after a word of time with no number of its own ("毎月",
 * "今月"), or one that can be no day, that counts a noun of its own is a count.
 */
function countsAfterTimeWord(tokens: readonly Token[], w: number, i: number, lex: CompiledLexicon): boolean {
  if (!countsOwnNoun(tokens, i, lex)) return false;
  const n = tokens[i] as NumToken;
  if (n.value > 31 && !isYear(n, lex)) return true;
  const before = tokens[w - 1];
  return !(before?.kind === 'num' && before.end === tokens[w]!.start);
}

/**
 * "5 ہزار 24 افراد", "5 nghìn 24 người" (5 024 persons): one or two digits right after a scale word are the
 * number's rest when a counted noun follows them at once. Without the noun the scale's number would count
 * nothing of its own, so two figures ("5 thousand", "24 persons") is never the reading meant; with another
 * word between, the digits may start a figure of their own, so the noun must follow at once.
 */
function shortRestCounted(tokens: readonly Token[], j: number, lex: CompiledLexicon): boolean {
  const rest = tokens[j];
  const noun = tokens[j + 1];
  return (
    rest !== undefined &&
    rest.end - rest.start <= 2 &&
    noun?.kind === 'word' &&
    noun.start === rest.end + 1 &&
    lex.units.get(noun.text, true, MAX_INFLECTION) !== undefined
  );
}

/**
 * The unit noun (of up to three words) that ends right before the token at i ("mobil 4", "গাড়ি দু’টি"), the
 * longest one: "xe mô tô 2 bánh" (a two-wheeled motorbike) ends with "mô tô", not with the "tô" that alone
 * folds to vi "tổ" (a team). Null when no unit noun within three words ends there: a word between is the
 * clause's, not the noun's.
 */
export function unitEndingRightBefore(
  tokens: readonly Token[],
  i: number,
  lex: CompiledLexicon,
): ReturnType<typeof matchUnit> {
  for (let j = Math.max(0, i - 3); j < i; j++) {
    const u = matchUnit(tokens, j, lex);
    if (u?.last === i - 1) return u;
  }
  return null;
}

/** A vehicle noun ends right before the number at i ("mobil 4 penumpang"): what follows is the vehicle's size. */
function afterVehicleNoun(tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  return unitEndingRightBefore(tokens, i, lex)?.entry.unit === 'vehicle';
}

/**
 * One capital Latin letter written against the number ends a code ("Centro di Revisione 9903D", road "390D",
 * block "9A"): the letter is the label's, no unit, even where a lexicon lists it folded (d, the đồng's sign
 * "đ"; "Đ" keeps its stroke and stays money).
 */
function gluedCapital(body: string, before: Token, t: Token): boolean {
  return before.end === t.start && /^[A-Z]$/.test(body.slice(t.start, t.end));
}

/** Reads the noun counted by the number at i: scale words, connectors, up to three words, quotes skipped. */
function readUnit(
  body: string,
  tokens: readonly Token[],
  i: number,
  lex: CompiledLexicon,
): Pick<Reading, 'own' | 'countsNoun' | 'scale' | 'scaleEnd'> & {
  dated: boolean;
  nounOf?: boolean;
  /** Token index of a number read as the rest of this one ("49 mil 300"). */
  swallowed?: number[];
} {
  // "10க்கும் மேற்பட்ட": the noun is read after a case ending glued to the number.
  const caseEnding = glueSuffixAt(tokens, i, lex);
  const hyphened = caseEnding >= 0 ? -1 : hyphenedUnit(tokens, i, lex);
  let j = caseEnding >= 0 ? caseEnding + 1 : hyphened >= 0 ? hyphened : i + 1;
  // "ten one-kilogram gold bars": the noun counted follows the attribute of each.
  if (j === i + 1 && hyphened < 0) {
    const attribute = attributeAfterCount(tokens, i + 1);
    if (attribute >= 0) j = attribute + 1;
  }
  let scale = 1;
  let lastScale = 1;
  let scaleEnd = tokens[i]!.end;
  // Tokens read as part of this number (the rest of "1万6000", "2 tỷ 500 triệu"): never numbers of their own.
  const swallowed: number[] = [];
  // In scripts written without spaces: the unit that starts at `at` inside a word ("名" of "100多名"), if any,
  // with the number's scale as read so far.
  // A sum glued to the currency's bare unit ("137億元") is in the currency written before the number, if any
  // ("新台幣137億元", Taiwan dollars): the unit alone is the lexicon's default money.
  const gluedOwn = (w: WordToken, at: number): Own | null => {
    const u = at < w.text.length ? lex.units.getPrefix(w.text, at) : undefined;
    if (!u) return null;
    const end = w.start + at + u.length;
    const ahead = u.value.unit === 'vnd' ? currencyAhead(body, tokens, i, lex) : undefined;
    return ahead ? moneyIn(ahead.code, end, scale, ahead.start) : ownUnit(u.value, end, scale);
  };
  const unitGluedAt = (w: WordToken, at: number) => {
    const own = gluedOwn(w, at);
    return { own, countsNoun: own !== null, dated: false, scale, scaleEnd, swallowed };
  };
  const first = tokens[j];
  if (isLengthAfter(body, tokens, i, j, lex) || gluedDistance(tokens, i, j, lex))
    return { own: null, countsNoun: false, dated: true, scale, scaleEnd };
  if (first?.kind === 'punct' && first.text === '%') {
    const own = { unit: 'percent' as const, factor: 1, end: first.end, scale: 1 };
    return { own, countsNoun: true, dated: false, scale, scaleEnd };
  }
  for (;;) {
    let t = tokens[j];
    if (t?.kind !== 'word') break;
    if (lex.glued) {
      // "690亿越南盾", "1.2万", "9370만달러": scales, then the unit, start the word.
      // "100多名", "300余台": a mark of approximation may stand between the number and its unit.
      // Thai spaces the number from the words after it: "20 กว่าคน" (twenty-odd persons).
      const adjoining = t.start === tokens[i]!.end || (t.start === tokens[i]!.end + 1 && isSegmented(lex));
      // A unit that begins with the mark's letters is that unit (ko "3여단", 3 brigades; "여" is "over"); a
      // mark standing alone is a connector ("1000여 개").
      let found = j === i + 1 && adjoining ? lex.approximateAfter.getPrefix(t.text) : undefined;
      // "20 多名乘客": a space typed before the mark still joins it, where the mark leads into a unit.
      if (j === i + 1 && !adjoining && t.start === tokens[i]!.end + 1 && body[tokens[i]!.end] === ' ') {
        const spaced = lex.approximateAfter.getPrefix(t.text);
        if (spaced && lex.units.getPrefix(t.text, spaced.length)) found = spaced;
      }
      const mark = found && found.length < t.text.length && !lex.units.getPrefix(t.text) ? found : undefined;
      let offset = mark?.length ?? 0;
      if (!mark && wholeUnitOverScale(t.text, lex)) break;
      for (let p = lex.scales.getPrefix(t.text, offset); p; p = lex.scales.getPrefix(t.text, offset)) {
        scale *= p.value;
        offset += p.length;
      }
      if (mark && offset === mark.length) return unitGluedAt(t, offset);
      // "修理店52店": the noun's last character as its counter counts the noun (echo.ts).
      if (offset === 0 && j === i + 1 && echoesNounBefore(tokens, i, lex)) {
        const own = ownUnit(ECHOED, t.start + 1, scale);
        return { own, countsNoun: true, dated: false, scale, scaleEnd };
      }
      if (offset === 0) break;
      scaleEnd = t.start + offset;
      // "1万6000箱", "3兆2,810億ドン", "1만6000갑": digits after the large unit are the rest of the number.
      const head = tokens[i] as NumToken;
      const rest = offset === t.text.length ? tokens[j + 1] : undefined;
      // Korean spaces the parts ("4억 6,300만 동", "5억 1,800만"): after one space, the rest must carry a
      // smaller scale of its own, so that "5억 3명" stays two figures.
      const spaced = rest?.start === t.end + 1 && body[t.end] === ' ';
      if (
        rest?.kind === 'num' &&
        !rest.spelled &&
        !head.spelled &&
        (rest.start === t.end || spaced) &&
        head.value > 0
      ) {
        const next = tokens[j + 2];
        // Thai spaces each part from its scale word too ("1 แสน 4 หมื่นไร่", 140 000 rai).
        const tail =
          next?.kind === 'word' &&
          (next.start === rest.end || (spaced && isSegmented(lex) && next.start === rest.end + 1))
            ? next
            : undefined;
        let restScale = 1;
        let restOffset = 0;
        if (tail) {
          for (let p = lex.scales.getPrefix(tail.text); p; p = lex.scales.getPrefix(tail.text, restOffset)) {
            restScale *= p.value;
            restOffset += p.length;
          }
        }
        // "1천100만원", "3千500万": a thousand-group below the myriad takes the larger scale after it whole
        // ((1 × 1000 + 100) × 10⁴ = 11 000 000).
        const grouped =
          !spaced && scale < restScale && scale < 10000 && restScale >= 10000 && rest.value < scale;
        if (grouped || (rest.value * restScale < scale && (!spaced || restOffset > 0))) {
          scale = grouped
            ? ((head.value * scale + rest.value) * restScale) / head.value
            : scale + (rest.value * restScale) / head.value;
          swallowed.push(j + 1);
          scaleEnd = tail && restOffset > 0 ? tail.start + restOffset : rest.end;
          if (tail && restOffset > 0 && restOffset < tail.text.length) return unitGluedAt(tail, restOffset);
          j += restOffset > 0 ? 3 : 2;
          continue;
        }
      }
      if (offset < t.text.length) {
        const own = gluedOwn(t, offset);
        return { own, countsNoun: own !== null, dated: false, scale, scaleEnd };
      }
      j++;
      continue;
    }
    // "20 de milioane de lei": a connector may stand before the scale word too.
    const after = tokens[j + 1];
    if (lex.connectors.has(t.text) && after?.kind === 'word' && lex.scales.get(after.text) !== undefined) {
      j++;
      t = after;
    }
    const s = lex.scales.get(t.text);
    if (s === undefined || squaredOrCubed(tokens, j) !== undefined) break;
    scale *= s;
    lastScale = s;
    scaleEnd = t.end;
    j++;
    if (tokens[j]?.kind === 'punct' && (tokens[j] as { text: string }).text === '.') j++;
  }
  // "49 mil 300 casos", "20 mil 067 motos": the digits after a scale word are the rest of the number. The
  // scale becomes the factor that gives the whole (49 × (1000 + 300/49) = 49 300).
  const head = tokens[i] as NumToken;
  // "2 tỷ 500 triệu", "2 млрд 500 млн": a number with a smaller scale word after a scale word adds to the
  // whole (2 × (10⁹ + 500 × 10⁶ / 2) = 2.5 × 10⁹).
  // Spelled, the rest may follow the scale word after a joiner and be spelled too: "dos millones 500 mil",
  // "two million five hundred thousand", "dois milhões e quinhentos mil" (the spelled rest already joined).
  for (;;) {
    const glue = tokens[j];
    const k = head.spelled && glue?.kind === 'word' && lex.numberJoiners.has(glue.text) ? j + 1 : j;
    const part = tokens[k];
    const word = tokens[k + 1];
    if (head.value <= 0 || part?.kind !== 'num' || lastScale < 1000) break;
    if (part.spelled && !head.spelled) break;
    const smaller = word?.kind === 'word' ? lex.scales.get(word.text) : undefined;
    if (smaller === undefined && part.spelled && part.value < lastScale) {
      scale += part.value / head.value;
      scaleEnd = part.end;
      swallowed.push(k);
      j = k + 1;
      break;
    }
    if (word === undefined || smaller === undefined || smaller >= lastScale) break;
    scale += (part.value * smaller) / head.value;
    scaleEnd = word.end;
    lastScale = smaller;
    swallowed.push(k);
    j = k + 2;
  }
  // "ثلاثة آلاف و500", "3 آلاف و500" (three thousand and 500): after a joiner written against them the digits
  // are the rest too, whatever their length, the head spelled or not ("3 mil y 500" may be two counts). After
  // a spelled head the joiner may stand apart (fa "پنج هزار و 900", five thousand and 900): a number mixing
  // words and digits is one number.
  const joiner = tokens[j];
  const joined =
    joiner?.kind === 'word' &&
    lex.numberJoiners.has(joiner.text) &&
    (tokens[j + 1]?.start === joiner.end || head.spelled)
      ? 1
      : 0;
  const rest = tokens[j + joined];
  // "cinco mil 600", "más de mil 947" (5600, 1947): a spelled number that ends in its own scale word carries
  // that scale; three digits after it are its rest as after "49 mil".
  const ownScale = scale === 1 && head.spelled ? spelledScale(body, head, lex) : 1;
  if (ownScale > 1) lastScale = ownScale;
  if (
    (scale >= 1000 || ownScale >= 1000) &&
    rest?.kind === 'num' &&
    !rest.spelled &&
    rest.plain &&
    (joined ? rest.value < lastScale : rest.end - rest.start === 3 || shortRestCounted(tokens, j, lex)) &&
    head.value > 0
  ) {
    scale += rest.value / head.value;
    scaleEnd = rest.end;
    swallowed.push(j + joined);
    j += joined + 1;
    // "2 mil 500 millones": a larger scale after the whole scales it all.
    const larger =
      tokens[j]?.kind === 'word' ? lex.scales.get((tokens[j] as { text: string }).text) : undefined;
    if (larger !== undefined && larger > lastScale) {
      scale *= larger;
      scaleEnd = tokens[j]!.end;
      j++;
    }
  }
  // "%12": the percent sign before the number, as Turkish and Basque write it.
  if (body[tokens[i]!.start - 1] === '%') {
    const own = {
      unit: 'percent' as const,
      factor: 1,
      end: tokens[i]!.end,
      scale,
      start: tokens[i]!.start - 1,
    };
    return { own, countsNoun: true, dated: false, scale, scaleEnd };
  }
  // "ร้อยละ 15": a word of percent before the number, as Thai and Lao write it.
  const percentAt = percentWordBefore(body, tokens[i - 1], tokens[i]!.start, lex);
  if (percentAt >= 0) {
    const own = { unit: 'percent' as const, factor: 1, end: tokens[i]!.end, scale, start: percentAt };
    return { own, countsNoun: true, dated: false, scale, scaleEnd };
  }
  const ahead = currencyAhead(body, tokens, i, lex);
  if (ahead) {
    const own = moneyIn(ahead.code, scaleEnd, scale, ahead.start);
    return { own, countsNoun: true, dated: false, scale, scaleEnd, swallowed };
  }
  // "98 خلاف ورزی کرنے والوں" (98 violators): a phrase closed by the agentive participle counts its doers.
  const doers = lex.agentive ? agentiveOwn(body, tokens, j, lex, scale) : null;
  if (doers) return { own: doers, countsNoun: true, dated: false, scale, scaleEnd, swallowed };
  let content = 0;
  let countsNoun = false;
  let nounOf = false;
  let modifiers = 0;
  for (let seen = 0; seen < lex.nounWindow && j < tokens.length;) {
    const t = tokens[j]!;
    // The noun is on the number's line: a count closing a line does not count the next line's first word.
    if (hasLineBreak(body, tokens[j - 1]!.end, t.start)) break;
    if (t.kind === 'punct') {
      if (t.text === '%' && content === 0) {
        const own = { unit: 'percent' as const, factor: 1, end: t.end, scale };
        return { own, countsNoun: true, dated: false, scale, scaleEnd };
      }
      const symbol = content === 0 ? currencyOfSymbol(t.text) : undefined;
      if (symbol) {
        const own = moneyIn(symbol, t.end, scale);
        return { own, countsNoun: true, dated: false, scale, scaleEnd, swallowed };
      }
      // Quotes are skipped, and a hyphen inside a compound ("412,350 chip-based identity cards").
      if (!QUOTES.has(t.text) && !(t.text === '-' && content > 0)) break;
      j++;
      continue;
    }
    if (t.kind === 'num') break;
    if (content === 0 && gluedCapital(body, tokens[j - 1]!, t))
      return { own: null, countsNoun: false, dated: true, scale, scaleEnd };
    // "300 m2", "40 m²", "5 m3": an area or a volume of goods or land, counted whatever the language; so is
    // "552ha" (the hectare's symbol written against its number: spaced, "ha" may be a word, vi "Hà").
    const hectare = tokens[j - 1]?.end === t.start ? hectareEnd(t) : undefined;
    const power = content === 0 ? (squaredOrCubed(tokens, j) ?? hectare) : undefined;
    if (power !== undefined) {
      const own = { unit: 'other' as const, factor: 1, end: power, scale };
      return { own, countsNoun: true, dated: false, scale, scaleEnd, swallowed };
    }
    const nationals = content === 0 ? demonymAt(tokens, j, lex) : undefined;
    if (nationals !== undefined) {
      const own = { unit: 'person' as const, factor: 1, end: nationals, scale };
      return { own, countsNoun: true, dated: false, scale, scaleEnd, swallowed };
    }
    // A unit phrase that starts with a length word is no length ("mètres carrés", square metres).
    const phrase = matchUnit(tokens, j, lex);
    // A word as written yields to a longer folded phrase it starts (vi "quán karaoke" counts venues, "quán" shops).
    const written =
      content === 0 && lex.unitsAsWritten && !(phrase && phrase.last > j)
        ? lex.unitsAsWritten.get(body.slice(t.start, t.end))
        : undefined;
    if (written) {
      const own = ownUnit(written, t.end, scale);
      return { own, countsNoun: true, dated: false, scale, scaleEnd, swallowed };
    }
    if (phrase && phrase.last > j) {
      const own = ownUnit(phrase.entry, phrase.end ?? tokens[phrase.last]!.end, scale);
      return { own, countsNoun: true, dated: false, scale, scaleEnd, swallowed };
    }
    if (
      lex.distances.has(t.text) ||
      distancePhrase(tokens, j, lex) ||
      lex.sizes.has(t.text) ||
      (lex.glued && content === 0 && lex.sizes.startOf(t.text) > 0) ||
      (j === i + 1 && lex.sizesAfterVehicle.has(t.text) && afterVehicleNoun(tokens, i, lex)) ||
      (j === i + 1 && lex.fractionWords.has(t.text))
    )
      return { own: null, countsNoun: false, dated: true, scale, scaleEnd };
    const code = content === 0 ? currencyCode(body.slice(t.start, t.end)) : undefined;
    if (code) {
      const own = moneyIn(code, t.end, scale);
      return { own, countsNoun: true, dated: false, scale, scaleEnd, swallowed };
    }
    const qualified = phrase
      ? (qualifiedNoun(tokens, j, phrase, lex) ?? ownedThing(tokens, phrase, lex))
      : null;
    const unit = qualified ?? phrase;
    if (unit && !(lex.modifierNouns && isModifierNoun(tokens, j, unit, lex))) {
      const own = ownUnit(unit.entry, unit.end ?? tokens[unit.last]!.end, scale);
      return { own, countsNoun: true, dated: false, scale, scaleEnd, swallowed };
    }
    if (
      // "cu 12 mai multe" (12 more): a month's name that starts a comparative of the count is no date.
      (lex.months.has(t.text) && phraseAt(tokens, j, lex.ellipticAfter) === 0) ||
      lex.durations.has(t.text) ||
      (lex.glued && content === 0 && lex.durations.startOf(t.text) > 0) ||
      isShortMonth(tokens, j, content, lex)
    )
      return { own: null, countsNoun: false, dated: true, scale, scaleEnd };
    // A connector may be a phrase: tl "Apat sa mga nasawi" (four of the dead), where "sa" alone is "in, at".
    const connector = content === 0 ? phraseAt(tokens, j, lex.connectors) : 0;
    if (connector > 0) {
      // The window counts the words after the connectors (a Vietnamese classifier: "2 chiếc xe máy").
      j += connector;
      // "two of the people", "dos de los detenidos": a part of the things the noun names, counted as them
      // ("one of the localities" singles one out: no count).
      const the = tokens[j];
      if (
        the?.kind === 'word' &&
        lex.definite.has(the.text) &&
        tokens[j + 1]?.kind === 'word' &&
        ((tokens[i] as NumToken).value >= 2 || onePerson(tokens, j + 1, lex))
      )
        j++;
      // "one of her lawyers", "one of its branches": one singled out of a group its determiner names, no count;
      // one of the persons a unit word or a nationality names is one person ("одним из россиян").
      else if (
        (tokens[i] as NumToken).value === 1 &&
        scale === 1 &&
        the?.kind === 'word' &&
        !matchUnit(tokens, j, lex) &&
        demonymAt(tokens, j, lex) === undefined
      )
        break;
      // "thirteen of his relatives", "trece de sus familiares", "tredici dei loro parenti": a possessive
      // stands where the article does, after it too (lexicon possessives).
      const whose = tokens[j];
      if (
        whose?.kind === 'word' &&
        lex.possessives.has(whose.text) &&
        tokens[j + 1]?.kind === 'word' &&
        (tokens[i] as NumToken).value >= 2
      )
        j++;
      continue;
    }
    // Where nouns are capitalised, adjectives joined by a conjunction still lead to the noun ("30 rosa und
    // blaue Plastiktüten").
    if (lex.nounsCapitalized && content > 0 && !countsNoun && lex.conjunctions.has(t.text)) {
      j++;
      continue;
    }
    // Where adjectives precede their noun, the noun right after the second adjective tells it (lexicon
    // adjectivesJoined): "495 عام جدید اور جامع ماڈلز" (495 typical, advanced and comprehensive models).
    if (
      lex.adjectivesJoined &&
      content > 0 &&
      lex.conjunctions.has(t.text) &&
      nounAfterAdjective(tokens, j, lex)
    ) {
      j++;
      continue;
    }
    // "six other culprits", "dwóch innych podejrzanych": a word for "others" between the number and the noun
    // it counts is skipped. Only one word: a partitive phrase ("z nich", "of them") is followed by its verb,
    // which may look like a noun ("s piatimi z nich spísala", wrote down with five of them).
    const others =
      content === 0
        ? Math.max(phraseAt(tokens, j, lex.ellipticAfter), phraseAt(tokens, j, lex.ellipticBetween))
        : 0;
    // A longer partitive is skipped before persons only ("lima di antaranya wisatawan", five of them tourists):
    // persons are what a part of a toll is, and a verb taken for a noun of things is not read as one.
    const after = others > 0 ? matchUnit(tokens, j + others, lex) : null;
    if (
      others > 0 &&
      (others === 1 || after?.entry.unit === 'person' || demonymAt(tokens, j + others, lex) !== undefined) &&
      (after || demonymAt(tokens, j + others, lex) !== undefined)
    ) {
      j += others;
      continue;
    }
    // "z czego 2 ciężko", "van wie 4 ernstig", "2 ciężko rannych": an adverb of how badly is no noun (lexicon
    // degreeAdverbs); the fate or noun after it is read.
    if (content === 0 && lex.degreeAdverbs.has(t.text)) {
      j++;
      continue;
    }
    // "पांच माध्यमिक विद्यालय के छात्रों", five secondary-school pupils: a genitive particle after the words of a
    // noun phrase leads to the persons it names (lexicon genitiveLinks); before anything else it ends the phrase.
    if (content > 0 && lex.genitiveLinks.has(t.text)) {
      const owned = matchUnit(tokens, j + 1, lex);
      if (owned && owned.entry.unit === 'person' && !owned.entry.currency) {
        j++;
        continue;
      }
    }
    if (lex.functionWords.has(t.text)) break;
    // "otras dos fallecieron", "deux sont morts": the verb of a plural subject, no noun it counts (verbs.ts).
    if (content === 0 && (tokens[i] as NumToken).value >= 2 && isVerbAt(body, tokens, j, lex)) break;
    // The first content word, after any scale words and connectors ("2,4 millions de comprimés").
    if (content === 0) countsNoun = !lex.nounsCapitalized || isUpper(body[t.start]);
    // Where nouns are capitalised, adjectives before the noun are not ("2.400 synthetische Pillen").
    else if (lex.nounsCapitalized && !countsNoun && isUpper(body[t.start])) countsNoun = true;
    content++;
    // A word glued to its genitive or adverb ending qualifies the noun after it: the window reads on.
    if (modifiers < MAX_MODIFIERS && t.kind === 'word' && endsModifier(t.text, lex)) modifiers++;
    else seen++;
    j++;
    if (content === 1) {
      const next = tokens[j];
      nounOf = next?.kind === 'word' && lex.connectors.has(next.text);
    }
  }
  return { own: null, countsNoun, nounOf, dated: false, scale, scaleEnd, swallowed };
}

/** After the conjunction at k, one word that names no unit, then a unit noun: the noun two adjectives share. */
function nounAfterAdjective(tokens: readonly Token[], k: number, lex: CompiledLexicon): boolean {
  const adjective = tokens[k + 1];
  if (adjective?.kind !== 'word' || lex.functionWords.has(adjective.text) || matchUnit(tokens, k + 1, lex))
    return false;
  // "3.5 ملین جانور اور پرندے ہلاک" (3.5 million animals and birds killed): a fate after the second word is
  // the clause's verb, no noun of adjectives, so the words joined were nouns of their own.
  const after = tokens[k + 2];
  if (after?.kind === 'word' && lex.fateVerbs.has(after.text)) return false;
  const noun = matchUnit(tokens, k + 2, lex);
  return noun !== null && !noun.entry.counter && !noun.entry.currency && !MEASURES.has(noun.entry.unit);
}

/** How many words glued to a modifier's ending the window reads past (lexicon modifierEndings). */
const MAX_MODIFIERS = 2;

function endsModifier(word: string, lex: CompiledLexicon): boolean {
  for (const e of lex.modifierEndings) if (word.length > e.length && word.endsWith(e)) return true;
  return false;
}

/** Every number of the token stream read, by token index, in text order. */
export function readNumbers(
  doc: Document,
  tokens: readonly Token[],
  lex: CompiledLexicon,
): Map<number, Reading> {
  const readings = new Map<number, Reading>();
  const swallowed = new Set<number>();
  const caseless = caselessLetterIn(doc.body);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'num') continue;
    const blocked = swallowed.has(i) || isBlocked(doc, tokens, i, lex, readings, caseless);
    const read = blocked
      ? { own: null, countsNoun: false, nounOf: false, dated: false, scale: 1, scaleEnd: t.end }
      : readUnit(doc.body, tokens, i, lex);
    const { countsNoun, nounOf, dated, scale, scaleEnd } = read;
    const own = teamOrGang(tokens, i, read.own, lex);
    if ('swallowed' in read) for (const k of read.swallowed ?? []) swallowed.add(k);
    const joined =
      !blocked &&
      (joinedToBlocked(
        doc.body,
        tokens,
        i,
        lex,
        readings,
        own !== null || countsNoun,
        own?.unit === 'person',
      ) ||
        ((!own || !t.spelled) && isSlogan(doc.folded, t)) ||
        (!own && inNumberedMotto(doc.folded, t)));
    const before = tokens[i - 1];
    readings.set(i, {
      index: i,
      num: t,
      blocked:
        blocked ||
        dated ||
        joined ||
        isLimit(tokens, i, lex) ||
        (own?.unit === 'person' && afterCapacity(tokens, i, lex)),
      own,
      countsNoun,
      nounOf: nounOf ?? false,
      scale,
      scaleEnd,
      anaphoric: before?.kind === 'word' && lex.demonstratives.has(before.text),
    });
  }
  return readings;
}

/** A colon stands between tokens w and i. */
function colonBetween(tokens: readonly Token[], w: number, i: number): boolean {
  for (let k = w + 1; k < i; k++) {
    const t = tokens[k];
    if (t?.kind === 'punct' && t.text === ':') return true;
  }
  return false;
}

/** A weekday name ends at token k: one word ("sábado") or two joined by a hyphen ("quarta-feira"). */
function weekdayEndingAt(tokens: readonly Token[], k: number, lex: CompiledLexicon): boolean {
  const last = tokens[k];
  if (last?.kind !== 'word') return false;
  if (lex.weekdays.has(last.text)) return true;
  // "เรือล่มในวันเสาร์ (19)" (the boat capsized on Saturday the 19th): in a script without spaces the weekday
  // ends a run of words.
  if (SPACELESS_BEFORE.test(last.text) && lex.weekdays.endsWord(last.text)) return true;
  const hyphen = tokens[k - 1];
  const first = tokens[k - 2];
  return (
    hyphen?.kind === 'punct' &&
    hyphen.text === '-' &&
    hyphen.start === first?.end &&
    last.start === hyphen.end &&
    first.kind === 'word' &&
    lex.weekdays.has(`${first.text}-${last.text}`)
  );
}

/** A year stands between the word at w and the number at i ("March 2018, 13"). */
function yearBetween(tokens: readonly Token[], w: number, i: number, lex: CompiledLexicon): boolean {
  for (let k = w + 1; k < i; k++) {
    const t = tokens[k]!;
    if (t.kind === 'num' && isYear(t, lex)) return true;
  }
  return false;
}
