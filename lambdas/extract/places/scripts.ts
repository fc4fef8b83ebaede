/**
 * Place names in caseless scripts (Chinese, Japanese, Korean, Thai): these are written without capitals and,
 * but for Korean, without spaces between words, so the word matcher (match.ts) cannot see them. Names are
 * found by substring at each code unit that starts one (gazetteer.scriptNames), longest first, and kept where
 * the script's word boundaries allow:
 * - Han: a two-character name is often an ordinary word too (和平 "peace", 太平, 河南 the Chinese province),
 *   so it needs a type word after it (省, 市...) unless it is a centrally-run city;
 * - kana: a katakana name is not part of a longer katakana word;
 * - Hangul: a name starts a word (particles and type suffixes follow it: 하띤성에서);
 * - Thai: the name starts and ends on a word boundary of Intl.Segmenter (ICU's dictionary), or a type word
 *   (จังหวัด) stands right before it.
 * Type words and subject phrases are read from the language's places.json as written, glued or after a space.
 */
import type { Gazetteer, ScriptName } from './gazetteer.js';
import type { Affixes, PlaceCategory } from './lexicon.js';
import { isDateline } from './dateline.js';
import type { Candidate } from './match.js';
import { listCategory } from './han-list.js';
import { suffixEndsWord } from './hangul-words.js';
import { spacedNameEnd } from './spaced.js';
import { spanMemo } from '../text/memo.js';
import { ARABIC_PROCLITICS } from '../text/arabic-article.js';
import { QUOTATION_MARKS, openingMarks } from '../text/quotation-marks.js';
import { stemBeforeVowelSign } from './indic.js';
import { firstOutsideLatinBlocks, isLetterOrMarkAt, isOutsideLatinBlocks } from '../text/chars.js';
import { isThaiToneOnly, thaiMatchEnd } from '../text/thai.js';

type Script = 'han' | 'kana' | 'hangul' | 'thai' | 'arabic' | 'indic' | 'khmer' | 'other';

function scriptOf(c: number): Script {
  if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f)) return 'arabic';
  // Devanagari to Malayalam: words are spaced, but the scripts after Devanagari glue case endings to a name
  // ("লাও কাইতে", "ஹனோய்க்கு", "క్వాంగ్ నామ్కు").
  if (c >= 0x0900 && c <= 0x0d7f) return 'indic';
  if (c >= 0x1780 && c <= 0x17ff) return 'khmer';
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff))
    return 'han';
  if (c >= 0x30a0 && c <= 0x30ff && c !== 0x30fb) return 'kana';
  if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f))
    return 'hangul';
  if (c >= 0x0e00 && c <= 0x0e7f) return 'thai';
  return 'other';
}

/** Scripts whose names may be written with a separator inside them (spaced.ts). */
const SPACED_SCRIPTS: ReadonlySet<Script> = new Set(['hangul', 'kana', 'han']);

/** Names below U+0600 (Latin, Greek, Cyrillic...) are never in scriptNames: a cheap first test per code unit. */
const FIRST_CASELESS = 0x0600;

/** Could a name in scriptNames start with this unit? Not a Latin letter with Vietnamese marks (U+1E00–1EFF). */
function isScriptStart(c: number): boolean {
  return c >= FIRST_CASELESS && (c < 0x1e00 || c > 0x1eff);
}

interface VisitPatterns {
  /** Finds the next unit to visit. */
  readonly visit: RegExp;
  /** A wider class (units from the lowest one to visit up, but for Vietnamese letters): a quick first test. */
  readonly any: RegExp;
  /** Every unit to visit lies outside the Latin blocks (text/chars.ts). */
  readonly outside: boolean;
}

const unitsToVisit = new WeakMap<ReadonlyMap<number, readonly ScriptName[]>, VisitPatterns>();

/**
 * The code units where the scan below can find a name: the first units of scriptNames and every Thai unit
 * (a Thai name is looked up from the unit after a silent ห). A text in another script has none or few of
 * them, and the regex engine's search for the next one is several times cheaper than a JavaScript loop
 * visiting every unit; the units skipped are those where the loop finds no name list. Most texts have no
 * unit of that (large) class at all, which a test of a class of two ranges tells several times faster.
 */
function visitPatterns(scriptNames: ReadonlyMap<number, readonly ScriptName[]>): VisitPatterns {
  let patterns = unitsToVisit.get(scriptNames);
  if (!patterns) {
    const hex = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;
    const codes = [...scriptNames.keys()].filter((c) => c >= FIRST_CASELESS);
    const units = codes.map(hex);
    // No u flag: the class is of code units, as the loop reads them.
    const visit = new RegExp(`[${units.join('')}${hex(0x0e00)}-${hex(0x0e7f)}]`, 'g');
    const lowest = Math.min(0x0e00, ...codes);
    // Vietnamese letters (U+1E00–1EFF) are left out of the quick test only when no unit to visit is one.
    const vietnamese = codes.some((c) => c >= 0x1e00 && c <= 0x1eff) || lowest >= 0x1e00;
    const any = vietnamese
      ? new RegExp(`[${hex(lowest)}-\\uffff]`)
      : new RegExp(`[${hex(lowest)}-\\u1dff\\u1f00-\\uffff]`);
    // Every unit to visit outside the Latin blocks (as the scripts' names are): a text with no such unit,
    // known from one scan shared with other stages, has nothing to visit.
    const outside = codes.every(isOutsideLatinBlocks);
    patterns = { visit, any, outside };
    unitsToVisit.set(scriptNames, patterns);
  }
  return patterns;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x3000;
}

/** No phrase: a role the lexicons write on one side only. */
const NO_PHRASES: ReadonlySet<string> = new Set();

/** What affixRoles reads of a place name's surroundings. */
export interface AffixRoles {
  readonly subject: boolean;
  readonly residence: boolean;
  readonly reference: boolean;
  readonly movement: boolean;
}

/**
 * A candidate's role fields from affixRoles: subject and residence always, reference and movement only where
 * they hold (a candidate without them has neither).
 */
export function roleFields({ subject, residence, reference, movement }: AffixRoles): {
  subject: boolean;
  residence: boolean;
  reference?: true;
  movement?: true;
} {
  return {
    subject,
    residence,
    ...(reference ? { reference: true } : {}),
    ...(movement ? { movement: true } : {}),
  };
}

/**
 * What the phrases around a place name written in another script make of it, in order: the acting unit's
 * place (a force or office before or after it, or linked to it), else a home or origin ("하띤성 출신",
 * "ハティン省出身", "居住在演州县"), else a point of reference (a road named after it: "ทางหลวงสาย X"), else a
 * destination. [from, to) is the name with its type word.
 */
export function affixRoles(
  body: string,
  from: number,
  to: number,
  affixes: Affixes,
  linked: () => boolean = () => false,
): AffixRoles {
  // The phrases either side, cut and lower-cased once for the three tests (each was 1 to maxLength slices
  // per side), and only when a test reaches them: as phraseBefore and phraseAfter would read them.
  let before: string[] | undefined;
  let after: string[] | undefined;
  const around = (b: ReadonlySet<string>, a: ReadonlySet<string>): boolean =>
    (before ??= phrasesBefore(body, from, affixes.maxLength)).some((p) => b.has(p)) ||
    (after ??= phrasesAfter(body, to, affixes.maxLength)).some((p) => a.has(p));
  const subject = around(affixes.subjectBefore, affixes.subjectAfter) || linked();
  const residence = !subject && around(affixes.residenceBefore, affixes.residenceAfter);
  const reference = !subject && !residence && around(affixes.referenceBefore, NO_PHRASES);
  const movement =
    !subject && !residence && !reference && around(affixes.movementBefore, affixes.movementAfter);
  return { subject, residence, reference, movement };
}

/** Every phrase phraseBefore tries, lower-cased, longest first. */
function phrasesBefore(body: string, end: number, maxLength: number): string[] {
  const at = endBefore(body, end);
  const out: string[] = [];
  for (let n = Math.min(maxLength, at); n >= 1; n--) out.push(body.slice(at - n, at).toLowerCase());
  return out;
}

/** Every phrase phraseAfter tries, lower-cased, longest first. */
function phrasesAfter(body: string, start: number, maxLength: number): string[] {
  const at = startAfter(body, start);
  const out: string[] = [];
  for (let n = Math.min(maxLength, body.length - at); n >= 1; n--)
    out.push(body.slice(at, at + n).toLowerCase());
  return out;
}

/**
 * Quotation marks a name may open with right after its type word or force: the Arabic press quotes a foreign
 * name it transcribes (شرطة "ها تينه", the police of "Hà Tĩnh"), as others do with « » or “ ”: the opening speech
 * marks of the inventory (text/quotation-marks.ts), every one a single code unit.
 */
const OPENING_QUOTES: ReadonlySet<number> = new Set(
  [...openingMarks(QUOTATION_MARKS.filter((m) => m.speech))].map((mark) => mark.charCodeAt(0)),
);

/** Where a phrase before `end` ends: an opening quote, then one space, before the name are left out. */
function endBefore(body: string, end: number): number {
  const at = end > 0 && OPENING_QUOTES.has(body.charCodeAt(end - 1)) ? end - 1 : end;
  return at > 0 && isSpace(body.charCodeAt(at - 1)) ? at - 1 : at;
}

/** Where a phrase after `start` starts: one space after the name is left out. */
function startAfter(body: string, start: number): number {
  return isSpace(body.charCodeAt(start)) ? start + 1 : start;
}

export function phraseBefore<T>(
  body: string,
  end: number,
  maxLength: number,
  get: (phrase: string) => T | undefined,
): { value: T; from: number } | null {
  const at = endBefore(body, end);
  for (let n = Math.min(maxLength, at); n >= 1; n--) {
    const value = get(body.slice(at - n, at).toLowerCase());
    if (value !== undefined) return { value, from: at - n };
  }
  return null;
}

export function phraseAfter<T>(
  body: string,
  start: number,
  maxLength: number,
  get: (phrase: string) => T | undefined,
): { value: T; to: number } | null {
  const at = startAfter(body, start);
  for (let n = Math.min(maxLength, body.length - at); n >= 1; n--) {
    const value = get(body.slice(at, at + n).toLowerCase());
    if (value !== undefined) return { value, to: at + n };
  }
  return null;
}

let segmenter: Intl.Segmenter | undefined;

/** Most letters of a Thai key of one syllable (a vowel sign and a consonant: "เว" of "เว้"). */
const SHORT_THAI_KEY = 2;

/** How many times ห is written in a Thai run (as a silent tone-class mark or not). */
function hoCount(text: string): number {
  let n = 0;
  for (const c of text) if (c === 'ห') n++;
  return n;
}

/**
 * The boundaries of the lines of the body last segmented (text/memo.ts): the Thai readings ask again for the
 * line of every type word it holds (a paragraph naming ten provinces was segmented ten times, 13 % of a Thai
 * article's time), and the script names ask too.
 */
const lineBoundaries = spanMemo<ReadonlySet<number>>();

/** Word boundaries of the Thai text around [start, end): segmenting only the line, not the whole body. */
export function thaiBoundaries(body: string, start: number, end: number): ReadonlySet<number> {
  const from = body.lastIndexOf('\n', start) + 1;
  const nl = body.indexOf('\n', end);
  const to = nl < 0 ? body.length : nl;
  return lineBoundaries(body, '', from, to, () => {
    segmenter ??= new Intl.Segmenter('th', { granularity: 'word' });
    const out = new Set<number>([from, to]);
    for (const s of segmenter.segment(body.slice(from, to))) out.add(from + s.index);
    return out;
  });
}

/**
 * Where a Thai word starts that the segmenter glued to the end of a foreign name before it: a name it does not
 * know loses its last letter to the word after it ("บิ่ญเติน|กำลัง" segments "…เติ|นกำ|ลัง"), so no boundary
 * ends the name. A position in (start, end) is one when the line segmented from there opens with a segment that
 * ends on a boundary of the whole line's segmentation and runs across another ("กำลัง" over "นกำ|ลัง"): a word
 * the cut letter had hidden, not a piece the first segmentation already had.
 */
export function thaiGluedWordStarts(
  body: string,
  start: number,
  end: number,
  boundaries: ReadonlySet<number>,
): ReadonlySet<number> {
  // Segmented up to the first space after the run, not the line's end: a space always ends a word (no word
  // rule joins a letter to it), so the first segment is the same, and each call copies and reads one phrase, not
  // the rest of the line (a long Thai line with many type words cost its length squared).
  const nl = body.indexOf('\n', end);
  const lineEnd = nl < 0 ? body.length : nl;
  const space = body.indexOf(' ', end);
  const to = space < 0 || space > lineEnd ? lineEnd : space;
  segmenter ??= new Intl.Segmenter('th', { granularity: 'word' });
  const out = new Set<number>();
  for (let k = start + 1; k < end; k++) {
    if (boundaries.has(k)) continue;
    const first = segmenter.segment(body.slice(k, to))[Symbol.iterator]().next().value;
    if (first === undefined) continue;
    const wordEnd = k + first.segment.length;
    if (!boundaries.has(wordEnd)) continue;
    let crosses = false;
    for (let b = k + 1; b < wordEnd && !crosses; b++) crosses = boundaries.has(b);
    if (crosses) out.add(k);
  }
  return out;
}

export function findScriptCandidates(body: string, gaz: Gazetteer, affixes: Affixes): Candidate[] {
  const out: Candidate[] = [];
  const { scriptNames } = gaz;
  if (scriptNames.size === 0) return out;
  let thai: { line: number; boundaries: ReadonlySet<number> } | undefined;
  const { visit, any, outside } = visitPatterns(scriptNames);
  if ((outside && firstOutsideLatinBlocks(body) < 0) || !any.test(body)) return out;
  const n = body.length;
  let i = 0;
  while (i < n) {
    visit.lastIndex = i;
    const next = visit.exec(body);
    if (next === null) break;
    i = next.index;
    const c = body.charCodeAt(i);
    const thaiUnit = c >= 0x0e00 && c <= 0x0e7f;
    // A Thai name may start with a silent ห, which its key leaves out: it is looked up from the next unit.
    const at = thaiUnit && isThaiToneOnly(body, i) ? i + 1 : i;
    const list = isScriptStart(c) ? scriptNames.get(body.charCodeAt(at)) : undefined;
    if (list === undefined) {
      i++;
      continue;
    }
    let found: Candidate | null = null;
    for (const name of list) {
      let end = thaiUnit
        ? thaiMatchEnd(body, at, name.text)
        : body.startsWith(name.text, i)
          ? i + name.text.length
          : stemBeforeVowelSign(body, i, name.text);
      // Hangul, kana and Han names written with a space or middle dot inside them (spaced.ts): beside a type word.
      const spaced = end < 0 && SPACED_SCRIPTS.has(scriptOf(c));
      if (spaced) end = spacedNameEnd(body, i, name.text);
      if (end < 0) continue;
      const typeBefore = phraseBefore(body, i, affixes.maxLength, (p) => affixes.before.get(p));
      // "하띤(Hà Tĩnh)성", "동나이(Đồng Nai) 소재": what follows a name's gloss in brackets follows the name.
      const glossed = afterGloss(body, end);
      const after = typeBefore
        ? null
        : phraseAfter(body, glossed, affixes.maxLength, (p) => affixes.after.get(p));
      // A Korean suffix that also opens common words ("하노이 동쪽", east of Hanoi) is a type only as a word's end.
      const typeAfter =
        after !== null && scriptOf(c) === 'hangul' && !suffixEndsWord(body, after.to) ? null : after;
      const script = scriptOf(c);
      const category: PlaceCategory | null =
        typeBefore?.value ??
        typeAfter?.value ??
        (script === 'han' && name.text.length <= 2
          ? listCategory(
              body,
              i,
              end,
              gaz,
              (at) => phraseAfter(body, at, affixes.maxLength, (p) => affixes.after.get(p))?.value ?? null,
            )
          : null);
      if (spaced && (typeBefore ?? typeAfter) === null) continue;
      if (category === null && script === 'indic' && afterFamilyName(body, i, affixes)) continue;
      const dateline = isDateline(body, i, end + 3, end) && !isGloss(body, end, glossed);
      const policed = (): boolean => namesItsForce(body, i, end, affixes);
      if (!fits(script, body, i, end, name, category, gaz, dateline, policed)) continue;
      if (script === 'thai' && category === null) {
        const line = body.lastIndexOf('\n', i);
        if (thai === undefined || thai.line !== line)
          thai = { line, boundaries: thaiBoundaries(body, i, end) };
        if (!thai.boundaries.has(i) || !thai.boundaries.has(end)) continue;
        // A name of one syllable ("เว้", Huế) read through a silent ห is another word: "ตกเหว", fell into a
        // ravine, a common word of accident news.
        if (name.text.length <= SHORT_THAI_KEY && hoCount(body.slice(i, end)) > hoCount(name.text)) continue;
      }
      const from = typeBefore ? typeBefore.from : i;
      const to = typeAfter ? afterGloss(body, typeAfter.to) : glossed;
      const roles = roleFields(affixRoles(body, from, to, affixes, () => linkedUnit(body, to, affixes)));
      found = {
        start: i,
        end,
        // A whole name in these scripts, never one short word that could be something else.
        words: 2,
        entries: [name.entry],
        category,
        ...roles,
        afterPersonName: false,
        startsWithFamilyName: false,
        figure: false,
        dateline,
      };
      break;
    }
    if (found) {
      out.push(found);
      i = found.end;
    } else i++;
  }
  return out;
}

/**
 * The word right before `at` (one space between) is a Vietnamese family name as the language writes it in its
 * script (Affixes.familyNames): a bare name after it ends a person's name ("নগুয়েন সন লা", Nguyễn Sơn La).
 */
function afterFamilyName(body: string, at: number, affixes: Affixes): boolean {
  if (affixes.familyNames.size === 0 || !isSpace(body.charCodeAt(at - 1))) return false;
  let from = at - 1;
  while (from > 0 && isLetterOrMarkAt(body, from - 1)) from--;
  return affixes.familyNames.has(body.slice(from, at - 1).toLowerCase());
}

/** Brackets that open a gloss of the name before them: ( and the full-width （. */
const GLOSS_OPEN = new Set([0x28, 0xff08]);
const GLOSS_CLOSE = /[)）]/;
/** Longest gloss skipped, in code units. */
const MAX_GLOSS = 40;
// Module-level: a `\p{…}` literal would be compiled again on every call in the bundle.
const LOWER_CASE_LETTER = /\p{Ll}/u;

/** Just past a gloss in brackets that opens at `end` ("(Đồng Nai)"), or `end` when there is none. */
export function afterGloss(body: string, end: number): number {
  if (!GLOSS_OPEN.has(body.charCodeAt(end))) return end;
  const inside = body.slice(end + 1, end + 1 + MAX_GLOSS);
  const close = inside.search(GLOSS_CLOSE);
  if (close < 0 || inside.slice(0, close).includes('\n')) return end;
  return end + close + 2;
}

/**
 * The brackets after a name hold its gloss ("동나이(Đồng Nai) 소재"), not a dateline's agency ("하노이(VNA) -",
 * "ハノイ（ベトナム通信）–"): the gloss is written in lower case too and no dash or colon follows it.
 */
function isGloss(body: string, end: number, after: number): boolean {
  if (after === end || !LOWER_CASE_LETTER.test(body.slice(end + 1, after - 1))) return false;
  const next = body.slice(after, after + 3).trimStart()[0];
  return next === undefined || !'-–—:,'.includes(next);
}

/**
 * A unit named after the place through a link word ("ラオカイ省の国境警備隊", "동나이 소재 해안경비대", "老街省的边防"):
 * the place is that unit's, the article's subject.
 */
function linkedUnit(body: string, at: number, affixes: Affixes): boolean {
  const isLink = (p: string): true | undefined => (affixes.subjectLinks.has(p) ? true : undefined);
  const isUnit = (p: string): true | undefined => (affixes.subjectAfter.has(p) ? true : undefined);
  const link = phraseAfter(body, at, affixes.maxLength, isLink);
  if (link === null) return false;
  if (phraseAfter(body, link.to, affixes.maxLength, isUnit) !== null) return true;
  // Or a unit at a place of it, linked again, in the same clause: "ロンアン省のカインビン国境ゲートにある国境警備署".
  for (let k = link.to + 1; k < link.to + MAX_LINKED && k < body.length; k++) {
    if (CLAUSE_END.test(body[k]!)) return false;
    const again = phraseAfter(body, k, affixes.maxLength, isLink);
    if (again !== null && phraseAfter(body, again.to, affixes.maxLength, isUnit) !== null) return true;
  }
  return false;
}

/** Most code units between a link and the link of the unit a place holds. */
const MAX_LINKED = 20;
const CLAUSE_END = /[、。，,.;；\n]/;

/** A name starts an Arabic word, or follows one of its one-letter prefixes ("وهانوي", and Hanoi). */
function arabicWordStart(body: string, start: number): boolean {
  if (!letterAt(body, start - 1)) return true;
  return ARABIC_PROCLITICS.has(body[start - 1]!) && !letterAt(body, start - 2);
}

function letterAt(body: string, i: number): boolean {
  return i >= 0 && i < body.length && isLetterOrMarkAt(body, i);
}

/**
 * Whether a police force is named by the name from `start` to `end`: a force word written after it ("ہیو
 * پولیس"), or before it where the language writes the force first only ("شرطة هيو"): Urdu's "پولیس" before a
 * name opens a clause ("پولیس نے …") and names no place.
 */
function namesItsForce(body: string, start: number, end: number, affixes: Affixes): boolean {
  const isAfter = (p: string): true | undefined => (affixes.subjectAfter.has(p) ? true : undefined);
  if (phraseAfter(body, end, affixes.maxLength, isAfter) !== null) return true;
  const isBefore = (p: string): string | undefined => (affixes.subjectBefore.has(p) ? p : undefined);
  const before = phraseBefore(body, start, affixes.maxLength, isBefore);
  return before !== null && !affixes.subjectAfter.has(before.value);
}

/** Most letters of an Arabic-script name read only beside its type word. */
const SHORT_ARABIC_NAME = 3;

/** The script's own boundary rule (module comment); Thai is checked by the caller, with the segmenter. */
function fits(
  script: Script,
  body: string,
  start: number,
  end: number,
  name: ScriptName,
  category: PlaceCategory | null,
  gaz: Gazetteer,
  /** The name opens a wire's dateline ("中央社記者陳家倫老街19日專電"): the place the wire filed from. */
  dateline: boolean,
  /** Whether a police force is named by the name (namesItsForce). */
  policed: () => boolean,
): boolean {
  switch (script) {
    case 'han': {
      // A short name needs its type word, but a dateline says it is a place as well as one would.
      if (name.text.length > 2 || category !== null || dateline) return true;
      const e = name.entry;
      return e.level === 1 && gaz.provinces[e.province]!.centrallyRun;
    }
    case 'kana':
      return scriptOf(body.charCodeAt(start - 1)) !== 'kana' && scriptOf(body.charCodeAt(end)) !== 'kana';
    case 'hangul':
      return start === 0 || scriptOf(body.charCodeAt(start - 1)) !== 'hangul';
    case 'arabic':
      if (!arabicWordStart(body, start) || letterAt(body, end)) return false;
      // A name of three letters is a given name as often ("ہیو" is Huế, and Hiếu in "نگوین وان ہیو"): it
      // needs its type word ("ہیو شہر", "مدينة هيو"), a dateline, as a short Han name does, or its police
      // ("ہیو پولیس", "شرطة هيو"): a force is a place's, never a person's.
      return name.text.length > SHORT_ARABIC_NAME || category !== null || dateline || policed();
    case 'indic':
      // A name starts a word; in Devanagari it also ends one (a vowel sign after it makes another word).
      return !letterAt(body, start - 1) && (name.text.charCodeAt(0) >= 0x0980 || !letterAt(body, end));
    default:
      return true;
  }
}
