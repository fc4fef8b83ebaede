/**
 * One pass over the folded body: words, punctuation and numbers (digits read with the language's number
 * format, spelled numbers with its number words). Offsets index the body.
 */
import { codePointWidthAt, isLetterUnit, isSpaceCode, letterRunEnd } from '../text/chars.js';
import { endsNonJoining, latinOfArabicMark } from '../text/arabic-letters.js';
import { headKey, MAX_INFLECTION, type CompiledLexicon, type WordMap } from './lexicon.js';
import type { NumToken, Token, WordToken } from './token-types.js';
import { procliticBodyStart } from '../language/clitics.js';
import { isSegmented, pushSegmentedRun } from './segmented.js';
import { pushDual, readsDuals } from './dual.js';
import { joinMultiplied } from './multiplied.js';
import { withFractionPrefixes } from './fractions.js';
import { withScalesBefore } from './scales-before.js';
import { withDigitsBeforeNouns } from './digit-before-noun.js';

export type { NumToken, PunctToken, Token, WordToken } from './token-types.js';

/**
 * A word whose text is sliced from the folded body only when read: most words never are. Its fields are set
 * by plain assignments in one order, kind first as in the number and punctuation tokens: as class fields (or
 * parameter properties) each was first defined as undefined and then set, about a word in every seven
 * characters of every article.
 */
class Word implements WordToken {
  declare readonly kind: 'word';
  declare readonly start: number;
  declare readonly end: number;
  declare private readonly folded: string;
  declare private sliced: string | undefined;

  constructor(folded: string, start: number, end: number) {
    this.kind = 'word';
    this.start = start;
    this.end = end;
    this.folded = folded;
    this.sliced = undefined;
  }

  get text(): string {
    return (this.sliced ??= this.folded.slice(this.start, this.end));
  }
}

const DIGITS = /\d+/y;
/**
 * Letters only Vietnamese writes (ơ ư đ and the tone-marked vowels of Latin Extended Additional): a word with
 * one is a Vietnamese name, never a number word of another language ("Tiền Phong" is no Dutch "tien", ten).
 */
const VIETNAMESE_LETTER = /[ơưđƠƯĐ\u1ea0-\u1ef9]/;

const INDIAN_GROUPS = /\d{1,2}(?:([,. ])\d{2})(?:\1\d{2})*\1\d{3}(?![\d,. ]\d)/y;

/**
 * End of a number grouped the Indian way at i ("1,25,000", "১২,৩৪,৫৬৭": lakh and crore, two digits a group
 * above the thousands), as Hindi, Bengali, Tamil and Urdu papers write it; -1 if none. Two-digit groups
 * before a last group of three, all with the language's thousands separator, read as nothing else.
 */
function indianGroupedEnd(run: string, i: number, lex: CompiledLexicon): number {
  INDIAN_GROUPS.lastIndex = i;
  const m = INDIAN_GROUPS.exec(run);
  if (!m || !lex.thousands.has(m[1]!)) return -1;
  return i + m[0].length;
}

/**
 * The mark that is not the language's decimal mark, before a group of three, is a thousands mark in every
 * language whose lexicon does not list it: "500.000" in ru or uk (spaced groups, decimal comma) and in fr
 * alike, as pages written from another language's style (Vietnamese outlets' foreign editions) group them;
 * it cannot be the decimal mark there.
 */
function otherMark(sep: string, decimal: string): boolean {
  return (sep === '.' && decimal === ',') || (sep === ',' && decimal === '.');
}

/** Splits a run such as "3 156", "94,72", "1.163.000" or "2023 5" into numbers. */
export function readDigitRun(run: string, offset: number, lex: CompiledLexicon): NumToken[] {
  const out: NumToken[] = [];
  let i = 0;
  let phone = false;
  while (i < run.length) {
    DIGITS.lastIndex = i;
    const head = DIGITS.exec(run)?.[0];
    if (!head) break;
    const indian = indianGroupedEnd(run, i, lex);
    let j = indian > 0 ? indian : i + head.length;
    let intPart = indian > 0 ? run.slice(i, j).replace(/\D/g, '') : head;
    let frac = '';
    let grouped = indian > 0;
    // One number groups its digits with one mark: "20 500,000 VND notes" is 20 notes of 500,000, no sum.
    let groupMark = '';
    while (indian < 0 && j < run.length) {
      const sep = run[j]!;
      DIGITS.lastIndex = j + 1;
      const d = DIGITS.exec(run)?.[0] ?? '';
      const canGroup = frac === '' && d.length === 3 && head.length <= 3;
      const groups = canGroup && (sep === ' ' || lex.thousands.has(sep) || otherMark(sep, lex.decimal));
      if (groups && groupMark !== '' && sep !== groupMark) {
        if (groupMark !== ' ' || intPart.length !== head.length + 3) break;
        // The space stood between two numbers: the first ends at its head, the second starts after the space.
        j = i + head.length;
        intPart = head;
        grouped = false;
        break;
      }
      if (sep === ' ') {
        if (!canGroup) break;
        intPart += d;
        grouped = true;
        groupMark = sep;
      } else if (groups) {
        intPart += d;
        grouped = true;
        groupMark = sep;
      } else if (frac === '' && (sep === lex.decimal || d.length !== 3)) {
        frac = d;
      } else break;
      j += 1 + d.length;
    }
    if (head.length > 1 && head.startsWith('0')) phone = true;
    const value = Number(frac ? `${intPart}.${frac}` : intPart);
    out.push({
      kind: 'num',
      start: offset + i,
      end: offset + j,
      value,
      spelled: false,
      plain: !grouped && frac === '',
      phone,
    });
    i = j + 1;
  }
  return out;
}

function isCyrillicCode(c: number): boolean {
  return c >= 0x0400 && c <= 0x04ff;
}

function isBengaliCode(c: number): boolean {
  return c >= 0x0980 && c <= 0x09ff;
}

/** Scripts that write the apostrophe inside a word, between two of their letters (an elided vowel). */
function apostropheInside(before: number, after: number): boolean {
  return (isCyrillicCode(before) && isCyrillicCode(after)) || (isBengaliCode(before) && isBengaliCode(after));
}

/**
 * End of a word at the apostrophe at i (folded: ’ and ʼ are '). Latin-script languages end the word there
 * ("d'", "l'"); Ukrainian and Belarusian write it inside words ("п'ять", five; "сім'я", family), and Bengali
 * where a vowel is elided ("দু’টি", two of them; "দু’জন", two persons): the word goes on to the letters after it. A lone s after it ends a plural or a genitive, no elided word: Dutch "auto's",
 * "camera's", English "children's".
 */
function apostropheWordEnd(folded: string, i: number): number {
  if (apostropheInside(folded.charCodeAt(i - 1), folded.charCodeAt(i + 1)))
    return letterRunEnd(folded, i + 1);
  return folded.charCodeAt(i + 1) === 115 && letterRunEnd(folded, i + 2) === i + 2 ? i + 2 : i + 1;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * End of the digit run starting at i: `\d+(?:[ .,]\d+)*`, a separator counting only with a digit after it.
 */
function digitRunEnd(text: string, i: number): number {
  const n = text.length;
  let j = i;
  while (j < n && isDigitCode(text.charCodeAt(j))) j++;
  for (;;) {
    const sep = text.charCodeAt(j);
    if ((sep !== 32 && sep !== 46 && sep !== 44) || !isDigitCode(text.charCodeAt(j + 1))) return j;
    j += 2;
    while (j < n && isDigitCode(text.charCodeAt(j))) j++;
  }
}

/** The number word at [start, end) begins a phrase of FiguresLexicon.numberIdioms ("hai bên", both sides). */
function startsNumberIdiom(folded: string, start: number, end: number, lex: CompiledLexicon): boolean {
  if (lex.numberIdioms.maxWords < 2 || folded.charCodeAt(end) !== 32) return false;
  const next = letterRunEnd(folded, end + 1);
  return next > end + 1 && lex.numberIdioms.has(folded.slice(start, next));
}

/**
 * Arabic-script punctuation as the Latin mark of the same use (latinOfArabicMark: "،" separates a list's items
 * as "," does, "ایک ساتھی ڈرائیور، دو کنڈکٹر اور 15 مسافر"). The rules read a punctuation token's text, so one
 * form serves every script; offsets stay those of the text.
 */
function latinPunct(c: number): string {
  return latinOfArabicMark(c) ?? String.fromCharCode(c);
}

/**
 * The tokens of `/\d+(?:[ .,]\d+)*|[\p{L}\p{M}]+'?|\S/gu` over the folded text, read with a char-code loop
 * rather than a regex: this runs over every character of every article.
 */
export function tokenize(body: string, folded: string, lex: CompiledLexicon): Token[] {
  const raw: Token[] = [];
  let compound = false;
  // Whether a spelled number below one (placeHalves reads only those) or three plain digits (all that a lone
  // scale word before them joins, scales-before.ts) may be among the tokens: set by the numbers read here,
  // and by every run another reader splits (`splitRun`: glued numerals, segmented scripts, duals), whose
  // tokens are not looked at. Most articles have no half: placeHalves then walks no token for nothing.
  let mayHalve = false;
  let threeDigits = false;
  let splitRun = false;
  const n = folded.length;
  // Read once, not once per word.
  const gluedNumerals = lex.numerals.size > 0;
  const segmented = isSegmented(lex);
  const duals = readsDuals(lex);
  const wordOf = (from: number, to: number): Token => new Word(folded, from, to);
  const exactNumberWords = lex.numberWordsExact;
  const numberWords = lex.numberWords;
  const lostSpaceHeads = lostSpaceHeadFilter(lex.lostSpaceHeads);
  let i = 0;
  while (i < n) {
    const c = folded.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    let start = i;
    if (isDigitCode(c)) {
      i = digitRunEnd(folded, i);
      for (const t of readDigitRun(folded.slice(start, i), start, lex)) {
        if (t.plain && t.end - t.start === 3) threeDigits = true;
        raw.push(t);
      }
      continue;
    }
    i = letterRunEnd(folded, i);
    if (i > start) {
      if (folded.charCodeAt(i) === 39) i = apostropheWordEnd(folded, i);
    } else i += codePointWidthAt(folded, i);
    // Korean spaces its words: a native numeral of more than one syllable written as a word of its own ("트럭
    // 다섯 대", five trucks) is a number word, as one of one syllable ("세 명") is; only runs holding more are read
    // numeral by numeral.
    if (gluedNumerals && i - start > 1 && !isHangulNumberWord(folded, start, i, numberWords)) {
      pushGluedRun(raw, folded, start, i, lex);
      splitRun = true;
      continue;
    }
    if (segmented && i - start > 1 && pushSegmentedRun(raw, body, folded, start, i, lex, wordOf)) {
      splitRun = true;
      continue;
    }
    if (duals) {
      const next = pushDual(raw, folded, start, i, lex, wordOf);
      if (next >= 0) {
        splitRun = true;
        i = next;
        continue;
      }
    }
    const length = i - start;
    // One unit that is a mark, not a letter, or a symbol: punctuation. (A symbol beyond the BMP takes two
    // units and is read as a word, as the regex did; so is a CJK square unit, "25㎏".)
    if (length > 1 || isLetterUnit(c) || (c >= 0x3380 && c <= 0x33df)) {
      let value = exactNumberWords
        ? exactNumberWords.get(body.slice(start, i).toLowerCase())
        : numberWords.mayHoldSlice(folded, start, i)
          ? numberWords.get(folded.slice(start, i))
          : undefined;
      // "trespersonas", "unmillón", "unetonne": a number word or an article glued to a unit or scale word by
      // a space lost in the page's text is two words.
      if (
        value === undefined &&
        !exactNumberWords &&
        i - start >= 5 &&
        mayStartLostSpace(lostSpaceHeads, folded, start)
      ) {
        const split = lostSpaceAt(folded, start, i, lex);
        if (split) {
          const [end, headValue] = split;
          if (headValue === null) raw.push(new Word(folded, start, end));
          else {
            if (headValue < 1) mayHalve = true;
            raw.push({
              kind: 'num',
              start,
              end,
              value: headValue,
              spelled: true,
              plain: false,
              phone: false,
            });
          }
          raw.push(new Word(folded, end, i));
          continue;
        }
      }
      if (value !== undefined && startsNumberIdiom(folded, start, i, lex)) value = undefined;
      // "وثلاثة", "ושלושה" (and three): a proclitic letter is a word of its own before a number word.
      const body0 = value === undefined && !exactNumberWords ? procliticBodyStart(folded, start, i) : start;
      if (body0 > start && (value = numberWords.get(folded.slice(body0, i))) !== undefined) {
        raw.push(new Word(folded, start, body0));
        start = body0;
      }
      if (value !== undefined && keepsNumberWord(raw, body, folded, start, i, lex)) {
        if (value >= 20 || (value >= 10 && (lex.unitsBeforeTens || lex.multipliedNumbers))) compound = true;
        // "dua belas" (12): a digit word may take a word of the teens after it.
        if (lex.teensAfter && lex.multipliedNumbers) compound = true;
        if (isRepeatAfterHyphen(raw, value)) compound = true;
        if (value < 1) mayHalve = true;
        raw.push({ kind: 'num', start, end: i, value, spelled: true, plain: false, phone: false });
      } else raw.push(new Word(folded, start, i));
    } else raw.push({ kind: 'punct', start, end: start + 1, text: latinPunct(folded.charCodeAt(start)) });
  }
  const placed = withFractionPrefixes(
    mayHalve || splitRun ? placeHalves(raw, folded, lex) : raw,
    folded,
    lex,
  );
  // Without a spelled tens, hundreds or thousands word there is nothing to join: skip the copy.
  const joined = !compound
    ? placed
    : lex.multipliedNumbers
      ? joinMultiplied(placed, folded, lex, wordOf)
      : joinSpelled(placed, lex);
  return withScalesBefore(
    withDigitsBeforeNouns(withoutVagueNumerals(joined, lex, wordOf), body, lex),
    lex,
    threeDigits || splitRun,
  );
}

/**
 * Whether the number word at [start, end), after the tokens of `raw`, is read as a number (not as a word of a
 * unit phrase, a scale of digits before it or a Vietnamese name). Asked only of number words: the tokens
 * before a word are looked at only then.
 */
function keepsNumberWord(
  raw: readonly Token[],
  body: string,
  folded: string,
  start: number,
  end: number,
  lex: CompiledLexicon,
): boolean {
  // A number word that ends a unit phrase is a word of it: "por ciento", "la sută" (per cent).
  const prev = raw[raw.length - 1];
  if (prev?.kind === 'word' && lex.units.get(`${prev.text} ${folded.slice(start, end)}`, false) !== undefined)
    return false;
  // "21 тысяча", "1 tysiąc": a word for a thousand alone (loneScaleWords) is the scale of digits before it;
  // so it is joined to them by a hyphen ("30-tisíc", read.ts hyphenedUnit).
  const digits =
    prev?.kind === 'punct' && prev.text === '-' && prev.end === start ? raw[raw.length - 2] : prev;
  const scalesDigits =
    digits?.kind === 'num' &&
    !digits.spelled &&
    (digits === prev || digits.end === prev!.start) &&
    lex.scales.get(folded.slice(start, end)) !== undefined;
  return !scalesDigits && !(lex.language !== 'vi' && VIETNAMESE_LETTER.test(body.slice(start, end)));
}

/**
 * "δεκάδες άνθρωποι", "درجنوں افراد", "satoja taloja" (tens of people, dozens of persons, hundreds of houses):
 * a vague plural numeral that no numeral before it multiplies is a word, no number, so that neither it nor a
 * scale after it ("δεκάδες χιλιάδες", tens of thousands) is read as a count.
 */
function withoutVagueNumerals(
  tokens: Token[],
  lex: CompiledLexicon,
  wordOf: (from: number, to: number) => Token,
): Token[] {
  const vague = lex.vagueNumerals;
  if (!vague) return tokens;
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'num' || !t.spelled || tokens[i - 1]?.kind === 'num') continue;
    const word = wordOf(t.start, t.end);
    if (word.kind !== 'word' || !vague.has(word.text)) continue;
    out ??= tokens.slice();
    out[i] = word;
  }
  return out ?? tokens;
}

/**
 * "media tonelada", "half a million", "une demi-tonne", "eine halbe Tonne": a half is a number only before a
 * scale or a weight (after a hyphen or an indefinite article, read with it); "medio ambiente", "half of the
 * suspects", "halbe Stunde" keep it a word.
 */
function placeHalves(raw: Token[], folded: string, lex: CompiledLexicon): Token[] {
  if (!raw.some((t) => t.kind === 'num' && t.spelled && t.value < 1)) return raw;
  const out: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    if (t.kind !== 'num' || !t.spelled || t.value >= 1) {
      out.push(t);
      continue;
    }
    const between = raw[i + 1];
    const article = between?.kind === 'word' && lex.indefinite?.has(between.text) === true;
    const hyphen = between?.kind === 'punct' && between.text === '-';
    const next = raw[article || hyphen ? i + 2 : i + 1];
    const scale = next?.kind === 'word' && lex.scales.get(next.text) !== undefined;
    const counts =
      scale || (next?.kind === 'word' && lex.units.get(next.text, true, MAX_INFLECTION)?.unit === 'kg');
    if (!counts) {
      out.push(new Word(folded, t.start, t.end));
      continue;
    }
    out.push(t);
    // A hyphened weight is read as such ("demi-tonne"); a scale after a hyphen is read as after a space.
    if (article || (hyphen && scale)) i++;
  }
  return out;
}

/** Letters a unit glued to a number word needs to be read as a separate word (see lostSpaceAt). */
const MIN_LOST_SPACE_NOUN = 5;

/** Bit of the first two code units of a word in a LostSpaceHeads filter (16 bits of the two). */
function headBit(first: number, second: number): number {
  return ((first << 5) ^ second) & 0xffff;
}

type LostSpaceHeads = CompiledLexicon['lostSpaceHeads'];

const headFilters = new WeakMap<LostSpaceHeads, Uint32Array>();

/**
 * The bits (headBit) of every head of a lexicon's lostSpaceHeads, made once per lexicon: most words of five
 * letters or more of every article are asked about, and nearly none starts as a number word or an article
 * does, which one bit tells without the map's lookup. A bit not set: no head; a bit set: look in the map.
 */
export function lostSpaceHeadFilter(heads: LostSpaceHeads): Uint32Array {
  let bits = headFilters.get(heads);
  if (bits === undefined) {
    bits = new Uint32Array(0x10000 >>> 5);
    for (const key of heads.keys()) {
      const bit = headBit(Math.floor(key / 0x10000), key % 0x10000);
      bits[bit >>> 5]! |= 1 << (bit & 31);
    }
    headFilters.set(heads, bits);
  }
  return bits;
}

/** The word at `start` may begin with a head of the filter's lexicon (lostSpaceHeadFilter). */
export function mayStartLostSpace(filter: Uint32Array, folded: string, start: number): boolean {
  const bit = headBit(folded.charCodeAt(start), folded.charCodeAt(start + 1));
  return (filter[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

/** Where a lost space splits the word [start, end) into a number word or article and a unit or scale word. */
function lostSpaceAt(
  folded: string,
  start: number,
  end: number,
  lex: CompiledLexicon,
): readonly [number, number | null] | undefined {
  const heads = lex.lostSpaceHeads.get(headKey(folded, start));
  if (!heads) return undefined;
  for (const [word, value] of heads) {
    const split = start + word.length;
    if (split >= end || !folded.startsWith(word, start)) continue;
    const rest = folded.slice(split, end);
    // A scale glued to the connector after it ("140 millionsde dongs", "3 millonesde"): a space lost in the
    // page, as a number word glued to its unit is; the connector may be as short as "de".
    // Only a connector: "τρισεκατομμύρια" is one scale word, not "τρισ" times "εκατομμύρια".
    if (value === null && lex.scales.get(word) !== undefined) {
      if (lex.connectors.has(rest)) return [split, null];
      // "3 ہزار 1 سوافراد" (3,100 persons): after a letter that joins nothing the lost space is invisible, so a
      // scale glued to a counted noun of five letters or more is two words as well.
      if (
        endsNonJoining(word) &&
        end - split >= MIN_LOST_SPACE_NOUN &&
        lex.units.get(rest, true, MAX_INFLECTION)
      )
        return [split, null];
      continue;
    }
    if (end - split < 3) continue;
    // A short unit after a number word is as likely the tail of a word of its own: "столица" (capital) is not
    // "сто лица" (a hundred persons), nor "stolica" "sto lica". Lost spaces seen glue longer nouns
    // ("trespersonas", "unetonne"); a scale stays readable at any length ("dosmil").
    if (end - split < MIN_LOST_SPACE_NOUN && lex.scales.get(rest) === undefined) continue;
    const measure = lex.units.get(rest, true, MAX_INFLECTION);
    // An article counts only a measure or a scale ("unetonne", "unmillón"); a number, any unit.
    if (
      value === null
        ? measure?.unit === 'kg' || lex.scales.get(rest) !== undefined
        : measure || lex.scales.get(rest)
    )
      return [split, value];
  }
  return undefined;
}

/**
 * A run of letters in a glued script (zh, ja): the numerals written in characters inside it ("两名", "三起")
 * become number tokens when a unit or scale starts right after them; the rest stays words. A numeral of
 * value 1 is left alone unless a classifier of persons follows ("一名"): "一起" is as often "together" as
 * "one case", as "un"/"one" is no count elsewhere; after a word of occurring (oneCaseAfter: "发生一起事故")
 * "一起" is one incident when an accident word names it (accidentNamed).
 */
function pushGluedRun(raw: Token[], folded: string, start: number, end: number, lex: CompiledLexicon): void {
  let from = start;
  let k = start;
  while (k < end) {
    if (!lex.numerals.has(folded.charCodeAt(k))) {
      k++;
      continue;
    }
    let b = k;
    while (b < end && lex.numerals.has(folded.charCodeAt(b))) b++;
    const value = readNumeral(folded, k, b, lex.numerals);
    // Right after digits the characters are the number's scale ("690亿", "1.2万"): read with the digits.
    const scalesDigits = k === start && isDigitCode(folded.charCodeAt(start - 1));
    const unit = b < end ? lex.units.getPrefix(folded, b) : undefined;
    if (
      !scalesDigits &&
      !insideHangulWord(folded, start, k) &&
      !startsGluedIdiom(folded, k, b, end, lex) &&
      // "一名" counts one person: a classifier of persons is never "together" (一起) or "at once" (一下).
      (value >= 2 ||
        (value === 1 && unit?.value.unit === 'person' && unit.value.counter !== true) ||
        (value === 1 &&
          unit?.value.unit === 'case' &&
          afterOccurring(folded, start, k, lex) &&
          accidentNamed(folded, b + unit.length, end, lex)) ||
        (value === 1 && unit !== undefined && countedNounBefore(folded, start, k, lex))) &&
      b < end &&
      (unit ?? lex.scales.getPrefix(folded, b))
    ) {
      if (k > from) raw.push(new Word(folded, from, k));
      raw.push({ kind: 'num', start: k, end: b, value, spelled: true, plain: false, phone: false });
      from = b;
    }
    k = b;
  }
  if (end > from) raw.push(new Word(folded, from, end));
}

/** Things whose noun a classifier of one after it counts: a vehicle or a weapon is never an idiom's word. */
const COUNTED_BEFORE_ONE: ReadonlySet<string> = new Set(['vehicle', 'weapon']);

/**
 * A noun of a vehicle or a weapon ends right before the numeral of one, in its run, and a classifier follows
 * it ("車一台", one car; "拳銃一丁", one pistol): a quantifier after its noun is a count, never an article, as
 * "一台の" before a noun may be.
 */
function countedNounBefore(folded: string, start: number, k: number, lex: CompiledLexicon): boolean {
  const noun = lex.units.getSuffix(folded.slice(start, k));
  return noun !== undefined && noun.value.counter !== true && COUNTED_BEFORE_ONE.has(noun.value.unit);
}

/** Characters of the longest word of occurring (oneCaseAfter) looked for before a numeral. */
const OCCURRING_REACH = 3;

/** The numeral at k follows, in its run, a word of occurring of the lexicon ("发生一起", one occurred). */
function afterOccurring(folded: string, start: number, k: number, lex: CompiledLexicon): boolean {
  for (let n = 1; n <= OCCURRING_REACH && k - n >= start; n++)
    if (lex.oneCaseAfter.has(folded.slice(k - n, k))) return true;
  return false;
}

/** Characters after the classifier of one incident within which its accident word must start ("一起特大道路交通事故"). */
const ACCIDENT_REACH = 6;

/**
 * An accident word of the lexicon starts within a few characters after the classifier of one incident: the
 * annotators count "发生一起严重交通事故" (one accident occurred) but not "发生一起火灾" or "发生一起枪击案" (a fire,
 * a shooting occurred), where "one case" is an article as "a" is elsewhere (issue #9's rule for "one").
 */
function accidentNamed(folded: string, from: number, end: number, lex: CompiledLexicon): boolean {
  for (let p = from; p <= from + ACCIDENT_REACH && p < end; p++)
    if (lex.accidentWords.some((w) => folded.startsWith(w, p))) return true;
  return false;
}

/** A run of Hangul syllables that is one number word of the lexicon ("다섯", "여섯", "스물"). */
function isHangulNumberWord(
  folded: string,
  start: number,
  end: number,
  numberWords: WordMap<number>,
): boolean {
  return (
    isHangulSyllable(folded.charCodeAt(start)) &&
    numberWords.get(folded.slice(start, end), false) !== undefined
  );
}

/** A Hangul syllable (가–힣). */
function isHangulSyllable(c: number): boolean {
  return c >= 0xac00 && c <= 0xd7a3;
}

/**
 * Korean spaces its words: a numeral syllable after another syllable of its word is a syllable of that word
 * ("보조원", assistant, holds 조 "trillion"; "구조대", rescue team, 구 "nine"), not a number. Chinese and Japanese
 * write no spaces, so a numeral anywhere in their runs may be one ("抓获两名").
 */
function insideHangulWord(folded: string, start: number, k: number): boolean {
  return k > start && isHangulSyllable(folded.charCodeAt(k)) && isHangulSyllable(folded.charCodeAt(k - 1));
}

/** Characters after a numeral an idiom of the lexicon may hold ("两国", "一位领导", "一位负责人"). */
const GLUED_IDIOM_REACH = 4;

/**
 * The numeral at [k, b) starts one of the lexicon's numberIdioms: "两国" (the two countries of a bilateral
 * relation), "一位领导表示" (a leader said: the speaker, not a count).
 */
function startsGluedIdiom(folded: string, k: number, b: number, end: number, lex: CompiledLexicon): boolean {
  if (lex.numberIdioms.maxWords < 1) return false;
  for (let n = 1; n <= GLUED_IDIOM_REACH && b + n <= end; n++)
    if (lex.numberIdioms.has(folded.slice(k, b + n))) return true;
  return false;
}

/**
 * Value of a numeral in characters: digits (一..九, 两) times the multipliers after them (十, 百, 千), and
 * sections closed by the large units (万 10⁴, 亿 10⁸): 三十五 35, 两百 200, 一万二千 12000. A multiplier
 * with no digit before it counts once (十五 15).
 */
export function readNumeral(
  text: string,
  start: number,
  end: number,
  values: ReadonlyMap<number, number>,
): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (let k = start; k < end; k++) {
    const v = values.get(text.charCodeAt(k)) ?? 0;
    if (v < 10) digit = v;
    else if (v < 10000) {
      section += (digit || 1) * v;
      digit = 0;
    } else {
      total += (section + digit || 1) * v;
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
}

type Part = 'units' | 'teen' | 'tens' | 'hundreds' | 'thousands' | 'other';

/** A spelled number being read: the thousands already closed, the group below a thousand, its last part. */
interface Spelled {
  readonly thousands: number;
  readonly group: number;
  readonly last: Part;
}

function partOf(value: number): Part {
  if (value >= 1 && value <= 9) return 'units';
  if (value >= 10 && value <= 19) return 'teen';
  if (value >= 20 && value <= 90 && value % 10 === 0) return 'tens';
  if (value >= 100 && value <= 900 && value % 100 === 0) return 'hundreds';
  if (value === 1000) return 'thousands';
  return 'other';
}

function startSpelled(value: number): Spelled {
  const last = partOf(value);
  return last === 'thousands' ? { thousands: 1000, group: 0, last } : { thousands: 0, group: value, last };
}

/**
 * The number once `value` is appended, or null when the two do not form one number as numbers are spelled:
 * [units] hundred [tens [units] | teen | units], optionally before thousand and another such group, and
 * French twenties (below). "cinq six" or "vingt trente" stay apart.
 */
function appendSpelled(n: Spelled, value: number): Spelled | null {
  const part = partOf(value);
  const { thousands, group, last } = n;
  if (part === 'thousands') {
    if (thousands > 0 || last === 'other') return null;
    return { thousands: (group || 1) * 1000, group: 0, last: part };
  }
  if (part === 'hundreds') {
    if (value === 100 && last === 'units') return { thousands, group: group * 100, last: part };
    if (group === 0 && last === 'thousands') return { thousands, group: value, last: part };
    return null;
  }
  if (part === 'other') return null;
  // 1–99 after hundreds or thousands: the rest of the group.
  if ((last === 'hundreds' || last === 'thousands') && group % 100 === 0)
    return { thousands, group: group + value, last: part };
  if (last === 'tens' && part === 'units') return { thousands, group: group + value, last: part };
  // French counts by twenties past sixty: soixante-dix (70), quatre-vingts (80), quatre-vingt-douze (92),
  // and writes 17–19 as dix-sept, dix-huit, dix-neuf.
  if (last === 'tens' && part === 'teen' && (group % 100 === 60 || group % 100 === 80))
    return { thousands, group: group + value, last: part };
  if (last === 'teen' && group % 20 === 10 && value >= 7 && value <= 9)
    return { thousands, group: group + value, last: 'units' };
  if (last === 'units' && group % 100 === 4 && value === 20)
    return { thousands, group: group - 4 + 80, last: 'tens' };
  return null;
}

/** Units spelled before the tens (unitsBeforeTens): "خمسة وعشرون" (25, with a joiner), "ستة عشر" (16, without). */
function unitsFirst(n: Spelled, value: number, joined: boolean): Spelled | null {
  if (n.last !== 'units' || n.group >= 10) return null;
  const tens = partOf(value) === 'tens' && joined;
  const teen = value === 10 && !joined;
  return tens || teen ? { thousands: n.thousands, group: n.group + value, last: 'other' } : null;
}

/** The spelled number `value` repeats the one before the hyphen that ends `raw` ("kedua-dua"). */
function isRepeatAfterHyphen(raw: readonly Token[], value: number): boolean {
  const hyphen = raw[raw.length - 1];
  const before = raw[raw.length - 2];
  return (
    hyphen?.kind === 'punct' &&
    hyphen.text === '-' &&
    before?.kind === 'num' &&
    before.spelled &&
    before.value === value
  );
}

/**
 * Spelled numbers written in several words become one: "vingt-cinq", "twenty five", "veinte y cinco",
 * "trois cent douze", "three hundred and twelve", "deux mille cinq cents". A hyphen or one of the
 * language's joiners may stand between the words.
 */
function joinSpelled(tokens: Token[], lex: CompiledLexicon): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'num' || !t.spelled) {
      out.push(t);
      continue;
    }
    let n = startSpelled(t.value);
    let end = t.end;
    let j = i;
    for (;;) {
      const glue = tokens[j + 1];
      const glued =
        glue !== undefined &&
        ((glue.kind === 'punct' && glue.text === '-') ||
          (glue.kind === 'word' && lex.numberJoiners.has(glue.text)));
      const next = tokens[glued ? j + 2 : j + 1];
      if (next?.kind !== 'num' || !next.spelled) break;
      // "kedua-dua", "ketiga-tiga" (Malay: both, all three): a number repeated across a hyphen is one.
      if (glued && glue.kind === 'punct' && j === i && next.value === t.value) {
        end = next.end;
        j += 2;
        break;
      }
      const joined = lex.unitsBeforeTens
        ? (unitsFirst(n, next.value, glued) ?? appendSpelled(n, next.value))
        : appendSpelled(n, next.value);
      if (joined === null) break;
      n = joined;
      end = next.end;
      j = glued ? j + 2 : j + 1;
    }
    out.push(j === i ? t : { ...t, end, value: n.thousands + n.group });
    i = j;
  }
  return out;
}
