/**
 * Reads whether a place name opens its line as a wire's dateline does: the punctuation, bracket, agency or
 * outlet around it ("HANOI, Dec 1 (Reuters) -", "(하노이=연합뉴스)", "新华社河内5月3日电", "Liputan6.com, Hanoi -"),
 * and whether its date or agency is written out (datedDateline) for a name that, bare, would be read as no place.
 * Kept apart from match.ts so every script's matcher (Latin, Arabic, Greek, Thai, …) reads datelines one way.
 */
import { fold } from '../text/fold.js';

/** Punctuation that closes a dateline: ( , - – — : and the Khmer colon, the Devanagari danda (or the bar
 * written for it), the full-width colon and parenthesis, the Arabic comma, and the ellipsis the Urdu and Hindi
 * press close it with ("اسلام آباد…", "हनोई…"). */
const DATELINE_MARKS = new Set([
  0x28, 0x2c, 0x2d, 0x2013, 0x2014, 0x3a, 0x17d6, 0x0964, 0x7c, 0xff1a, 0xff08, 0x060c, 0x2026,
]);

/** Code units after a dateline's comma in which its date or agency must begin. */
const COMMA_DATELINE = 30;
/**
 * What a date or an agency brings after a dateline's comma: a figure (of any script: "हनोई ,०१ नवंबर।"), a
 * bracket, a dash, a slash.
 */
const DATELINE_AFTER_COMMA = /[\p{Nd}(（\-–—/]/u;
/**
 * A day right after a name that opens its line, in digits of any script: one or two of them, as a day of the
 * month is. A count there is the toll of a lead that opens with a verb ("لقى 36 شخصاً مصرعهم", "36 died").
 */
const DAY_AFTER_NAME = /^\s*(\p{Nd}{1,2})(?!\p{Nd})/u;
const LAST_DAY = 31;

/** At most `n` code units after `at`, up to the end of its line. */
function lineAfter(body: string, at: number, n: number): string {
  const rest = body.slice(at + 1, at + 1 + n);
  const cut = rest.indexOf('\n');
  return cut < 0 ? rest : rest.slice(0, cut);
}

/** Brackets a wire service opens its dateline with, place and agency inside: ( （ 【 */
const BRACKET_OPENERS = new Set([0x28, 0xff08, 0x3010]);

/**
 * What follows the place in such a bracket: an equals sign before the agency ("(하노이=연합뉴스)", Korean
 * wires) or the agency glued to it before the closing bracket ("【ハノイ共同】", Japanese wires).
 */
const BRACKETED_AGENCY = /^\s*(?:[=＝]|[^\s)）】]{1,8}】)/;

/**
 * A Chinese wire names its agency before the place, glued to it: "越通社河内——", "新华社河内5月3日电" (社: the
 * news agency). Most code units of such a name, 社 included.
 */
const AGENCY_NAME = 4;

/**
 * Code units of a Chinese agency's name ending at `k` and opening its line, or 0; a bracket before it goes with
 * it ("(法新社河内29日电)", the whole dateline in brackets).
 */
function agencyBefore(body: string, k: number): number {
  if (k < 1 || body[k] !== '社') return 0;
  let n = 1;
  while (n < AGENCY_NAME && k - n >= 0 && isHanUnit(body.charCodeAt(k - n))) n++;
  if (n < 2) return 0;
  const bracket = k - n >= 0 && BRACKET_OPENERS.has(body.charCodeAt(k - n)) ? 1 : 0;
  const open = k - n - bracket;
  if (open < 0 || body.charCodeAt(open) === 0x0a) return n + bracket;
  // A site that reposts the wire signs it first ("文/中央社記者…", text by; "圖/", photo by): the credit and its
  // slash open the line instead.
  const credit = creditBefore(body, open);
  return credit > 0 ? n + bracket + credit : 0;
}

/** Most Han units of a credit word before its slash ("文/", "撰文/"). */
const CREDIT_WORD = 2;

/** Code units of a credit word and its slash ending at `k` and opening its line ("文/", "文／"), or 0. */
function creditBefore(body: string, k: number): number {
  if (body[k] !== '/' && body[k] !== '／') return 0;
  let n = 1;
  while (n <= CREDIT_WORD && k - n >= 0 && isHanUnit(body.charCodeAt(k - n))) n++;
  if (n < 2) return 0;
  const open = k - n;
  return open < 0 || body.charCodeAt(open) === 0x0a ? n : 0;
}

/**
 * Code units of a Chinese agency's name and its reporter's byline ending at `k` and opening its line, or 0:
 * "(中央社記者陳家倫河內7日專電)" (the agency, 記者 reporter, the reporter's name, then the place). A name
 * of two to four Han units stands between 記者 and the place.
 */
function agencyReporterBefore(body: string, k: number): number {
  for (let name = 2; name <= REPORTER_NAME; name++) {
    const at = k - name;
    if (at < 2 || !isHanUnit(body.charCodeAt(k - name + 1))) break;
    const word = body.slice(at - 1, at + 1);
    if (word !== '記者' && word !== '记者') continue;
    const agency = agencyBefore(body, at - 2);
    return agency > 0 ? agency + 2 + name : 0;
  }
  return 0;
}

/** Most Han units of a reporter's name in a Chinese wire's byline. */
const REPORTER_NAME = 4;

function isHanUnit(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/**
 * A web outlet's name and a comma before the place, opening the line: "Liputan6.com, Hanoi -",
 * "REPUBLIKA.CO.ID, HANOI -" (Indonesian sites sign their wire stories so).
 */
const WEB_OUTLET_BEFORE = /^[ \t]*[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)+[ \t]*,$/u;

/** The first unit after `end` (spaces skipped) before the next word, at most three units on. */
function firstAfter(body: string, end: number, nextWord: number): number {
  return body
    .slice(end, Math.min(nextWord, end + 3))
    .trimStart()
    .charCodeAt(0);
}

/** A web outlet's name and comma (WEB_OUTLET_BEFORE) end at `k` and open its line. */
function outletBefore(body: string, k: number): boolean {
  if (k < 0 || body[k] !== ',') return false;
  const line = body.lastIndexOf('\n', k) + 1;
  return WEB_OUTLET_BEFORE.test(body.slice(line, k + 1));
}

/**
 * A name that opens a line (`start`) and is followed, once its type word is read (`end`), by the
 * punctuation of a dateline: "Hô Chi Minh-Ville (VNA) -", "Hanoi, 20 March –", "HANOI:", "हनोई|".
 */
export function isDateline(body: string, start: number, nextWord: number, end: number): boolean {
  let k = start - 1;
  while (k >= 0 && (body.charCodeAt(k) === 0x20 || body.charCodeAt(k) === 0x09)) k--;
  // After an outlet's name, any dateline punctuation: the outlet's name already says a dateline opens the line.
  if (outletBefore(body, k)) return DATELINE_MARKS.has(firstAfter(body, end, nextWord));
  const bracketed = k >= 0 && BRACKET_OPENERS.has(body.charCodeAt(k));
  if (bracketed) k--;
  else k -= agencyBefore(body, k) || agencyReporterBefore(body, k);
  if (k >= 0 && body.charCodeAt(k) !== 0x0a) return false;
  if (bracketed) return BRACKETED_AGENCY.test(body.slice(end, end + 12));
  const c = firstAfter(body, end, nextWord);
  // A comma opens a dateline only when the date or the agency follows on the line ("Hanoi, 20 March –", "HANOI,
  // Dec 1 (Reuters) -"): "Nghe An, Thanh Hoa police seize heroin" is a headline listing two provinces.
  if (c === 0x2c) return DATELINE_AFTER_COMMA.test(lineAfter(body, end, COMMA_DATELINE));
  if (DATELINE_MARKS.has(c)) return true;
  // Or the date right after the name, the day being a word of its own or not: "हनोई 02 अप्रैल (वार्ता)",
  // "Hanoi 12/3 –", "Hanoj 16. apríla (TASR) -".
  if (end >= nextWord) return false;
  const day = DAY_AFTER_NAME.exec(body.slice(end, end + 4));
  return day !== null && dayOfMonth(day[1]!) <= LAST_DAY;
}

/** The value of a day's one or two digits, of any script (fold reads each as its ASCII digit). */
function dayOfMonth(digits: string): number {
  let value = 0;
  for (const ch of digits) value = value * 10 + (Number(fold(ch)) || 0);
  return value;
}

/** Marks a headline opens with as a dateline does ("Ho Chi Minh – a life", "Ho Chi Minh: the years abroad"). */
const HEADLINE_MARKS = new Set([0x2d, 0x2013, 0x2014, 0x3a, 0xff1a, 0x7c, 0x0964, 0x17d6, 0x2026]);

/**
 * A dateline whose date or agency is written after the name ("Ho Chi Minh, 30 gen –", "Vinh (VNA) –"): what a
 * name must show to be read as the city the wire filed from when, bare, it is read as no place (a national
 * figure's name, one word). A dash or colon alone opens a headline about a man as well, a bracket with a figure
 * in it gives his years ("Ho Chi Minh (1890–1969)"), and a comma a dash or bracket does not close on the line
 * follows a person's name and age ("Vinh, 34, told police").
 */
export function datedDateline(body: string, start: number, nextWord: number, end: number): boolean {
  if (!isDateline(body, start, nextWord, end)) return false;
  const c = firstAfter(body, end, nextWord);
  if (HEADLINE_MARKS.has(c)) return false;
  if (c === 0x2c) return DATELINE_CLOSE.test(lineAfter(body, end, COMMA_DATELINE));
  return !BRACKET_OPENERS.has(c) || !/^\s*[(（]\s*\p{Nd}/u.test(body.slice(end, end + 6));
}

/** What closes a dateline's date on its line: a dash between spaces, or the agency's bracket. */
const DATELINE_CLOSE = /\s[-–—]\s|[(（]/;
