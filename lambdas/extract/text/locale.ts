/**
 * What the runtime's ICU data (Intl) knows about a locale, read once per language: number separators, the
 * words of month and weekday names, and how far the locale's default calendar counts years from the
 * Gregorian one. Lexicons add only what the platform lacks.
 */
import { fold, foldChar } from './fold.js';
import { boundedMemo } from './memo.js';
import { escapeRegExp } from './regex.js';

export interface NumberSeparators {
  readonly decimal: string;
  readonly group: string;
}

/**
 * Decimal and grouping separators of Intl.NumberFormat for the locale ("," and " " for fr, "." and "," for en),
 * as they read in folded text (Persian "٫" and "٬" fold to "." and ",").
 */
export function numberSeparators(locale: string): NumberSeparators {
  const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(1234567.5);
  return {
    decimal: foldChar(parts.find((p) => p.type === 'decimal')?.value ?? '.'),
    group: foldChar(parts.find((p) => p.type === 'group')?.value ?? ','),
  };
}

const LETTERS = /\p{L}[\p{L}\p{M}'’.]*/gu;
/** The nukta of the Indic scripts (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Kannada). */
const NUKTA = /[\u093c\u09bc\u0a3c\u0abc\u0b3c\u0cbc]/u;
const NUKTA_ALL = /[\u093c\u09bc\u0a3c\u0abc\u0b3c\u0cbc]/gu;
/** Letters that end a date's literal with no space before the month name. */
const CLITIC_END = /(?<=\s)\p{L}+$/u;

/**
 * Folded words of the locale's month names (long, standalone and in a date, where Slavic languages use
 * the genitive: "март", "марта") and long weekday names, as Intl.DateTimeFormat writes them. A name
 * written with a number ("tháng 3", "3月", "3월") gives its word ("thang", "月", "월"); a name of several
 * words gives none (a Vietnamese weekday "thứ hai" would make "hai", two, a date word).
 */
export function calendarWords(locale: string): string[] {
  const words = new Set<string>();
  const add = (name: string): void => {
    const found = name.match(LETTERS) ?? [];
    // A month of several words gives its first when that is no short function word ("جمادى" of
    // "جمادى الأولى"; not "ذو" of "ذو الحجة").
    if (found.length > 1 && found[0]!.length >= 3) found.length = 1;
    if (found.length !== 1) return;
    const word = fold(found[0]!.replace(/[.]+$/, ''));
    words.add(word);
    // Hindi and its neighbours write the nukta of loan sounds or leave it out ("फ़रवरी" and "फरवरी", February).
    if (NUKTA.test(word)) words.add(word.replace(NUKTA_ALL, ''));
  };
  // The calendars the locale dates by and the Gregorian one: Persian news dates Vietnamese events in
  // Gregorian months ("۱۲ مارس") as often as in its own solar ones, Arabic news in Islamic months too.
  for (const calendar of [undefined, ...calendarsOf(locale)]) {
    const options = { timeZone: 'UTC', ...(calendar ? { calendar } : {}) };
    const month = new Intl.DateTimeFormat(locale, { ...options, month: 'long' });
    const inDate = new Intl.DateTimeFormat(locale, { ...options, month: 'long', day: 'numeric' });
    for (let m = 0; m < 12; m++) {
      const date = new Date(Date.UTC(2021, m, 15));
      add(month.format(date));
      const parts = inDate.formatToParts(date);
      parts.forEach((part, k) => {
        if (part.type !== 'month') return;
        add(part.value);
        // A clitic the date writes against the month name is part of its word there (Hebrew "12 במרץ", in March).
        const before = parts[k - 1];
        const clitic = before?.type === 'literal' ? CLITIC_END.exec(before.value)?.[0] : undefined;
        if (clitic) add(`${clitic}${part.value}`);
      });
    }
  }
  for (const name of weekdayNames(locale)) add(name);
  for (const name of eraNames(locale)) add(name);
  words.delete('');
  return [...words];
}

/** The calendars CLDR says the locale's people date by (Arabic: Gregorian and Islamic ones), and the Gregorian. */
function calendarsOf(locale: string): string[] {
  const tag = new Intl.Locale(locale) as Intl.Locale & {
    getCalendars?: () => string[];
    calendars?: string[];
  };
  return [...new Set([...(tag.getCalendars?.() ?? tag.calendars ?? []), 'gregory'])];
}

/**
 * Names of the eras of those calendars, as the locale writes them beside a year ("هـ" of the Hijra, "م",
 * "ค.ศ.", "公元", "ईस्वी"): a number next to one is a year. Names the locale does not translate ("AH", "BE")
 * are left out, and so are names of several words that differ from the era before the epoch only in their
 * first words ("efter Kristus" / "før Kristus", "después de Cristo" / "antes de Cristo"): those first words
 * are prepositions (after, before), and calendarWords would make every number after "efter" a date.
 */
function eraNames(locale: string): string[] {
  const out: string[] = [];
  for (const calendar of calendarsOf(locale)) {
    for (const era of ['short', 'long'] as const) {
      const name = eraOf(locale, calendar, era);
      if (!name || (locale !== 'en' && name === eraOf('en', calendar, era))) continue;
      if (!isPrepositional(name, eraOf(locale, calendar, era, BEFORE_EPOCH))) out.push(name);
    }
  }
  return out;
}

/** A day long before the Gregorian epoch: its era is the one before ("før Kristus"). */
const BEFORE_EPOCH = Date.UTC(-100, 5, 1);

/** An era of several words whose last word the era before the epoch shares: only its preposition differs. */
function isPrepositional(name: string, before: string | undefined): boolean {
  const words = name.trim().split(/\s+/u);
  if (words.length < 2 || before === undefined || before === name) return false;
  return before.trim().split(/\s+/u).at(-1) === words.at(-1);
}

function eraOf(
  locale: string,
  calendar: string,
  era: 'short' | 'long',
  at = Date.UTC(2024, 5, 1),
): string | undefined {
  const format = new Intl.DateTimeFormat(locale, { calendar, era, year: 'numeric', timeZone: 'UTC' });
  return format.formatToParts(new Date(at)).find((p) => p.type === 'era')?.value;
}

/** The locale's long weekday names, Monday first, as Intl.DateTimeFormat writes them. */
export function weekdayNames(locale: string): string[] {
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  // 2021-03-01 was a Monday: seven days from it give every weekday.
  return Array.from({ length: 7 }, (_, d) => weekday.format(new Date(Date.UTC(2021, 2, 1 + d))));
}

/**
 * Folded weekday names of the locale (a subset of calendarWords): a number after one is a day of the month only
 * when no counted noun follows it ("Friday 13 March", but "on Friday 13 smugglers were sentenced"). One word
 * each, or two joined by a hyphen as written ("quarta-feira"), which the figures stage reads across its tokens.
 */
export function weekdayWords(locale: string): string[] {
  return weekdayNames(locale)
    .map((name) => name.match(LETTERS) ?? [])
    .filter((found) => found.length === 1 || found.length === 2)
    .map((found) => fold(found.join('-').replace(/[.]+$/, '')))
    .filter((name) => !name.includes('-') || weekdayNames(locale).some((w) => fold(w) === name));
}

/**
 * Folded abbreviations of the locale's month names (Intl's short form, and its first three letters: "sept"
 * and "sep", "janv" and "jan"), for datelines ("Hanói, 12 ago (EFE)"). Many are words of their own ("mar",
 * "sie", "pro", "dez"): the figures stage reads one as a month only where a date would stand.
 */
export function shortMonthWords(locale: string): string[] {
  const words = new Set<string>();
  for (const month of [{ month: 'short' as const }, { month: 'short' as const, day: 'numeric' as const }]) {
    const format = new Intl.DateTimeFormat(locale, { ...month, timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) {
      const part = format.formatToParts(new Date(Date.UTC(2021, m, 15))).find((p) => p.type === 'month');
      const found = part?.value.match(LETTERS) ?? [];
      if (found.length !== 1) continue;
      const word = fold(found[0]!.replace(/[.]+$/, ''));
      if (word.length < 3) continue;
      words.add(word);
      words.add(word.slice(0, 3));
    }
  }
  return [...words];
}

/**
 * Years the locale's default calendar counts from the Gregorian year (543 for Thai's Buddhist era, 0 for
 * the Gregorian calendar), so that "พ.ศ. 2567" is read as a year like "2024".
 */
export function yearOffset(locale: string): number {
  const format = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    timeZone: 'UTC',
    numberingSystem: 'latn',
  });
  const year = format.formatToParts(new Date(Date.UTC(2000, 6, 1))).find((p) => p.type === 'year');
  const value = Number(year?.value);
  return Number.isFinite(value) && value > 0 ? value - 2000 : 0;
}

/** Scripts written without spaces between words: there a word of a run may end it ("ໃນປີ", in the year). */
const SPACELESS = /[\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;

/**
 * The folded name Intl gives a field of dates in the locale ("سال", "yıl", "ປີ" for the year; "ساعت", "saat"
 * for the hour), when it is one word; the article of Arabic ("السنة") is kept, as text writes it so too.
 */
export function dateFieldWord(locale: string, field: 'year' | 'hour'): string | undefined {
  if (Intl.DisplayNames.supportedLocalesOf([locale]).length === 0) return undefined;
  const name = new Intl.DisplayNames([locale], { type: 'dateTimeField' }).of(field) ?? '';
  const found = name.match(LETTERS) ?? [];
  return found.length === 1 ? fold(found[0]!) : undefined;
}

/**
 * The folded plural Intl writes after a count of hours in the locale ("ore" of it "tra 5 ore", "horas",
 * "ώρες"), when it is one word: Italian tells the time with it before the hour ("alle ore 20", at 8 p.m.).
 */
export function pluralHourWord(locale: string): string | undefined {
  if (Intl.RelativeTimeFormat.supportedLocalesOf([locale]).length === 0) return undefined;
  const parts = new Intl.RelativeTimeFormat(locale).formatToParts(5, 'hour');
  const at = parts.findIndex((p) => p.type === 'integer');
  const found = parts[at + 1]?.value.match(LETTERS) ?? [];
  return at >= 0 && found.length === 1 ? fold(found[0]!) : undefined;
}

/** Hours sampled for the day periods: night, morning, noon, afternoon, evening. */
const PERIOD_HOURS = [3, 9, 12, 15, 20, 23];

/**
 * The words Intl writes after an hour of the 12-hour clock in the locale ("a.m." and "p.m."; el "π.μ.",
 * "μ.μ."; es "de la madrugada"; fr "du soir"; ru "ночи"), in every style of day period it knows. An hour is
 * told in every language so; the English "am" and "pm" are read in all of them, as news copies them.
 */
export function dayPeriodWords(locale: string): string[] {
  const words = new Set<string>(['am', 'pm']);
  if (Intl.DateTimeFormat.supportedLocalesOf([locale]).length === 0) return [...words];
  for (const dayPeriod of [undefined, 'narrow', 'short', 'long'] as const) {
    const format = new Intl.DateTimeFormat(locale, {
      hour: 'numeric',
      hour12: true,
      dayPeriod,
      timeZone: 'UTC',
    });
    for (const hour of PERIOD_HOURS) {
      const part = format.formatToParts(Date.UTC(2020, 0, 1, hour)).find((p) => p.type === 'dayPeriod');
      if (part) words.add(part.value.replace(/\s+/gu, ' ').trim());
    }
  }
  return [...words].filter((w) => w !== '');
}

/** Letters of a period written as an abbreviation ("am", "μμ"): its dots and spaces may be left out. */
const MAX_ABBREVIATION = 3;

/**
 * A sticky pattern of the day periods of the locale (dayPeriodWords) right after an hour: one space at most
 * before it, and no letter or digit after it, matched regardless of case. An abbreviation ("p.m.", "pm",
 * "p. m.", "μ.μ.") is matched with or without its dots; one letter alone (ar "م", also a metre; cs "o.") is
 * left out.
 */
export function dayPeriodPattern(locale: string): RegExp {
  const forms = dayPeriodWords(locale)
    .map((word) => {
      const letters = word.replace(/[. ]/gu, '');
      if (letters.length < 2) return null;
      if (letters.length <= MAX_ABBREVIATION && /^[\p{L}. ]+$/u.test(word))
        return [...letters].map(escapeRegExp).join('\\.? ?') + '\\.?';
      return escapeRegExp(word);
    })
    .filter((form) => form !== null);
  // Longest first: "de la tarde" before "de".
  forms.sort((a, b) => b.length - a.length);
  return new RegExp(`[ \u00a0\u202f]?(?:${forms.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'iuy');
}

/** The word is `name` or, in a script without spaces, a run that ends with it. */
export function isOrEndsWithWord(word: string, name: string): boolean {
  return word === name || (SPACELESS.test(name) && word.endsWith(name));
}

/**
 * The text ends with the word `name`: a letter before it belongs to another word, except in a script without
 * spaces, where a run of words ends with it ("รายงานวันนี้", reported today).
 */
export function endsWithWord(text: string, name: string): boolean {
  if (name === '' || !text.endsWith(name)) return false;
  const before = text.slice(0, text.length - name.length);
  return SPACELESS.test(name) || !/[\p{L}\p{M}\p{N}]$/u.test(before);
}

/**
 * The folded words Intl gives the locale for today and yesterday ("วันนี้", "เมื่อวาน"; "hom nay", "hom qua";
 * "today", "yesterday"): the days a news lead dates itself by, often with the day of the month after them.
 */
export function relativeDayWords(locale: string): string[] {
  if (Intl.RelativeTimeFormat.supportedLocalesOf([locale]).length === 0) return [];
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const words = [0, -1].map((days) => fold(format.format(days, 'day')).replace(/\s+/gu, ' ').trim());
  // A form with a digit is no word for the day ("in 0 days" where the locale has none).
  return words.filter((w) => w !== '' && !/\p{N}/u.test(w));
}

/**
 * Whether the locale writes the day before the month ("24 augustus", "24. August") with a month name of its
 * own: there a number after the month name ("in augustus 24 mensen") is no day of it. False where the month
 * name holds the number itself ("tháng 8") or follows it in the locale's order ("August 24").
 */
export const writesDayBeforeMonth = boundedMemo((locale: string): boolean => {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' }).formatToParts(
      Date.UTC(2020, 7, 24),
    );
  } catch {
    return false;
  }
  const day = parts.findIndex((p) => p.type === 'day');
  const month = parts.find((p) => p.type === 'month');
  if (day < 0 || month === undefined || /\d/u.test(month.value)) return false;
  return day < parts.indexOf(month);
});
