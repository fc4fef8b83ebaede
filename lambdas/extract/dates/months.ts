/**
 * Month names per language from the platform's CLDR data (Intl.DateTimeFormat), not from hand lists: the
 * stand-alone form ("juin", "czerwiec"), the form used beside a day ("12 czerwca", "12 июня", "12. června")
 * and the abbreviations ("sept.", "Sep"), all folded as the engine folds text so they match doc.folded.
 * Forms that hold digits ("tháng 6", "6月") are left to the numeric patterns.
 */
import { fold } from '../text/fold.js';

// A fixed leap year so that every day of every month exists.
const REFERENCE_YEAR = 2024;
// Abbreviations shorter than this ("V", "Ju") are too easy to meet by chance.
const MIN_SHORT_LENGTH = 3;

const cache = new Map<string, ReadonlyMap<string, number>>();

/** Folded month name → month number (1–12) for a BCP 47 language tag; empty when the platform has none. */
export function monthNames(language: string): ReadonlyMap<string, number> {
  const hit = cache.get(language);
  if (hit) return hit;
  const names = new Map<string, number>();
  if (Intl.DateTimeFormat.supportedLocalesOf([language]).length > 0) {
    for (let month = 1; month <= 12; month++) {
      for (const form of forms(language, month)) {
        const name = fold(form.trim()).replace(/\.$/, '');
        if (name.length >= MIN_SHORT_LENGTH && !/\d/.test(name) && !names.has(name)) names.set(name, month);
      }
    }
  }
  cache.set(language, names);
  return names;
}

function forms(language: string, month: number): string[] {
  const date = new Date(Date.UTC(REFERENCE_YEAR, month - 1, 15));
  const out: string[] = [];
  for (const width of ['long', 'short'] as const) {
    out.push(new Intl.DateTimeFormat(language, { month: width, timeZone: 'UTC' }).format(date));
    const inContext = new Intl.DateTimeFormat(language, { day: 'numeric', month: width, timeZone: 'UTC' });
    for (const part of inContext.formatToParts(date)) if (part.type === 'month') out.push(part.value);
  }
  return out;
}

const monthFirstByLanguage = new Map<string, boolean>();

/**
 * True when the language writes a numeric date month first (en: 6/12/2024), from the platform's pattern.
 * Asked once per article: the answer is kept per language, as building a DateTimeFormat costs more than the
 * rest of the date stage.
 */
export function monthFirst(language: string): boolean {
  let known = monthFirstByLanguage.get(language);
  if (known === undefined) {
    known = readMonthFirst(language);
    monthFirstByLanguage.set(language, known);
  }
  return known;
}

function readMonthFirst(language: string): boolean {
  if (Intl.DateTimeFormat.supportedLocalesOf([language]).length === 0) return false;
  const parts = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'numeric', timeZone: 'UTC' })
    .formatToParts(new Date(Date.UTC(REFERENCE_YEAR, 5, 12)))
    .map((p) => p.type);
  return parts.indexOf('month') < parts.indexOf('day');
}
