/**
 * Numbers next to the language's own word for the year or the hour (Intl.DisplayNames' names of the fields of
 * a date), in any language, with or without a lexicon: "سال ۱۴۰۲", "ໃນປີ 2023", "1975 yılında" date a clause;
 * "saat 3", "ساعت ۳" tell the time. Neither counts anything.
 */
import { endsWithWord, isOrEndsWithWord } from '../text/locale.js';
import { MAX_INFLECTION, type CompiledLexicon } from './lexicon.js';
import type { NumToken, Token } from './token-types.js';

/** Years that news dates events in (the default calendar's too: Persian 1402), not counts. */
const RECENT_FROM = 1945;
const RECENT_TO = 2035;
/** Stems shorter than this would start unrelated words ("ev" of Hungarian "év"). */
const MIN_STEM = 3;

function isRecentYear(v: number, lex: CompiledLexicon): boolean {
  const inRange = (offset: number): boolean => v >= RECENT_FROM + offset && v <= RECENT_TO + offset;
  return inRange(0) || (lex.yearOffset !== 0 && inRange(lex.yearOffset));
}

function wordAt(tokens: readonly Token[], j: number): string | undefined {
  const t = tokens[j];
  return t?.kind === 'word' ? t.text : undefined;
}

/** The word starts with the stem and only an inflection follows ("yılında" of "yıl"). */
function inflects(word: string, stem: string): boolean {
  return stem.length >= MIN_STEM && word.startsWith(stem) && word.length - stem.length <= MAX_INFLECTION;
}

/**
 * The number at i is a year named by the year word before it ("سال ۲۰۱۵", "ໃນປີ 1975", "tahun 2023") or after
 * it ("1975 yılında"). Before the number, a count of a noun of its own ("year 2015 … 1,200 people") is
 * written with a separator, so the number must be plain and a recent year.
 */
export function isNamedYear(tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  const n = tokens[i] as NumToken;
  const year = lex.yearWord;
  if (year === undefined || n.spelled || !n.plain || !isRecentYear(n.value, lex)) return false;
  const before = wordAt(tokens, i - 1);
  if (before !== undefined && isOrEndsWithWord(before, year)) return true;
  const after = wordAt(tokens, i + 1);
  return after !== undefined && (after === year || inflects(after, year));
}

/** The number at i is an hour of the clock after the hour word ("saat 3'te", "ساعت ۳ بامداد"). */
export function isNamedHour(tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  const n = tokens[i] as NumToken;
  const hour = lex.hourWord;
  if (hour === undefined || lex.glued || n.value > 24 || !Number.isInteger(n.value)) return false;
  const before = wordAt(tokens, i - 1);
  return before !== undefined && tokens[i - 1]!.end < n.start && isOrEndsWithWord(before, hour);
}

/**
 * The number at i is an hour of the clock after the plural of the hour word (it "alle ore 20", at 8 p.m.;
 * "verso le ore 3"). Read only where the plural can name no span: no number before it ("48 ore 3 persone",
 * 48 hours) and no noun of the number's own after it (`countsNoun`, read.ts: passed in, no cycle).
 */
export function isHourAfterHours(
  tokens: readonly Token[],
  i: number,
  lex: CompiledLexicon,
  countsNoun: () => boolean,
): boolean {
  const n = tokens[i] as NumToken;
  const hours = lex.hoursWord;
  if (hours === undefined || lex.glued || n.spelled || !n.plain) return false;
  if (n.value > 24 || !Number.isInteger(n.value)) return false;
  if (wordAt(tokens, i - 1) !== hours || tokens[i - 1]!.end >= n.start) return false;
  return tokens[i - 2]?.kind !== 'num' && !countsNoun();
}

/** Minutes after an hour mark ("15g30"): two digits, no third. */
const MINUTES_AT = /[0-5]\d(?!\p{N})/uy;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * Where the lexicon's hour mark written against the number ending at `at` ends ("15g", vi giờ), with whether
 * minutes follow it ("15g30"); null when no mark ends a word there (the "g" of "15gam" starts a word).
 */
function afterHourMark(
  body: string,
  at: number,
  lex: CompiledLexicon,
): { end: number; minutes: boolean } | null {
  for (const mark of lex.hourMarks) {
    const end = at + mark.length;
    if (body.slice(at, end).toLowerCase() !== mark) continue;
    MINUTES_AT.lastIndex = end;
    if (MINUTES_AT.test(body)) return { end: MINUTES_AT.lastIndex, minutes: true };
    if (!WORD_CHAR.test(body[end] ?? '')) return { end, minutes: false };
  }
  return null;
}

/**
 * The number at i is an hour of the clock told by the day period after it ("at 2 p.m.", "στις 5 μ.μ.", "a
 * las 3 de la madrugada", "vers 9 du soir"), or by an hour mark of the lexicon against it with minutes or a
 * day period after ("15g30", "15g chiều") or a word of the hour before ("lúc 7g"): written in digits, a whole hour of the day, nothing counted.
 * Read on the body, not the folded text: vi "SA" (sáng, morning) must not take "1 sà lan" (one barge).
 */
export function isHourOfPeriod(
  body: string,
  tokens: readonly Token[],
  i: number,
  lex: CompiledLexicon,
): boolean {
  const n = tokens[i] as NumToken;
  if (n.spelled || !n.plain || n.value > 24 || !Number.isInteger(n.value)) return false;
  const mark = lex.hourMarks.length > 0 ? afterHourMark(body, n.end, lex) : null;
  if (mark?.minutes) return true;
  const before = wordAt(tokens, i - 1);
  if (mark !== null && before !== undefined && lex.hoursBefore.has(before)) return true;
  const pattern = lex.dayPeriod;
  pattern.lastIndex = mark?.end ?? n.end;
  return pattern.test(body);
}

/** Days of a month: a number in brackets above this is no day. */
const LAST_DAY = 31;

/** Code units read before the bracket: more than any language's word for today or yesterday and its spaces. */
const RELATIVE_DAY_REACH = 48;

/**
 * The number at i is the day of the month alone in brackets after the language's word for today or yesterday
 * ("รายงานวันนี้ (25)", "said today (25)"): a lead dated so counts nothing. The folded text is read before the
 * bracket, since the word may be two ("hôm nay") or end a run of a script without spaces.
 */
export function isDayAfterRelativeDay(
  folded: string,
  tokens: readonly Token[],
  i: number,
  lex: CompiledLexicon,
): boolean {
  const n = tokens[i] as NumToken;
  if (n.spelled || !n.plain || !Number.isInteger(n.value) || n.value < 1 || n.value > LAST_DAY) return false;
  const open = tokens[i - 1];
  const close = tokens[i + 1];
  if (open?.kind !== 'punct' || open.text !== '(' || close?.kind !== 'punct' || close.text !== ')')
    return false;
  const before = folded.slice(Math.max(0, open.start - RELATIVE_DAY_REACH), open.start).trimEnd();
  return lex.relativeDays.some((word) => endsWithWord(before, word));
}
