/**
 * Candidate dates in folded text, each with its offset. Every pattern needs a day and a month: a bare year
 * ("in 2023") or a bare day ("le 5") is not a date of the article. Numeric day/month pairs without a year
 * ("12/6") are accepted only after a word that announces a date ("ngày 12/6", "sáng 22.4"), because "11/11"
 * is as often a totality or a score.
 */
import {
  firstOutsideLatinBlocks,
  isLetterOrNumberBefore,
  isOutsideLatinBlocks,
  isSpaceCode,
} from '../text/chars.js';
import { escapeRegExp, literalAlternation } from '../text/regex.js';
import { monthFirst, monthNames } from './months.js';
import { weekdayNames } from './weekdays.js';

export interface DateCandidate {
  readonly day: number;
  readonly month: number;
  readonly year: number | null;
  readonly start: number;
  readonly end: number;
}

/** White space, then a digit: what follows the word (and a month name's dot) in every DayAfterWordSearch match. */
const SPACED_DIGIT = /\s+\d/g;

/**
 * A pattern whose every match is a word of a list (a month name, "ngày"), white space, then a digit ("June
 * 12", "ngày 12/6"), searched from the days rather than the words: its leading alternation of words is tried
 * by V8 at every position of the text, while most texts hold a few dozen numbers. A match can only start
 * within the longest word before a run of white space that a digit ends and that one of the words ends at
 * (`wordBefore`, a sticky lookbehind tried at that run alone), and the pattern itself is run from there: it
 * returns the same leftmost match at or after lastIndex as when run from lastIndex. Words holding a digit, or
 * ending in white space, break that reasoning: the pattern is then run as it is (wordBefore null).
 */
class DayAfterWordSearch {
  lastIndex = 0;
  /** `longest`: code units of the longest word, with what may follow it before the white space (a dot). */
  constructor(
    private readonly re: RegExp,
    private readonly wordBefore: RegExp | null,
    private readonly longest: number,
  ) {}

  exec(text: string): RegExpExecArray | null {
    const from = this.lastIndex;
    const wordBefore = this.wordBefore;
    let start = from;
    if (wordBefore !== null) {
      // A run that starts at `from` or before has no match after `from` (its word would start before).
      SPACED_DIGIT.lastIndex = from + 1;
      for (;;) {
        const run = SPACED_DIGIT.exec(text);
        if (run === null) {
          this.lastIndex = 0;
          return null;
        }
        wordBefore.lastIndex = run.index;
        if (wordBefore.test(text)) {
          start = Math.max(from, run.index - this.longest);
          break;
        }
      }
    }
    this.re.lastIndex = start;
    const m = this.re.exec(text);
    this.lastIndex = this.re.lastIndex;
    return m;
  }
}

// Vietnamese words that put a date right after them: "ngày 12/6", "sáng 22.4", "đêm 17-5" (folded).
const VI_DATE_CUES = 'ngay|sang|chieu|toi|dem|trua|rang sang|rang dem|hom';
const VI_DATE_CUES_BEFORE = `(?:${VI_DATE_CUES})`;
// Languages written in other scripts whose month names may appear when the language stage, which knows only
// Latin-script languages, labels such a text with a Latin one.
const OTHER_SCRIPT_LANGUAGES = ['ru', 'uk', 'bg', 'sr', 'el', 'th'];

// A date starts after a character that is not a letter or a digit: checked in code rather than by a leading
// lookbehind, which keeps V8 from skipping ahead to the pattern's first characters and costs a test at every
// position of the text.
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{N}])';
// After a month name: not a compound either ("May-branded").
const WORD_END = '(?![\\p{L}\\p{N}]|-\\p{L})';
const YEAR = '((?:19|20)\\d{2})';

interface FixedPattern {
  readonly re: RegExp | DayAfterWordSearch;
  /** The match must not follow a letter or a digit. */
  readonly wordStart?: true;
  /** CJK and Hangul are matched in the body: folding decomposes Hangul syllables. */
  readonly on: 'body' | 'folded';
  /**
   * A string every match contains: a text without it is not searched (most texts have no 月, 월 or
   * "thang", and a regex scan of the whole opening costs as much as finding nothing).
   */
  readonly needs?: string;
  /**
   * Every match starts with one of these words, then white space, a day and a month ("ngày 12/6"): the scan
   * starts no earlier than the longest of them before the first such day and month, and a text without one
   * is not searched.
   */
  readonly startsWith?: readonly string[];
  readonly read: (m: RegExpExecArray) => [number, number, number | null];
}

const fixedPatterns: FixedPattern[] = [
  // ISO 8601: 2024-06-12
  {
    re: new RegExp(`${YEAR}-(\\d{1,2})-(\\d{1,2})${NOT_LETTER_AFTER}`, 'gu'),
    wordStart: true,
    on: 'folded',
    read: (m) => [Number(m[3]), Number(m[2]), Number(m[1])],
  },
  // Chinese and Japanese: 2024年6月12日, 6月12日
  {
    on: 'body',
    needs: '月',
    re: /(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/gu,
    read: (m) => [Number(m[3]), Number(m[2]), m[1] ? Number(m[1]) : null],
  },
  // Korean: 2024년 6월 12일, 6월 12일
  {
    on: 'body',
    needs: '월',
    re: /(?:((?:19|20)\d{2})\s*년\s*)?(\d{1,2})\s*월\s*(\d{1,2})\s*일/gu,
    read: (m) => [Number(m[3]), Number(m[2]), m[1] ? Number(m[1]) : null],
  },
  // Vietnamese in words: ngày 12 tháng 6 (năm 2024)
  {
    on: 'folded',
    wordStart: true,
    needs: 'thang',
    re: new RegExp(`ngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})(?:\\s+nam\\s+${YEAR})?`, 'gu'),
    read: (m) => [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : null],
  },
  // Vietnamese cue + day/month: ngày 12/6, sáng 22.4, đêm 17-5 (a year may follow: 12/6/2024)
  {
    on: 'folded',
    wordStart: true,
    startsWith: VI_DATE_CUES.split('|'),
    re: new DayAfterWordSearch(
      new RegExp(`(?:${VI_DATE_CUES})\\s+(\\d{1,2})([./-])(\\d{1,2})(?:\\2${YEAR})?(?![\\d.,]\\d)`, 'gu'),
      new RegExp(`(?<=${VI_DATE_CUES_BEFORE})`, 'uy'),
      Math.max(...VI_DATE_CUES.split('|').map((w) => w.length)),
    ),
    read: (m) => [Number(m[1]), Number(m[3]), m[4] ? Number(m[4]) : null],
  },
];

// Numeric with a year: 12/6/2024, 12.06.2024, 12-6-2024, in the language's own order (en: month first).
const NUMERIC = new RegExp(`(\\d{1,2})([./-])(\\d{1,2})\\2${YEAR}${NOT_LETTER_AFTER}`, 'gu');

/**
 * Past the start of the earliest date found so far, a later pattern only needs to look this far: no date
 * form is longer, so a match that starts before that date still ends inside the window.
 */
const LONGEST_DATE = 256;

/**
 * The earliest date of the forms above (at one start, the longest), or undefined. Each form is searched
 * only up to the earliest date found so far, so a long text costs what its opening costs.
 */
export function firstDate(body: string, folded: string, language: string): DateCandidate | undefined {
  let best: DateCandidate | undefined;
  const window = (text: string): string =>
    best && best.start + LONGEST_DATE < text.length ? text.slice(0, best.start + LONGEST_DATE) : text;
  const consider = (m: RegExpExecArray, [day, month, year]: [number, number, number | null]): boolean => {
    if (!isValid(day, month, year)) return false;
    const start = m.index;
    const end = m.index + m[0].length;
    if (!best || start < best.start || (start === best.start && end > best.end))
      best = { day, month, year, start, end };
    return true;
  };
  // The first match of re in text that starts a word (when asked) and that read accepts.
  const scan = (
    re: Pick<RegExp, 'lastIndex' | 'exec'>,
    text: string,
    wordStart: boolean,
    read: (m: RegExpExecArray) => [number, number, number | null],
    from = 0,
  ): void => {
    const limit = best?.start;
    re.lastIndex = from;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (limit !== undefined && m.index > limit) break;
      if (wordStart && isLetterOrNumberBefore(text, m.index)) {
        // The pattern would not have matched here: look again from the next position.
        re.lastIndex = m.index + 1;
        continue;
      }
      if (consider(m, read(m))) break;
    }
  };

  // 月 and 월 lie outside the Latin blocks: a text with no unit there (known once per text) is not searched.
  const latinBlocksOnly = firstOutsideLatinBlocks(body) < 0;
  for (const { re, on, read, wordStart, needs, startsWith } of fixedPatterns) {
    const text = window(on === 'body' ? body : folded);
    if (needs !== undefined && latinBlocksOnly && isOutsideLatinBlocks(needs.charCodeAt(0))) continue;
    if (needs !== undefined && !text.includes(needs)) continue;
    const from = startsWith ? firstCueStart(text, Math.max(...startsWith.map((w) => w.length))) : 0;
    if (from >= 0) scan(re, text, wordStart === true, read, from);
  }

  const mdFirst = monthFirst(language);
  scan(NUMERIC, window(folded), true, (m) => {
    const a = Number(m[1]);
    const b = Number(m[3]);
    // An impossible month in the language's order means the writer used the other one.
    const [day, month] = mdFirst ? (a > 12 ? [a, b] : [b, a]) : b > 12 ? [b, a] : [a, b];
    return [day, month, Number(m[4])];
  });

  const afterWeekday = weekdayPattern(language);
  if (afterWeekday) {
    const text = window(folded);
    const from = firstDayMonth(text);
    if (from >= 0)
      scan(
        afterWeekday,
        text,
        true,
        (m) => {
          const a = Number(m[1]);
          const b = Number(m[3]);
          const [day, month] = mdFirst ? [b, a] : [a, b];
          return [day, month, m[4] ? Number(m[4]) : null];
        },
        Math.max(0, from - LONGEST_WEEKDAY),
      );
  }

  for (const { names, dayFirst, monthFirst: monthFirstRe } of namePatterns(folded, language)) {
    scan(dayFirst, window(folded), true, (m) => [
      Number(m[1]),
      names.get(m[2]!)!,
      m[3] ? Number(m[3]) : null,
    ]);
    scan(monthFirstRe, window(folded), true, (m) => [
      Number(m[2]),
      names.get(m[1]!)!,
      m[3] ? Number(m[3]) : null,
    ]);
  }
  return best;
}

/** A day and a month joined by a separator, as the cue pattern reads them after its white space. */
const DAY_MONTH = /\d{1,2}[./-]\d/g;

/**
 * Where a match of the cue pattern can start at the earliest: `longest` units (its longest cue) before the
 * white space that precedes its first day and month ("12/6"); -1 when the text has none. The digit-first
 * search is several times cheaper than the cue pattern's own scan, which needs it.
 */
function firstCueStart(text: string, longest: number): number {
  DAY_MONTH.lastIndex = 0;
  for (let m = DAY_MONTH.exec(text); m !== null; m = DAY_MONTH.exec(text)) {
    let k = m.index;
    if (k === 0 || !isSpaceCode(text.charCodeAt(k - 1))) continue;
    while (k > 0 && isSpaceCode(text.charCodeAt(k - 1))) k--;
    return Math.max(0, k - longest);
  }
  return -1;
}

/** Most code units from a weekday's first letter to the day after it ("donnerstag, (", "thu bay (" and more). */
const LONGEST_WEEKDAY = 24;

const weekdayCache = new Map<string, RegExp | null>();

/**
 * A day and a month (a year may follow) right after a weekday of the language, bracketed or after a comma:
 * "sabado (19/07)", "samedi 19/7", "thu bay (19/7/2025)"; in the language's own order (en: month first).
 */
function weekdayPattern(language: string): RegExp | null {
  let hit = weekdayCache.get(language);
  if (hit === undefined) {
    const names = weekdayNames(language);
    hit =
      names.length === 0
        ? null
        : new RegExp(
            `(?:${[...names]
              .sort((x, y) => y.length - x.length)
              .map(escapeRegExp)
              .join('|')}),?\\s*\\(?(\\d{1,2})([./])(\\d{1,2})(?:\\2${YEAR})?(?![\\d.,]\\d)\\)?`,
            'gu',
          );
    weekdayCache.set(language, hit);
  }
  return hit;
}

/** Where the first day and month joined by a separator ("19/07") starts; -1 when the text has none. */
function firstDayMonth(text: string): number {
  DAY_MONTH.lastIndex = 0;
  return DAY_MONTH.exec(text)?.index ?? -1;
}

interface NamePatterns {
  readonly names: ReadonlyMap<string, number>;
  readonly dayFirst: RegExp;
  readonly monthFirst: DayAfterWordSearch;
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
  // Longest first, grouped by first letter (text/regex.ts): the same matches, and at each position of the text
  // the engine tries the names of its letter only, not every name in turn.
  const sorted = [...names.keys()].sort((x, y) => y.length - x.length);
  const alternation = literalAlternation(sorted);
  return {
    names,
    // 12 juin (2024), 12. Juni, 12 de junio de 2024, 14th of July, 12 июня 2024 г.
    dayFirst: new RegExp(
      `(\\d{1,2})(?:\\.|er|st|nd|rd|th|º)?\\s+(?:(?:de|of|del)\\s+)?(${alternation})\\.?${WORD_END}(?:,?\\s+(?:(?:de|del)\\s+)?${YEAR}${NOT_LETTER_AFTER})?`,
      'gu',
    ),
    // June 12(th)(, 2024)
    monthFirst: new DayAfterWordSearch(
      new RegExp(
        `(${alternation})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?${NOT_LETTER_AFTER}(?!\\s*[:h]\\d)(?:,?\\s+${YEAR}${NOT_LETTER_AFTER})?`,
        'gu',
      ),
      sorted.some((name) => /\d|\s$/u.test(name)) ? null : new RegExp(`(?<=(?:${alternation})\\.?)`, 'uy'),
      (sorted[0]?.length ?? 0) + 1,
    ),
  };
}

function namesFor(folded: string, language: string): [string, ReadonlyMap<string, number>][] {
  const lists: [string, ReadonlyMap<string, number>][] = [[language, monthNames(language)]];
  // Only when the text holds letters outside the Latin script: a Latin text never needs them.
  if (hasNonLatinLetter(folded)) {
    for (const other of OTHER_SCRIPT_LANGUAGES)
      if (other !== language) lists.push([other, monthNames(other)]);
  }
  return lists;
}

// Letters of another script than Latin can only be outside the blocks that hold only Latin letters, digits
// and punctuation (U+0000–U+024F, U+1E00–U+1EFF, U+2000–U+206F); the few code points outside them are tested
// one by one. The regex engine finds those code units (no u flag: a class of code units) several times faster
// than a loop over every unit, and most texts have none at all.
const NON_LATIN_LETTER = /[^\p{Script=Latin}\P{L}]/u;
// eslint-disable-next-line no-control-regex -- the class starts at U+0000: every unit below U+0250 is Latin-block
const OUTSIDE_LATIN_BLOCKS = /[^\u0000-\u024f\u1e00-\u1eff\u2000-\u206f]/g;

function hasNonLatinLetter(text: string): boolean {
  // The first such unit is known once per text (the places stage asks too); the search goes on from there.
  const first = firstOutsideLatinBlocks(text);
  if (first < 0) return false;
  OUTSIDE_LATIN_BLOCKS.lastIndex = first;
  for (let m = OUTSIDE_LATIN_BLOCKS.exec(text); m !== null; m = OUTSIDE_LATIN_BLOCKS.exec(text)) {
    const cp = text.codePointAt(m.index)!;
    if (NON_LATIN_LETTER.test(String.fromCodePoint(cp))) return true;
    // The pair's second half is no letter alone: skip it, as the code point was tested whole.
    if (cp > 0xffff) OUTSIDE_LATIN_BLOCKS.lastIndex = m.index + 2;
  }
  return false;
}

export function isValid(day: number, month: number, year: number | null): boolean {
  if (!Number.isInteger(day) || !Number.isInteger(month) || month < 1 || month > 12 || day < 1) return false;
  // Without a year, 29 February may be right: check against a leap year.
  return day <= new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate();
}
