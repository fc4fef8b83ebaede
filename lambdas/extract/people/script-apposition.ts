/**
 * Officials named before their office in the spaced scripts without capitals (Arabic, Devanagari, Bengali,
 * Tamil, Hebrew): "تران فان سون، رئيس اللجنة الشعبية للمقاطعة،", "फाम वान डुक, प्रांतीय पुलिस के उप निदेशक,". The
 * office stands in the apposition the comma (or a dash between spaces) after the name opens (first in Arabic, last in the Indic
 * languages, which put the organisation before the office); the name is a Vietnamese family name in the
 * script and one or two more short words, read as after a rank (scripts.ts). An apposition a private cue
 * ("صياد", a fisherman, is none; "عصابة", a gang, is) or a former-word stands in names nobody.
 */
import { isLetterOrMarkAt } from '../text/chars.js';
import { unitsStartBefore } from '../text/words.js';
import { ARABIC_PROCLITICS } from '../text/arabic-article.js';
import type { Mention } from './judge.js';

/** What the apposition is read by (scripts.ts ScriptNameCues: roles longest first, private and former words). */
interface AppositionCues {
  readonly roles: readonly string[];
  readonly hanPrivate: { readonly privateCues: readonly string[]; readonly formerWords: readonly string[] };
}

/** Reads a name starting at `from` (scripts.ts nameAfterRank with the script bound). */
export type NameReader = (text: string, from: number) => { start: number; end: number } | null;

const COMMAS = new Set([',', '،']);
const DASHES = new Set(['-', '–', '—']);
/**
 * What ends an apposition: the next comma, a full stop (Urdu's "۔" too), a semicolon, a colon before a quotation
 * or a line break.
 */
const APPOSITION_END = /[,،.।۔؛;:\n]/u;
/** Most words an apposition with an office takes ("نائب مدير إدارة جمارك المقاطعة", "प्रांतीय पुलिस के उप निदेशक"). */
const APPOSITION_WORDS = 8;
/** Most words a Vietnamese name has in these scripts. */
const NAME_WORDS = 3;

export function namesBeforeAppositiveOffices(
  text: string,
  cues: AppositionCues,
  unit: RegExp,
  readName: NameReader,
  found: ReadonlyArray<{ start: number }>,
  isPlace: (name: string) => boolean,
): { start: number; mention: Mention }[] {
  const out: { start: number; mention: Mention }[] = [];
  const seen = new Set(found.map((f) => f.start));
  for (let c = 0; c < text.length; c++) {
    // A dash between spaces sets the apposition off as a comma does ("X - نائب قائد الجمارك: ..."); the name
    // then ends at the space before it.
    const dash = DASHES.has(text[c]!) && text[c - 1] === ' ' && text[c + 1] === ' ';
    if (!COMMAS.has(text[c]!) && !dash) continue;
    const name = nameEndingAt(text, dash ? c - 1 : c, unit, readName);
    if (name === null || seen.has(name.start)) continue;
    const role = appositiveOffice(text, c + 1, cues);
    if (role === null || namesPrivate(clauseBefore(text, name.start), cues)) continue;
    const written = text.slice(name.start, name.end);
    if (isPlace(written)) continue;
    seen.add(name.start);
    out.push({ start: name.start, mention: { name: written, rank: null, role } });
  }
  return out;
}

/** What sets an apposition off after a name kept in Latin letters: a comma, or a dash between spaces. */
const LATIN_NAME_APPOSITION = /^\s*(?:[,،]|\s[-–—](?=\s))/u;

/**
 * The office in the apposition after a Vietnamese name kept in Latin letters at [start, end) in these scripts,
 * set off by a comma or by a spaced dash as a list of officials writes it ("Phan Van Minh - … کے رکن، …"); null
 * when none, or when the clause before the name or the apposition names a private person.
 */
export function officeApposedToLatinName(
  text: string,
  start: number,
  end: number,
  cues: AppositionCues,
): string | null {
  const opening = LATIN_NAME_APPOSITION.exec(text.slice(end, end + 4));
  if (opening === null || namesPrivate(clauseBefore(text, start), cues)) return null;
  return appositiveOffice(text, end + opening[0].length, cues);
}

/** The name of two or three spaced words ending right before the comma at `comma`, the longest first. */
function nameEndingAt(
  text: string,
  comma: number,
  unit: RegExp,
  readName: NameReader,
): { start: number; end: number } | null {
  const starts: number[] = [];
  let at = comma;
  for (let words = 0; words < NAME_WORDS; words++) {
    const s = unitsStartBefore(text, at, unit);
    if (s === at) break;
    starts.push(s);
    if (s === 0 || text[s - 1] !== ' ') break;
    at = s - 1;
  }
  for (const start of starts.reverse()) {
    const name = readName(text, start);
    if (name !== null && name.end === comma) return name;
    // Arabic glues a one-letter preposition or conjunction to the name's first word ("وفقا لنجوين فان هونغ،",
    // according to Nguyễn Văn Hùng): the name starts after it, and is not cut to its last words ("فان هونغ").
    if (!ARABIC_PROCLITICS.has(text[start]!)) continue;
    const glued = readName(text, start + 1);
    if (glued !== null && glued.end === comma) return glued;
  }
  return null;
}

/** The apposition opened at `from` when an office stands in it and nothing private or former does. */
function appositiveOffice(text: string, from: number, cues: AppositionCues): string | null {
  const rest = text.slice(from, from + 160);
  const stop = APPOSITION_END.exec(rest);
  const apposition = (stop ? rest.slice(0, stop.index) : rest).trim();
  if (apposition === '' || apposition.split(/\s+/u).length > APPOSITION_WORDS) return null;
  if (!cues.roles.some((r) => apposition.includes(r)) || namesPrivate(apposition, cues)) return null;
  return apposition;
}

/** The clause before a name: back to the last comma, stop or line break ("اعتقلت الشرطة X، ..."). */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 120), at);
  let cut = before.length;
  while (cut > 0 && !APPOSITION_END.test(before[cut - 1]!)) cut--;
  return before.slice(cut);
}

/** Whether a private cue (a suspect's, a driver's, a company's) or a former-word stands in `words`. */
function namesPrivate(words: string, cues: AppositionCues): boolean {
  const { privateCues, formerWords } = cues.hanPrivate;
  return [...privateCues, ...formerWords].some((w) => startsAWord(words, w.replace(/\*$/u, '')));
}

/** Whether `cue` starts a word of `words` ("চালক", driver, is no word of "পরিচালক", director). */
function startsAWord(words: string, cue: string): boolean {
  for (let i = words.indexOf(cue); i >= 0; i = words.indexOf(cue, i + 1))
    if (i === 0 || !isLetterOrMarkAt(words, i - 1)) return true;
  return false;
}
