/**
 * What the runtime's ICU data knows about a language, as figures data: its scale words (compact notation: "milioane", "juta", "万"), the words of time spans and distances
 * (Intl.NumberFormat unit style, every plural form Intl.PluralRules names), masses, percent, month names and
 * currency names. A language without a lexicon is read with this alone; a lexicon language gets its time
 * spans and distances from here too, so that "34 ans" or "1.200 kilometer" never depend on a hand list.
 * Number separators, long month and weekday names and the calendar's years are text/locale.ts's (every
 * language gets them in compileLexicon); the short month forms here add to them.
 */

import { principalCurrency } from './currency.js';

const SPAN_UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute'] as const;
const DISTANCE_UNITS = ['kilometer', 'mile', 'meter', 'centimeter', 'millimeter'] as const;
const MASS_UNITS: ReadonlyArray<readonly [string, number]> = [
  ['kilogram', 1],
  ['gram', 0.001],
];
/** One sample number per plural category the locale has (and a fraction), to collect every inflected form. */
const PLURAL_SAMPLES = [1, 2, 3, 5, 11, 21, 22, 25, 100, 101, 0, 1.5];
const SCALES = [1e3, 1e4, 1e6, 1e8, 1e9];
/**
 * A form we keep as a word: letters only, two or more (a lone "m", "h" or "j" is too ambiguous), or one
 * ideograph or syllable of a script without spaces ("年", "万").
 */
const WORD =
  /^(?:[\p{L}\p{M}]{2,}(?: [\p{L}\p{M}]+)*|[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])$/u;

function locale(language: string): string {
  return Intl.NumberFormat.supportedLocalesOf([language]).length > 0 ? language : 'en';
}

function samples(loc: string): number[] {
  const rules = new Intl.PluralRules(loc);
  const seen = new Set<string>();
  const out: number[] = [];
  for (const n of PLURAL_SAMPLES) {
    const category = rules.select(n);
    if (seen.has(category) && Number.isInteger(n)) continue;
    seen.add(category);
    out.push(n);
  }
  return out;
}

function partsOf(format: Intl.NumberFormat, n: number, type: string): string {
  return format
    .formatToParts(n)
    .filter((p) => p.type === type)
    .map((p) => p.value)
    .join(' ')
    .trim()
    .toLowerCase();
}

/** The words a unit is written with after a number, long and short, in every plural form. */
function unitWords(loc: string, units: readonly string[], nums: readonly number[]): string[] {
  const out = new Set<string>();
  for (const unit of units) {
    for (const unitDisplay of ['long', 'short'] as const) {
      const format = new Intl.NumberFormat(loc, { style: 'unit', unit, unitDisplay });
      for (const n of nums) {
        const word = partsOf(format, n, 'unit');
        if (WORD.test(word)) out.add(word);
      }
    }
  }
  return [...out];
}

/** Time spans and distances: what follows a number that is not a count. */
export function spanAndDistanceWords(language: string): { durations: string[]; distances: string[] } {
  const loc = locale(language);
  const nums = samples(loc);
  return { durations: unitWords(loc, SPAN_UNITS, nums), distances: unitWords(loc, DISTANCE_UNITS, nums) };
}

/** Scale words of compact notation; each is worth what it multiplies the number shown by ("100万" = 1e6: 万 = 1e4). */
function scaleWords(loc: string, nums: readonly number[]): Record<string, number> {
  const out: Record<string, number> = {};
  // Latin digits, so that the number shown can be read back (Persian writes "۲۰ هزار").
  const format = new Intl.NumberFormat(loc, {
    notation: 'compact',
    compactDisplay: 'long',
    numberingSystem: 'latn',
  });
  for (const scale of SCALES) {
    for (const n of nums) {
      if (!Number.isInteger(n) || n >= 100) continue;
      const parts = format.formatToParts(n * scale);
      const word = partsOf(format, n * scale, 'compact');
      const shown = Number(
        parts
          .filter((p) => p.type === 'integer' || p.type === 'fraction')
          .map((p) => p.value)
          .join('.'),
      );
      if (!WORD.test(word) || !(shown > 0)) continue;
      out[word] ??= 10 ** Math.round(Math.log10((n * scale) / shown));
    }
  }
  return out;
}

function monthNames(loc: string): string[] {
  const out = new Set<string>();
  const styles: Intl.DateTimeFormatOptions[] = [
    { month: 'long' },
    { month: 'long', day: 'numeric' },
    { month: 'short' },
    { month: 'short', day: 'numeric' },
  ];
  for (const style of styles) {
    const format = new Intl.DateTimeFormat(loc, { ...style, timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) {
      const name = format
        .formatToParts(new Date(Date.UTC(2024, m, 15)))
        .filter((p) => p.type === 'month')
        .map((p) => p.value)
        .join('')
        .replace(/\.$/, '')
        .toLowerCase();
      // Short forms of three letters are too often words of their own ("mar", "pro", "lis").
      if (WORD.test(name) && (style.month === 'long' || name.length >= 4)) out.add(name);
    }
  }
  return [...out];
}

/**
 * Each currency's names in a locale beside its first three plural samples ('' where ICU writes none), and
 * the name and symbol beside 5 (currencyWordCodes), each computed once a locale. Every form is a
 * formatToParts call, about 0.2 ms of ICU (162 currencies): the engine's largest cold cost (withCurrencyCodes
 * 8.6 % of a cold pass). currencyNames and currencyWordCodes asked for the same name beside 5 where 5 is a
 * sample, and a language read through a kin lexicon asked for its locale's names twice (withLocaleOf, then
 * withCurrencyCodes). At most one entry a locale the engine reads; the formatters are not kept.
 */
const namesByLocale = new Map<string, readonly (readonly string[])[]>();
const wordFormsByLocale = new Map<string, readonly { readonly name5: string; readonly symbol5: string }[]>();

const currencyFormat = (loc: string, currency: string, currencyDisplay: 'name' | 'symbol') =>
  new Intl.NumberFormat(loc, { style: 'currency', currency, currencyDisplay });

/** The names of currency k of Intl.supportedValuesOf('currency') beside each sample. */
function sampleNames(loc: string): readonly (readonly string[])[] {
  let hit = namesByLocale.get(loc);
  if (hit) return hit;
  const nums = samples(loc).slice(0, 3);
  hit = Intl.supportedValuesOf('currency').map((code) => {
    const format = currencyFormat(loc, code, 'name');
    return nums.map((n) => partsOf(format, n, 'currency'));
  });
  namesByLocale.set(loc, hit);
  return hit;
}

/** Each currency's name and symbol beside 5, in Intl.supportedValuesOf('currency')'s order. */
function wordForms(loc: string): readonly { readonly name5: string; readonly symbol5: string }[] {
  let hit = wordFormsByLocale.get(loc);
  if (hit) return hit;
  const at5 = samples(loc).slice(0, 3).indexOf(5);
  const names = at5 >= 0 ? sampleNames(loc) : undefined;
  hit = Intl.supportedValuesOf('currency').map((code, k) => ({
    name5: names ? names[k]![at5]! : partsOf(currencyFormat(loc, code, 'name'), 5, 'currency'),
    symbol5: partsOf(currencyFormat(loc, code, 'symbol'), 5, 'currency'),
  }));
  wordFormsByLocale.set(loc, hit);
  return hit;
}

/** Currency names as numbers are written with them ("dolari americani", "Dolar AS", "美元"), by ISO code. */
function currencyNames(loc: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const all = sampleNames(loc);
  Intl.supportedValuesOf('currency').forEach((code, k) => {
    const names = new Set<string>();
    for (const name of all[k]!) if (name && name !== code.toLowerCase()) names.add(name);
    if (names.size > 0) out[code] = [...names];
  });
  return out;
}

/**
 * The clipped form of the kilogram word, as papers write it ("500 kilo", "किलो", "كيلو"): the long kilogram
 * name without the long gram name it ends with ("kilogram" − "gram", "kilogrammaa" − "grammaa").
 */
function clippedKilo(loc: string, nums: readonly number[]): string[] {
  const out = new Set<string>();
  const kilo = new Intl.NumberFormat(loc, { style: 'unit', unit: 'kilogram', unitDisplay: 'long' });
  const gram = new Intl.NumberFormat(loc, { style: 'unit', unit: 'gram', unitDisplay: 'long' });
  for (const n of nums) {
    const k = partsOf(kilo, n, 'unit');
    const g = partsOf(gram, n, 'unit');
    const clipped = k.endsWith(g) ? k.slice(0, k.length - g.length).trim() : '';
    if (clipped.length >= 3 && WORD.test(clipped)) out.add(clipped);
  }
  return [...out];
}

/**
 * Whether the locale writes the day of a date with a dot ("12. marts", "12. maaliskuuta", "március 12."):
 * there "12." is an ordinal, not the end of a sentence.
 */
function dayTakesDot(loc: string): boolean {
  const parts = new Intl.DateTimeFormat(loc, {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).formatToParts(new Date(Date.UTC(2024, 2, 12)));
  const day = parts.findIndex((p) => p.type === 'day');
  return day >= 0 && parts[day + 1]?.type === 'literal' && parts[day + 1]!.value.startsWith('.');
}

/** What the locale knows, in the shape of the figures lexicon's fields (see lexicon.ts). */
export interface LocaleFigures {
  readonly scales: Record<string, number>;
  readonly percent: string[];
  readonly masses: string[];
  readonly unitFactors: Record<string, number>;
  readonly currencies: Record<string, string[]>;
  readonly months: string[];
  readonly durations: string[];
  readonly distances: string[];
  /** "12." is an ordinal (a day of a date) in this locale. */
  readonly ordinalDot: boolean;
}

/**
 * Figures data for a language without a lexicon: digits in its number format, '%' and percent words, scale
 * words, masses, money (ISO codes and symbols are read by currency.ts), and the dates, time spans and
 * distances that are never counts.
 */
export function localeFigures(language: string): LocaleFigures {
  return otherScripts(language).map(figuresOf).reduce(merged, figuresOf(language));
}

/**
 * localeFigures(language).currencies alone: a language with a lexicon takes only its currency names from the
 * locale (lexicon.ts withCurrencyCodes), and the rest (scale, unit and month words in every script) cost about
 * as much again to compute.
 */
export function localeCurrencies(language: string): Record<string, string[]> {
  return otherScripts(language).map(currenciesOf).reduce(mergedCurrencies, currenciesOf(language));
}

/** The words for "a thousand" (or "a million") alone, in the shape of the figures lexicon's numberWords and collectives. */
export interface LoneScale {
  /** Counts the scale wherever it stands without digits before it ("ponad tysiąc osób", "хиљаду људи"). */
  readonly alone: [string, number][];
  /** Counts the scale only after a cue of approximation ("более тысячи"); elsewhere a plural ("тысячи людей"). */
  readonly afterCue: [string, number][];
}

/**
 * The word for a scale (a thousand, a million) standing alone: the word ICU writes after 1 in the compact
 * long form of the scale, in every script of the language, with the accusative of an a-stem ("тысяча" →
 * "тысячу", "hiljada" → "hiljadu", Slavic feminines). The form after 1 is kept only where the language
 * writes another after 5 ("tysiąc", "tysięcy"; "миллион", "миллионов"): where it is also the plural's
 * ("tisíc", "hiljada", "tausend", "ribu"), the bare word is as often "several thousand" ("několik tisíc") as
 * "a thousand". The genitive singular is the form ICU writes after 2, for an a-stem ("тысячи", "hiljade")
 * and for a masculine whose genitive adds -a ("миллиона", "milijuna"): "a thousand", "a million" only after
 * a cue ("более тысячи человек", "более миллиона человек", "više od hiljade"), a plural elsewhere.
 */
export function loneScaleWords(language: string, scales: readonly number[]): LoneScale {
  const alone = new Map<string, number>();
  const afterCue = new Map<string, number>();
  for (const loc of [locale(language), ...otherScripts(language)]) {
    const format = new Intl.NumberFormat(loc, {
      notation: 'compact',
      compactDisplay: 'long',
      numberingSystem: 'latn',
    });
    for (const scale of scales) {
      const one = partsOf(format, scale, 'compact');
      if (!WORD.test(one)) continue;
      if (one !== partsOf(format, 5 * scale, 'compact')) alone.set(one, scale);
      const two = partsOf(format, 2 * scale, 'compact');
      const aStem = /^(\p{L}+)([аa])$/u.exec(one);
      if (aStem !== null) {
        // The accusative is never the plural's ("nekoliko hiljada", "više od hiljadu").
        alone.set(`${aStem[1]!}${aStem[2] === 'а' ? 'у' : 'u'}`, scale);
        if (WORD.test(two) && two !== one) afterCue.set(two, scale);
      } else if (two === `${one}а` || two === `${one}a`) afterCue.set(two, scale);
    }
  }
  return { alone: [...alone], afterCue: [...afterCue] };
}

/**
 * The locales of the language in its other alphabet that ICU has ("sr-Latn" for Serbian, written in
 * either; "bs-Cyrl", "uz-Cyrl"; "zh-Hant" for Chinese, whose Taiwanese and Hong Kong papers write 韓元 and
 * 日圓 where the mainland writes 韩元 and 日元): a text may be in either, and its words are read in both.
 */
function otherScripts(language: string): string[] {
  let own: string | undefined;
  try {
    own = new Intl.Locale(language).maximize().script;
  } catch {
    return [];
  }
  return ['Latn', 'Cyrl', 'Hans', 'Hant']
    .filter((script) => script !== own)
    .map((script) => `${language}-${script}`)
    .filter((tag) => new Intl.NumberFormat(tag).resolvedOptions().locale === tag);
}

/**
 * The ISO codes of a lexicon's words that are names of a currency in the language (any of its scripts), as
 * ICU writes them beside a number or as a symbol ("円" and "元" in Japanese), or as the last word of such a
 * name ("ドル" of "米ドル", "원" of "대한민국 원"). A word several currencies end with stands for the one whose
 * sign is bare (principalCurrency: "달러" is USD); Korean names end in 화 (貨, currency: "엔화", "위안화"),
 * which a number drops ("300만 엔"). A word no currency is named by (or several equally) is left out.
 */
export function currencyWordCodes(language: string, words: readonly string[]): Record<string, string[]> {
  const exact = new Map<string, Set<string>>();
  const tails = new Map<string, Set<string>>();
  const note = (map: Map<string, Set<string>>, word: string, code: string): void => {
    const set = map.get(word) ?? new Set<string>();
    set.add(code);
    map.set(word, set);
  };
  for (const loc of [locale(language), ...otherScripts(language)]) {
    const segmenter = new Intl.Segmenter(loc, { granularity: 'word' });
    const forms = wordForms(loc);
    for (const [k, code] of Intl.supportedValuesOf('currency').entries()) {
      const { name5, symbol5 } = forms[k]!;
      for (const display of ['name', 'symbol'] as const) {
        const name = display === 'name' ? name5 : symbol5;
        if (name === '' || name === code.toLowerCase()) continue;
        note(exact, name, code);
        if (display === 'symbol') continue;
        const parts = [...segmenter.segment(name)].filter((s) => s.isWordLike).map((s) => s.segment);
        const last = parts.length > 1 ? parts[parts.length - 1]! : undefined;
        if (last === undefined || !WORD.test(last)) continue;
        note(tails, last, code);
        if (last.length > 1 && last.endsWith('화')) note(tails, last.slice(0, -1), code);
      }
    }
  }
  const out: Record<string, string[]> = {};
  for (const word of words) {
    const w = word.toLowerCase();
    const codes = exact.get(w) ?? tails.get(w);
    if (!codes) continue;
    const principal = codes.size === 1 ? [...codes] : [...codes].filter(principalCurrency);
    if (principal.length !== 1) continue;
    (out[principal[0]!] ??= []).push(word);
  }
  return out;
}

const union = (x: readonly string[], y: readonly string[]): string[] => [...new Set([...x, ...y])];

/** Currency names of two scripts of a language: the first's codes in their order, then the second's new ones. */
function mergedCurrencies(
  a: Record<string, string[]>,
  b: Record<string, string[]>,
): Record<string, string[]> {
  const currencies: Record<string, string[]> = { ...a };
  for (const [code, words] of Object.entries(b)) currencies[code] = union(currencies[code] ?? [], words);
  return currencies;
}

function merged(a: LocaleFigures, b: LocaleFigures): LocaleFigures {
  return {
    scales: { ...b.scales, ...a.scales },
    percent: union(a.percent, b.percent),
    masses: union(a.masses, b.masses),
    unitFactors: { ...b.unitFactors, ...a.unitFactors },
    currencies: mergedCurrencies(a.currencies, b.currencies),
    months: union(a.months, b.months),
    durations: union(a.durations, b.durations),
    distances: union(a.distances, b.distances),
    ordinalDot: a.ordinalDot || b.ordinalDot,
  };
}

function currenciesOf(language: string): Record<string, string[]> {
  const loc = locale(language);
  return currencyNames(loc);
}

function figuresOf(language: string): LocaleFigures {
  const loc = locale(language);
  const nums = samples(loc);
  const masses: string[] = [];
  const unitFactors: Record<string, number> = {};
  for (const [unit, factor] of MASS_UNITS) {
    for (const word of unitWords(loc, [unit], nums)) {
      masses.push(word);
      if (factor !== 1) unitFactors[word] = factor;
    }
  }
  masses.push(...clippedKilo(loc, nums));
  return {
    scales: scaleWords(loc, nums),
    percent: unitWords(loc, ['percent'], nums),
    masses,
    unitFactors,
    currencies: currencyNames(loc),
    months: monthNames(loc),
    ...spanAndDistanceWords(language),
    ordinalDot: dayTakesDot(loc),
  };
}
