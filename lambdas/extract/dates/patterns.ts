/**
 * Candidate dates in folded text, each with its offset. Every pattern needs a day and a month: a bare year
 * ("in 2023") or a bare day ("le 5") is not a date of the article. Numeric day/month pairs without a year
 * ("12/6") are accepted only after a word that announces a date ("ngày 12/6", "sáng 22.4"), because "11/11"
 * is as often a totality or a score.
 */
import { monthFirst, monthNames } from './months.js';

export interface DateCandidate {
  readonly day: number;
  readonly month: number;
  readonly year: number | null;
  readonly start: number;
  readonly end: number;
}

// Vietnamese words that put a date right after them: "ngày 12/6", "sáng 22.4", "đêm 17-5" (folded).
const VI_DATE_CUES = 'ngay|sang|chieu|toi|dem|trua|rang sang|rang dem|hom';
// Languages written in other scripts whose month names may appear when the language stage, which knows only
// Latin-script languages, labels such a text with a Latin one.
const OTHER_SCRIPT_LANGUAGES = ['ru', 'uk', 'bg', 'sr', 'el', 'th'];

const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{N}])';
// After a month name: not a compound either ("May-branded").
const WORD_END = '(?![\\p{L}\\p{N}]|-\\p{L})';
const YEAR = '((?:19|20)\\d{2})';

interface FixedPattern {
  readonly re: RegExp;
  /** CJK and Hangul are matched in the body: folding decomposes Hangul syllables. */
  readonly on: 'body' | 'folded';
  readonly read: (m: RegExpExecArray) => [number, number, number | null];
}

const fixedPatterns: FixedPattern[] = [
  // ISO 8601: 2024-06-12
  {
    re: new RegExp(`${NOT_LETTER_BEFORE}${YEAR}-(\\d{1,2})-(\\d{1,2})${NOT_LETTER_AFTER}`, 'gu'),
    on: 'folded',
    read: (m) => [Number(m[3]), Number(m[2]), Number(m[1])],
  },
  // Chinese and Japanese: 2024年6月12日, 6月12日
  {
    on: 'body',
    re: /(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/gu,
    read: (m) => [Number(m[3]), Number(m[2]), m[1] ? Number(m[1]) : null],
  },
  // Korean: 2024년 6월 12일, 6월 12일
  {
    on: 'body',
    re: /(?:((?:19|20)\d{2})\s*년\s*)?(\d{1,2})\s*월\s*(\d{1,2})\s*일/gu,
    read: (m) => [Number(m[3]), Number(m[2]), m[1] ? Number(m[1]) : null],
  },
  // Vietnamese in words: ngày 12 tháng 6 (năm 2024)
  {
    on: 'folded',
    re: new RegExp(
      `${NOT_LETTER_BEFORE}ngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})(?:\\s+nam\\s+${YEAR})?`,
      'gu',
    ),
    read: (m) => [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : null],
  },
  // Vietnamese cue + day/month: ngày 12/6, sáng 22.4, đêm 17-5 (a year may follow: 12/6/2024)
  {
    on: 'folded',
    re: new RegExp(
      `${NOT_LETTER_BEFORE}(?:${VI_DATE_CUES})\\s+(\\d{1,2})([./-])(\\d{1,2})(?:\\2${YEAR})?(?![\\d.,]\\d)`,
      'gu',
    ),
    read: (m) => [Number(m[1]), Number(m[3]), m[4] ? Number(m[4]) : null],
  },
];

/**
 * The first date of each form above, in order of appearance: the article's date is the first of them, so no
 * pattern reads past its own first valid match (a long text costs what its opening costs).
 */
export function dateCandidates(body: string, folded: string, language: string): DateCandidate[] {
  const out: DateCandidate[] = [];
  const push = (m: RegExpExecArray, [day, month, year]: [number, number, number | null]): boolean => {
    if (!isValid(day, month, year)) return false;
    out.push({ day, month, year, start: m.index, end: m.index + m[0].length });
    return true;
  };
  for (const { re, on, read } of fixedPatterns) {
    for (const m of (on === 'body' ? body : folded).matchAll(re)) if (push(m, read(m))) break;
  }

  // Numeric with a year: 12/6/2024, 12.06.2024, 12-6-2024, in the language's own order (en: month first).
  const numeric = new RegExp(
    `${NOT_LETTER_BEFORE}(\\d{1,2})([./-])(\\d{1,2})\\2${YEAR}${NOT_LETTER_AFTER}`,
    'gu',
  );
  const mdFirst = monthFirst(language);
  for (const m of folded.matchAll(numeric)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    // An impossible month in the language's order means the writer used the other one.
    const [day, month] = mdFirst ? (a > 12 ? [a, b] : [b, a]) : b > 12 ? [b, a] : [a, b];
    if (push(m, [day, month, Number(m[4])])) break;
  }

  for (const { names, dayFirst, monthFirst: monthFirstRe } of namePatterns(folded, language)) {
    for (const m of folded.matchAll(dayFirst)) {
      if (push(m, [Number(m[1]), names.get(m[2]!)!, m[3] ? Number(m[3]) : null])) break;
    }
    for (const m of folded.matchAll(monthFirstRe)) {
      if (push(m, [Number(m[2]), names.get(m[1]!)!, m[3] ? Number(m[3]) : null])) break;
    }
  }
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}

interface NamePatterns {
  readonly names: ReadonlyMap<string, number>;
  readonly dayFirst: RegExp;
  readonly monthFirst: RegExp;
}

const namePatternCache = new Map<string, NamePatterns | null>();

function namePatterns(folded: string, language: string): NamePatterns[] {
  const out: NamePatterns[] = [];
  for (const [lang, names] of namesFor(folded, language)) {
    let hit = namePatternCache.get(lang);
    if (hit === undefined) {
      hit = names.size > 0 ? compileNamePatterns(names) : null;
      namePatternCache.set(lang, hit);
    }
    if (hit) out.push(hit);
  }
  return out;
}

function compileNamePatterns(names: ReadonlyMap<string, number>): NamePatterns {
  const alternation = [...names.keys()]
    .sort((x, y) => y.length - x.length)
    .map(escapeRegExp)
    .join('|');
  return {
    names,
    // 12 juin (2024), 12. Juni, 12 de junio de 2024, 14th of July, 12 июня 2024 г.
    dayFirst: new RegExp(
      `${NOT_LETTER_BEFORE}(\\d{1,2})(?:\\.|er|st|nd|rd|th|º)?\\s+(?:(?:de|of|del)\\s+)?(${alternation})\\.?${WORD_END}(?:,?\\s+(?:(?:de|del)\\s+)?${YEAR}${NOT_LETTER_AFTER})?`,
      'gu',
    ),
    // June 12(th)(, 2024)
    monthFirst: new RegExp(
      `${NOT_LETTER_BEFORE}(${alternation})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?${NOT_LETTER_AFTER}(?!\\s*[:h]\\d)(?:,?\\s+${YEAR}${NOT_LETTER_AFTER})?`,
      'gu',
    ),
  };
}

function namesFor(folded: string, language: string): [string, ReadonlyMap<string, number>][] {
  const lists: [string, ReadonlyMap<string, number>][] = [[language, monthNames(language)]];
  // Only when the text holds letters outside the Latin script: a Latin text never needs them.
  if (/[^\p{Script=Latin}\P{L}]/u.test(folded)) {
    for (const other of OTHER_SCRIPT_LANGUAGES)
      if (other !== language) lists.push([other, monthNames(other)]);
  }
  return lists;
}

export function isValid(day: number, month: number, year: number | null): boolean {
  if (!Number.isInteger(day) || !Number.isInteger(month) || month < 1 || month > 12 || day < 1) return false;
  // Without a year, 29 February may be right: check against a leap year.
  return day <= new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
