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

/** A year of the modern era standing alone: not part of a longer number, a decimal or a figure ("2.016", "20165"). */
const YEAR = /(?<![\d.,/-])(?:19[5-9]\d|20\d\d)(?![\d]|[.,/-]\d)/g;

function yearsIn(text: string): number[] {
  return [...text.matchAll(YEAR)].map((m) => Number(m[0]));
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
