/**
 * Background of an earlier year: a sentence dated only to a year before the latest year the text names ("In 2016,
 * police in Đồng Nai stopped addicts fleeing a centre"; "2019'da Quảng Nam'da da benzer bir kaza olmuştu") recalls
 * an earlier event. A province named there is a point of reference for the story, not where it happens. Years are
 * digits in every language, so the rule needs no word list; they are read in the folded text, where the digits of
 * every script are ASCII ("২০১৮ সালে", "۲۰۱۹ میں", "ឆ្នាំ២០២០").
 */
import { coverOf } from '../text/search.js';
import type { Span } from '../text/sentences.js';
import type { Accepted } from './resolve.js';

/**
 * A year of the modern era standing alone: not part of a longer number, a decimal or a figure ("2.016", "20165"):
 * `(?<![\d.,/-])(?:19[5-9]\d|20\d\d)(?![\d]|[.,/-]\d)`. The digits are found by a regex with no lookbehind
 * (one before them keeps the engine from skipping ahead to a 1 or a 2, a test at every unit of the text) and
 * their sides tested in code, position by position as the whole pattern would be.
 */
const YEAR_DIGITS = /19[5-9]\d|20\d\d/g;

export function yearsIn(text: string): number[] {
  const years: number[] = [];
  YEAR_DIGITS.lastIndex = 0;
  for (let m = YEAR_DIGITS.exec(text); m !== null; m = YEAR_DIGITS.exec(text)) {
    const at = m.index;
    if (isNumberMark(text.charCodeAt(at - 1)) || continuesNumber(text, at + 4)) {
      // Not a year here; as the pattern would, try again from the next position.
      YEAR_DIGITS.lastIndex = at + 1;
      continue;
    }
    years.push(Number(m[0]));
  }
  return years;
}

/** A digit or a mark inside a number: . , / - (NaN, before the text's start, is none). */
function isNumberMark(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 46 || c === 44 || c === 47 || c === 45;
}

/** A digit, or a mark followed by a digit, at `at`. */
function continuesNumber(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c >= 48 && c <= 57) return true;
  if (c !== 46 && c !== 44 && c !== 47 && c !== 45) return false;
  const d = text.charCodeAt(at + 1);
  return d >= 48 && d <= 57;
}

/**
 * The accepted mentions with those of earlier-year sentences read as points of reference. Only when the text also
 * places something outside such sentences: a court report whose crime is dated to an earlier year ("In 2022, A
 * smuggled heroin in Sơn La…") and whose trial names no province still has its place in the earlier sentence.
 */
export function backgroundOfEarlierYears(
  accepted: readonly Accepted[],
  folded: string,
  sentences: readonly Span[],
): readonly Accepted[] {
  const latest = Math.max(0, ...yearsIn(folded));
  if (latest === 0) return accepted;
  const earlier = sentences.filter((s) => {
    const years = yearsIn(folded.slice(s.start, s.end));
    return years.length > 0 && years.every((y) => y < latest);
  });
  if (earlier.length === 0) return accepted;
  const inEarlierSentence = coverOf(earlier);
  const inEarlier = (a: Accepted) => inEarlierSentence(a.mention.start, a.mention.end);
  const aside = (a: Accepted) => a.residence || a.reference === true || a.movement === true || a.dateline;
  if (!accepted.some((a) => !aside(a) && !inEarlier(a))) return accepted;
  return accepted.map((a) => (!a.dateline && inEarlier(a) ? { ...a, subject: false, reference: true } : a));
}
