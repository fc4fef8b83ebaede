/**
 * Scripts written without spaces between words whose numbers are spelled in words of several letters (Thai,
 * Lao, Khmer, Burmese). ICU's word boundaries (Intl.Segmenter) find the words inside a run of letters, so that
 * a number word before its classifier is read as a number ("ผู้ต้องหาสองคน", two suspects; "ពីរនាក់", two
 * persons), and the word right before a number is known ("หมู่ 5", village 5; "มาตรา 249", article 249) where
 * a suffix test would take "เจ้าหน้าที่" (officials) for "ที่" (number...).
 */
import { letterRunEnd } from '../text/chars.js';
import { spanMemo } from '../text/memo.js';
import type { CompiledLexicon, UnitEntry, WordSet } from './lexicon.js';
import { GROUP_MULTIPLIERS, multipliedValue } from './multiplied.js';
import type { Token } from './token-types.js';

/** Languages whose runs of letters are segmented into words (the scripts ICU segments with a dictionary). */
const SEGMENTED = new Set(['th', 'lo', 'km', 'my']);

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) segmenters.set(language, (s = new Intl.Segmenter(language, { granularity: 'word' })));
  return s;
}

export function isSegmented(lex: Pick<CompiledLexicon, 'language' | 'glued'>): boolean {
  return lex.glued && SEGMENTED.has(lex.language);
}

/** Words as [start, end) offsets of the text; shared by the callers that ask for the same span, so read-only. */
type Words = readonly (readonly [number, number])[];

/**
 * The spans of the body last segmented (text/memo.ts): the percent word, the name word and the fate before a
 * number each ask for the same last words of the run before it (a fifth of the calls on the Thai, Lao, Khmer and
 * Burmese tuning articles asked again).
 */
const spanWords = spanMemo<Words>();

/**
 * The words of text[start, end), as [start, end) offsets. Segmented on the text as written: folding drops
 * parts of some letters (Burmese ဦ), which the segmenter's dictionary needs.
 */
function wordsOf(body: string, start: number, end: number, language: string): Words {
  return spanWords(body, language, start, end, () => {
    const out: [number, number][] = [];
    for (const s of segmenterFor(language).segment(body.slice(start, end)))
      out.push([start + s.index, start + s.index + s.segment.length]);
    return out;
  });
}

/**
 * The words of a run that holds a count, with ICU's cuts inside a number word written right before a unit or a
 * scale dropped and the number word made a word of its own: the dictionary sometimes joins the number word's
 * first letter to the word before ("อย่างน้อยหนึ่งคัน", at least one vehicle, is cut "อย่าง|น้อยห|นึ่ง|คัน"), and
 * the count is lost. A word ICU starts with the number word and ends past it takes its classifier with it (km
 * "មួយគូ", one pair, is one word): the number word is cut from it. A number word ICU keeps whole, or inside a
 * longer one ("สิบ" of "ยี่สิบ"), is left as cut.
 */
function countWordsOf(body: string, folded: string, start: number, end: number, lex: CompiledLexicon): Words {
  const words = wordsOf(body, start, end, lex.language);
  const cuts = new Set<number>();
  for (const [a, b] of words) cuts.add(a).add(b);
  let repaired = false;
  const run = folded.slice(start, end);
  for (const w of lex.numberWordList) {
    for (let at = run.indexOf(w); at >= 0; at = run.indexOf(w, at + 1)) {
      const from = start + at;
      const to = from + w.length;
      if (to >= end || !(lex.units.getPrefix(folded, to) ?? lex.scales.getPrefix(folded, to))) continue;
      let inside = false;
      for (let k = from + 1; k < to; k++) if (cuts.has(k)) inside = true;
      // The word begins with the number word and goes on into the classifier: cut it after the number word.
      const gluedClassifier = cuts.has(from) && !cuts.has(to);
      if (!inside && !gluedClassifier) continue;
      for (let k = from + 1; k < to; k++) cuts.delete(k);
      cuts.add(from).add(to);
      repaired = true;
    }
  }
  if (!repaired) return words;
  const sorted = [...cuts].sort((x, y) => x - y);
  return sorted.slice(1).map((b, k) => [sorted[k]!, b]);
}

/**
 * The values of the number words a word is made of, or null: a number word, or several written as one word
 * by the segmenter (Khmer "ម្ភៃប្រាំ", twenty-five), read longest first.
 */
function numberParts(word: string, lex: CompiledLexicon): number[] | null {
  const whole = lex.numberWords.get(word, false);
  if (whole !== undefined) return [whole];
  const out: number[] = [];
  for (let at = 0; at < word.length;) {
    let best = '';
    for (const w of lex.numberWordList) if (w.length > best.length && word.startsWith(w, at)) best = w;
    if (!best) return null;
    out.push(lex.numberWords.get(best, false)!);
    at += best.length;
  }
  return out.length > 0 ? out : null;
}

/**
 * Whether a number word of the lexicon stands in the run right before a unit or a scale: most runs hold none
 * ("สามารถ", can, holds สาม, three, before no classifier), and are not segmented.
 */
function mayCount(run: string, start: number, folded: string, lex: CompiledLexicon): boolean {
  for (const w of lex.numberWordList) {
    for (let at = run.indexOf(w); at >= 0; at = run.indexOf(w, at + 1)) {
      const after = start + at + w.length;
      if (after >= start + run.length) continue;
      if (lex.units.getPrefix(folded, after) ?? lex.scales.getPrefix(folded, after)) return true;
      // Tens and units written after the word (สาม|สิบ|ห้า|คน) are read when a classifier follows them.
      if (lex.numberWordList.some((v) => folded.startsWith(v, after))) return true;
    }
  }
  return false;
}

/** Whether the run holds a number word of one that is a personal numeral (km "ម្នាក់", one person). */
function holdsPersonOne(run: string, lex: CompiledLexicon): boolean {
  return lex.numberWordList.some(
    (w) => run.includes(w) && lex.numberWords.get(w, false) === 1 && lex.personNumbers.has(w),
  );
}

/** Whether a word of another (anotherBefore) stands in the run right before a unit: most runs hold none. */
function mayCountAnother(run: string, start: number, folded: string, lex: CompiledLexicon): boolean {
  for (const w of lex.anotherBefore) {
    for (let at = run.indexOf(w); at >= 0; at = run.indexOf(w, at + 1)) {
      const after = start + at + w.length;
      if (after < start + run.length && lex.units.getPrefix(folded, after)) return true;
    }
  }
  return false;
}

/**
 * Words k, k+1 and k+2 are a word of another, a classifier and the number word of one, after a noun the lexicon
 * counts (th "เรือประมง|อีก|ลำ|หนึ่ง", another fishing boat): one of that noun. Without the noun they name the
 * other of things already counted ("และ|อีก|คัน|หนึ่ง", and the other one), and a count of times or of cases
 * is no classifier of a thing (countableOne; "ใน|อีก|คดี|หนึ่ง", in another case, names no noun either).
 */
function anotherOneAt(folded: string, words: Words, k: number, lex: CompiledLexicon): boolean {
  if (k + 2 >= words.length) return false;
  const text = (j: number) => folded.slice(words[j]![0], words[j]![1]);
  if (!lex.anotherBefore.includes(text(k))) return false;
  const unit = lex.units.get(text(k + 1), false);
  if (unit === undefined || !countableOne(unit)) return false;
  const one = numberParts(text(k + 2), lex);
  return (
    one !== null && one.length === 1 && one[0] === 1 && nounOfUnitBefore(folded, words, k, unit.unit, lex)
  );
}

/**
 * The nearest noun the lexicon knows in the words right before word k, or at the start of one of them
 * ("รถยนต์", car, starts with รถ), names the classifier's unit: "ตำรวจยึดรถยนต์อีกคันหนึ่ง" counts a car, not a
 * police officer.
 */
function nounOfUnitBefore(
  folded: string,
  words: Words,
  k: number,
  unit: string,
  lex: CompiledLexicon,
): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 1 - MODIFIERS_AFTER_HEAD); j--) {
    const [from, to] = words[j]!;
    const head = lex.units.getPrefix(folded, from);
    if (head !== undefined && from + head.length <= to)
      return head.value.unit === unit && head.value.counter !== true;
  }
  return false;
}

/**
 * The number word one counts before this classifier (the one rule of one and a classifier): one of persons (as
 * "一名" in Chinese; "one" is as often "a" elsewhere), or, where the lexicon says one before a classifier is the
 * numeral (oneBeforeClassifier: Thai "รถยนต์หนึ่งคัน", one car, against "ชายคนหนึ่ง", a man), any countable
 * unit (countableOne), a classifier that counts by itself, or a generic classifier whose noun heads the words
 * right before (nounHeadsBefore: "រថយន្តមួយគ្រឿង", a car, one [machine classifier]).
 */
function countsOne(unit: UnitEntry, folded: string, words: Words, k: number, lex: CompiledLexicon): boolean {
  // A classifier that counts by itself (counterDefaults: km "មួយកន្លែង", one place) is the numeral's too where
  // one before a classifier is the numeral; a generic counter with no default, or whose default is only `other`
  // (km "លក់មួយគ្រឿង", sold one [machine]), still needs its noun: alone it names nothing worth a count.
  if (unit.counter === true)
    return (
      (lex.oneBeforeClassifier && unit.standalone === true && unit.unit !== 'other') ||
      nounHeadsBefore(folded, words, k, lex)
    );
  if (!lex.oneBeforeClassifier) return unit.unit === 'person';
  return countableOne(unit);
}

/**
 * A unit one of which is a count: no currency, no place's type word, and no group ("មនុស្សមួយក្រុម", "a group
 * of people": one group is the collective's article).
 */
function countableOne(unit: UnitEntry): boolean {
  return unit.currency === undefined && !NAMING_UNITS.has(unit.unit) && unit.unit !== 'group';
}

/**
 * A run of letters of a segmented script: number words in it become number tokens when a unit or a scale
 * starts right after them; the rest stays words. A number word of value 1 counts before a classifier (see
 * countsOne). Returns false when the run holds no number word, and then pushes nothing.
 */
export function pushSegmentedRun(
  raw: Token[],
  body: string,
  folded: string,
  start: number,
  end: number,
  lex: CompiledLexicon,
  wordToken: (from: number, to: number) => Token,
): boolean {
  const run = folded.slice(start, end);
  if (
    !mayCount(run, start, folded, lex) &&
    !holdsPersonOne(run, lex) &&
    !mayCountAnother(run, start, folded, lex)
  )
    return false;
  const words = countWordsOf(body, folded, start, end, lex);
  let from = start;
  let pushed = false;
  for (let k = 0; k < words.length;) {
    if (anotherOneAt(folded, words, k, lex)) {
      // The word of another stands for the number: one, and the classifier right after it is its unit.
      if (words[k]![0] > from) raw.push(wordToken(from, words[k]![0]));
      raw.push({
        kind: 'num',
        start: words[k]![0],
        end: words[k]![1],
        value: 1,
        spelled: true,
        plain: false,
        phone: false,
      });
      from = words[k]![1];
      pushed = true;
      k += 3;
      continue;
    }
    let b = k;
    const values: number[] = [];
    for (; b < words.length; b++) {
      const word = folded.slice(words[b]![0], words[b]![1]);
      // A scale word after number words is part of the number ("หนึ่ง|พัน|ห้า|ร้อย", one thousand five hundred).
      const scale = values.length > 0 ? lex.scales.get(word, false) : undefined;
      const parts = scale !== undefined ? [scale] : numberParts(word, lex);
      if (parts === null) break;
      values.push(...parts);
    }
    if (b === k) {
      k++;
      continue;
    }
    const numStart = words[k]![0];
    const numEnd = words[b - 1]![1];
    const value = multipliedValue(values);
    const unit = numEnd < end ? lex.units.getPrefix(folded, numEnd) : undefined;
    // "หลายร้อยคน", several hundred people: a hundred or a thousand alone is no count; nor is ten after a word
    // of vagueness ("หลายสิบนาย", several tens of officers), though "สิบนาย" is ten.
    const before = k > 0 ? folded.slice(words[k - 1]![0], words[k - 1]![1]) : '';
    const multiplierAlone =
      values.length === 1 &&
      (value >= 100 || (GROUP_MULTIPLIERS.has(value) && lex.vagueBeforeMultiplier.has(before)));
    // km "បុរសម្នាក់", a man (one person): one and the classifier of persons written as one word count one
    // person by themselves (personNumbers), wherever the run ends; "ម្នាក់ឯង" (alone) is another word.
    const personOne = b === k + 1 && value === 1 && lex.personNumbers.has(folded.slice(numStart, numEnd));
    const one = value === 1 && unit !== undefined && countsOne(unit.value, folded, words, k, lex);
    if (
      personOne ||
      (numEnd < end &&
        !multiplierAlone &&
        (value >= 2 || one) &&
        (unit ?? lex.scales.getPrefix(folded, numEnd)))
    ) {
      if (numStart > from) raw.push(wordToken(from, numStart));
      raw.push({
        kind: 'num',
        start: numStart,
        end: numEnd,
        value,
        spelled: true,
        plain: false,
        phone: false,
      });
      from = numEnd;
      pushed = true;
    }
    k = b;
  }
  if (!pushed) return false;
  if (end > from) raw.push(wordToken(from, end));
  return true;
}

/**
 * The word before the number one is a noun the lexicon counts, itself no classifier: a generic classifier after
 * one then counts that noun ("រថយន្តមួយគ្រឿង", a car, one [machine classifier]: one vehicle), as it does after
 * two ("ម៉ូតូពីរគ្រឿង"). Without such a noun one and the classifier stay uncounted ("មួយគ្រឿង" alone).
 */
function nounRightBefore(word: string, lex: CompiledLexicon): boolean {
  const entry = word === '' ? undefined : lex.units.get(word, false);
  return entry !== undefined && entry.counter !== true && countableOne(entry);
}

/**
 * The noun the number one and its classifier count heads the words right before them: the noun itself, or the
 * noun followed by up to MODIFIERS_AFTER_HEAD modifiers ("ភោជនីយដ្ឋាន|មាន់|មួយ|កន្លែង", a chicken restaurant, one
 * place), as unitHeadingRunEnd reads a head before digits. The nearest noun the lexicon knows decides.
 */
function nounHeadsBefore(folded: string, words: Words, k: number, lex: CompiledLexicon): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 1 - MODIFIERS_AFTER_HEAD); j--) {
    const word = folded.slice(words[j]![0], words[j]![1]);
    if (lex.units.get(word, false) !== undefined) return nounRightBefore(word, lex);
  }
  return false;
}

/** Units a number after a name word may still count: a place's type word after a number names it ("หมู่ 5 ตำบล…"). */
const NAMING_UNITS: ReadonlySet<string> = new Set(['locality', 'country']);

/** The unit word starting right after a number (a space between or none), when it is no length or time span. */
function unitAfter(folded: string, numberEnd: number, lex: CompiledLexicon): UnitEntry | undefined {
  const at = folded.charCodeAt(numberEnd) === 32 ? numberEnd + 1 : numberEnd;
  // "หมายเลข 1 กิโลเมตรที่ 45": a length or a time span is no classifier, though a unit ("กิโล") starts it.
  const run = folded.slice(at, letterRunEnd(folded, at));
  if (lex.distances.has(run) || lex.durations.has(run)) return undefined;
  return lex.units.getPrefix(folded, at)?.value;
}

/**
 * A classifier of a count starts right after the number (a space between or none): in these scripts a noun
 * stands before the number it is counted by ("โทรศัพท์ 7 เครื่อง", seven phones; "ที่ 5 จุด", at five
 * places), so a word before the number that elsewhere names it ("โทรศัพท์ 0912…", "ที่ 5") does not. A noun
 * after the number (nounsAfterNumber) is no classifier: "มาตรา 249 ผู้ต้องหา…" is article 249.
 */
export function countedByClassifier(folded: string, numberEnd: number, lex: CompiledLexicon): boolean {
  if (!isSegmented(lex)) return false;
  const unit = unitAfter(folded, numberEnd, lex);
  return (
    unit !== undefined && !NAMING_UNITS.has(unit.unit) && unit.currency === undefined && unit.noun !== true
  );
}

/** A noun the number would count follows it (nounsAfterNumber): after a year, it starts the clause the year dates. */
export function nounAfter(folded: string, numberEnd: number, lex: CompiledLexicon): boolean {
  return isSegmented(lex) && unitAfter(folded, numberEnd, lex)?.noun === true;
}

/**
 * The last words of the word token before a number, if only spaces (and, with `dots`, an abbreviation's dots)
 * stand between them and the number.
 */
function lastWordsBefore(
  body: string,
  word: Token | undefined,
  numberStart: number,
  lex: CompiledLexicon,
  dots: boolean,
): Words {
  if (word?.kind !== 'word' || !isSegmented(lex)) return [];
  for (let k = word.end; k < numberStart; k++) {
    const c = body.charCodeAt(k);
    if (c !== 32 && !(dots && c === 46)) return [];
  }
  // Only the tail of a long run is read: its last words are within the longest name word's reach.
  return wordsOf(body, Math.max(word.start, word.end - 24), word.end, lex.language);
}

/**
 * Where a word of percent written before the number starts ("ร้อยละ 15", fifteen per cent, as Thai and Lao
 * write it), or -1.
 */
export function percentWordBefore(
  body: string,
  word: Token | undefined,
  numberStart: number,
  lex: CompiledLexicon,
): number {
  if (word?.kind !== 'word') return -1;
  // "yüzde 12" (twelve per cent): Turkish writes its word of percent before the number, spaced. No language
  // writes a percent word right before a number that is not its percentage.
  if (!isSegmented(lex)) {
    const spaced = /^ +$/.test(body.slice(word.end, numberStart));
    return spaced && lex.units.get(word.text, false)?.unit === 'percent' ? word.start : -1;
  }
  // The word's text is folded, offsets are the body's. The segmenter may part the word ("ร้อย|ละ"): its last
  // word, or its last two.
  for (const [from] of lastWordsBefore(body, word, numberStart, lex, false).slice(-2).reverse()) {
    if (lex.units.get(word.text.slice(from - word.start), false)?.unit === 'percent') return from;
  }
  return -1;
}

/**
 * The word token right before a number ends in a name word of the lexicon ("ในหมู่ 5",
 * in village 5): its last word, or its last two, found by the segmenter.
 */
export function endsInNameWord(
  body: string,
  folded: string,
  word: Token,
  numberStart: number,
  lex: CompiledLexicon,
): boolean {
  // Spaces, or the dot of an abbreviation ("กม. 45", kilometre post 45), between the word and the number.
  const words = lastWordsBefore(body, word, numberStart, lex, true);
  const last = words[words.length - 1];
  if (!last) return false;
  const lastWord = folded.slice(last[0], last[1]);
  if (lex.nameWords.has(lastWord) || lex.months.has(lastWord)) return true;
  const before = words[words.length - 2];
  return before !== undefined && lex.nameWords.has(folded.slice(before[0], last[1]));
}

/** Words of a street's name the segmenter may cut between its street word and the number ("เลียน|คู"). */
const STREET_NAME_WORDS = 4;

/**
 * "ซอยถนนเลียนคู 4-5" (Lien Khu 4-5 street): Vietnam names streets after numbers too, and a segmented script
 * writes the street word (lexicon streetsBefore), the name and then its number, which counts nothing. The word
 * token right before the number holds a street word followed only by words of a name (no unit, no word of a
 * count or of a name of the lexicon): the number ends the street's name. The caller checks that no unit
 * follows the number ("ถนนยาว 5 กิโลเมตร" measures a road).
 */
export function endsStreetName(
  body: string,
  folded: string,
  word: Token | undefined,
  numberStart: number,
  lex: CompiledLexicon,
): boolean {
  const streets = lex.streetsBefore;
  if (streets === null) return false;
  const words = lastWordsBefore(body, word, numberStart, lex, false);
  const text = (k: number) => folded.slice(words[k]![0], words[k]![1]);
  for (let k = words.length - 2; k >= Math.max(0, words.length - 1 - STREET_NAME_WORDS); k--) {
    if (!streets.has(text(k))) continue;
    for (let m = k + 1; m < words.length; m++) {
      const w = text(m);
      if (
        lex.units.get(w, false) !== undefined ||
        lex.countPhrases.has(w) ||
        lex.approximate.has(w) ||
        lex.nameWords.has(w)
      )
        return false;
    }
    return true;
  }
  return false;
}

/** Words a fate, or a particle standing between it and the number, may be split into by the segmenter ("บาด|เจ็บ"). */
const FATE_WORDS = 3;

/**
 * The longest run of the last words of words[0, end) that is an entry of the set, as its first word's index,
 * or -1: the segmenter splits compounds ("เสีย|ชีวิต", died), so an entry may span several of its words.
 */
function entryEndingAt(words: Words, end: number, folded: string, set: WordSet): number {
  for (let k = Math.max(0, end - FATE_WORDS); k < end; k++) {
    if (set.has(folded.slice(words[k]![0], words[end - 1]![1]))) return k;
  }
  return -1;
}

/**
 * A fate of the lexicon's fatesBefore ends the run of letters before the number, past particles and cues of
 * approximation or of a count ("ดับแล้ว 9", nine dead already; "เสียชีวิตอย่างน้อย 9", at least nine dead).
 * Whole words only, as the segmenter finds them: "ระดับ 3" (level 3) ends in ดับ (died) but is no fate.
 */
export function fateBeforeNumber(
  body: string,
  folded: string,
  word: Token | undefined,
  numberStart: number,
  lex: CompiledLexicon,
): boolean {
  const fates = lex.fatesBefore;
  if (fates === null) return false;
  const words = lastWordsBefore(body, word, numberStart, lex, false);
  let end = words.length;
  for (;;) {
    if (end === 0) return false;
    if (entryEndingAt(words, end, folded, fates) >= 0) return true;
    const particle = Math.max(
      entryEndingAt(words, end, folded, lex.afterFate),
      entryEndingAt(words, end, folded, lex.approximate),
      entryEndingAt(words, end, folded, lex.countPhrases),
    );
    if (particle < 0) return false;
    end = particle;
  }
}

/** Modifier words a head noun may have after it in the run before a number ("ទូក|នេសាទ", fishing boat). */
const MODIFIERS_AFTER_HEAD = 2;

/**
 * The unit noun heading the last words of a run of letters before a number. Thai, Lao and Khmer put a noun's
 * modifiers after it ("ទូកនេសាទ ៣ គ្រឿង", three fishing boats; "เรือประมง"): the run may end with the
 * modifier, not the noun, and a generic classifier (គ្រឿង, machines) then counts what the noun names.
 */
export function unitHeadingRunEnd(text: string, lex: CompiledLexicon): UnitEntry | null {
  const words = [...segmenterFor(lex.language).segment(text)].map((w) => w.segment);
  let floor = Math.max(0, words.length - 1 - MODIFIERS_AFTER_HEAD);
  for (let k = words.length - 1; k >= floor; k--) {
    const word = words[k]!;
    // "រថយន្ត|ពន្លត់|អគ្គិភ័យ|ចំនួន ៥០" (fire engines, a number of 50): the word of a count or an approximation
    // ending the run is no modifier of the head, so it leaves the head's modifiers their full reach.
    if (lex.countPhrases.has(word) || lex.approximate.has(word)) {
      floor = Math.max(0, floor - 1);
      continue;
    }
    const unit = lex.units.get(word, false);
    // "…|แห่ง|ชาติ" (of the nation): a noun after a counter word inside the run qualifies the head before them.
    if (unit !== undefined && k > 0 && lex.units.get(words[k - 1]!, false)?.counter) {
      k--;
      floor = Math.max(0, floor - 2);
      continue;
    }
    if (unit !== undefined && !unit.counter) return unit;
  }
  return null;
}
