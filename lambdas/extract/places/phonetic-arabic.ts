/**
 * Arabic-script sound keys: Arabic, Persian and Urdu outlets write a Vietnamese name by ear, mostly without short
 * vowels and in several spellings (Quảng Ninh: "كوانغ نينه", "كوانج ننه", "کوانگ نین"; Hồ Chí Minh: "هو تشي منه",
 * "هوشی‌مین", "ہو چی منہ"). The key is what every spelling keeps: the consonants.
 * - Arabic side: vowel letters (ا و ي ی ے and their hamza forms), short-vowel marks, tatweel, ZWNJ and a word's
 *   final ه/ہ (a vowel, or the h of nh) are dropped, a doubled letter is kept ("ننه" Ninh: shadda doubles); ن before غ/گ/ج (or ك at a word's end) is ng (N); تش and چ are
 *   ch (C); letters of one sound are one: ت ط ث t, س ص ش s, ز ذ ژ ظ z, ك ک ق k, غ گ g, ب پ b; ھ after a consonant
 *   (Urdu aspiration) is nothing, but پھ is f (Urdu's ph).
 * - Vietnamese side: every key the Arabic scripts write a letter with: ch as C, s or t (the old Hồ Chí Minh
 *   "هوشي منه"), tr as tr, C or t, gi as j or g, d as d or z, kh as x or k, v as f or nothing (Persian و, a vowel
 *   letter here), ng as N; vowels are dropped.
 * Coarse on purpose: read only where a type word stands or for a key of four consonants or more (arabic.ts).
 */
import { isArabicLetterOrMark } from '../text/arabic-letters.js';

// Arabic side.

const LETTERS: Readonly<Record<string, string>> = {
  ب: 'b',
  پ: 'b',
  ت: 't',
  ط: 't',
  ث: 't',
  ٹ: 't',
  ج: 'j',
  چ: 'C',
  ح: 'h',
  خ: 'x',
  د: 'd',
  ض: 'd',
  ڈ: 'd',
  ذ: 'z',
  ر: 'r',
  ڑ: 'r',
  ز: 'z',
  ژ: 'z',
  ظ: 'z',
  س: 's',
  ش: 's',
  ص: 's',
  غ: 'g',
  گ: 'g',
  ف: 'f',
  ڤ: 'f',
  ق: 'k',
  ك: 'k',
  ک: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ں: 'n',
  ه: 'h',
  ہ: 'h',
  ة: '',
  ۃ: '',
  ع: '',
  ھ: 'h',
};

/** Vowel letters, hamza forms and glides: a Vietnamese vowel however written, dropped from the key. */
const VOWELS = new Set([...'اأإآٱءؤئىيیےۓوۆۇې']);

/** Short-vowel marks, shadda, sukun, superscript alef, tatweel, ZWNJ/ZWJ: they choose no consonant. */
function isSilent(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || c === 0x200c || c === 0x200d;
}

/** A letter or mark of an Arabic-script word as arabic.ts reads words: not a digit, sign or the Urdu full stop. */
export function isArabicWordUnit(c: number): boolean {
  return isArabicLetterOrMark(c) || c === 0x200c || c === 0x200d;
}

/**
 * Fatha, damma and kasra: a short vowel written as a mark. An outlet that marks one ("بِنہ ڈونگ", Bình Dương) writes
 * the vowel it leaves out as a letter, so the mark counts as one.
 */
function isShortVowelMark(c: number): boolean {
  return c >= 0x064e && c <= 0x0650;
}

/** Whether a word writes a vowel, as a letter or a short-vowel mark: a Vietnamese syllable is never written without one. */
export function hasVowelLetter(word: string): boolean {
  for (const ch of word) if (VOWELS.has(ch) || isShortVowelMark(ch.charCodeAt(0))) return true;
  return false;
}

/** Key of one Arabic-script word; null when a unit is no letter read here. */
function arabicWordKey(word: string): string | null {
  const letters = [...word].filter((ch) => !isSilent(ch.charCodeAt(0)));
  let out = '';
  for (let k = 0; k < letters.length; k++) {
    const c = letters[k]!;
    const next = letters[k + 1];
    const last = k + 1 === letters.length;
    if (VOWELS.has(c)) continue;
    const ng =
      c === 'ن' &&
      (next === 'غ' ||
        next === 'گ' ||
        next === 'ج' ||
        ((next === 'ك' || next === 'ک') && k + 2 === letters.length));
    // Urdu writes an English ph as aspirated p ("پھو تھو" Phú Thọ): Vietnamese ph is f.
    if (c === 'پ' && next === 'ھ') {
      out += 'f';
      k++;
      continue;
    }
    if (ng || (c === 'ت' && next === 'ش')) {
      out += ng ? 'N' : 'C';
      k++;
      continue;
    }
    // A word's last ه is a vowel or the h of nh ("نينه" Ninh, Persian "تانه"), never a consonant of its own.
    if ((c === 'ه' || c === 'ہ') && last && k > 0) continue;
    // ھ after a consonant is Urdu's aspiration ("تھ" th); elsewhere Persian's h ("ھانوی").
    if (c === 'ھ' && out !== '' && k > 0 && !VOWELS.has(letters[k - 1]!)) continue;
    const mapped = c === 'ھ' ? 'h' : LETTERS[c];
    if (mapped === undefined) return null;
    out += mapped;
  }
  return out;
}

/** Key of a name written in Arabic script, words joined ("كوانغ نينه" → kNnn). Null when a unit is not read. */
export function arabicSoundKey(written: string): string | null {
  let out = '';
  // ZWNJ parts a Persian compound's syllables ("تانه‌هوا"): each ends as a word does.
  for (const word of written.split(/[\s\-–\u200c]+/)) {
    if (word === '') continue;
    const key = arabicWordKey(word);
    if (key === null) return null;
    out += key;
  }
  return out === '' ? null : out;
}

// Vowels: what tells apart two names of one consonant key.

/** Vowel letters as three classes (a; i, e; u, o): what a spelling by ear keeps of a Vietnamese vowel. */
const ARABIC_VOWEL_CLASS: Readonly<Record<string, string>> = {
  ا: 'a',
  أ: 'a',
  إ: 'a',
  آ: 'a',
  ٱ: 'a',
  ی: 'i',
  ي: 'i',
  ى: 'i',
  ے: 'i',
  ۓ: 'i',
  ې: 'i',
  و: 'u',
  ؤ: 'u',
  ۆ: 'u',
  ۇ: 'u',
};

/** The same classes of a Vietnamese name's letters; v too, which Persian writes و. */
const VIETNAMESE_VOWEL_CLASS: Readonly<Record<string, string>> = {
  a: 'a',
  e: 'i',
  i: 'i',
  y: 'i',
  o: 'u',
  u: 'u',
  v: 'u',
};

function vowelClasses(text: string, classes: Readonly<Record<string, string>>): string[] {
  return [...text].flatMap((ch) => classes[ch] ?? []);
}

/**
 * How many of a Vietnamese name's vowels a spelling in Arabic script leaves unwritten, its vowel letters read in
 * order against the name's ("ہا گیانگ" writes every vowel of Hà Giang, and leaves the u of Hậu Giang out); undefined
 * when it writes one the name has not there (it spells another name). Short vowels go unwritten, so only the count
 * of two names' misses compares.
 */
export function unwrittenVowels(written: string, name: string): number | undefined {
  const heard = vowelClasses(written, ARABIC_VOWEL_CLASS);
  const folded = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const own = vowelClasses(folded, VIETNAMESE_VOWEL_CLASS);
  let k = 0;
  for (const v of own) if (k < heard.length && heard[k] === v) k++;
  return k === heard.length ? own.length - heard.length : undefined;
}

// Vietnamese side.

/** Onsets, longest first, with every key an Arabic-script outlet writes them with. */
const ONSETS: readonly [string, readonly string[]][] = [
  ['ngh', ['N']],
  ['ng', ['N']],
  ['nh', ['n']],
  ['gh', ['g']],
  ['gi', ['j', 'g']],
  ['ph', ['f']],
  ['th', ['t']],
  ['tr', ['tr', 'C', 't']],
  ['ch', ['C', 's', 't']],
  ['kh', ['x', 'k']],
  ['qu', ['k']],
  ['đ', ['d']],
  ['d', ['d', 'z']],
  ['r', ['r', 'z']],
  ['x', ['s']],
  ['s', ['s']],
  ['c', ['k']],
  ['k', ['k']],
  ['q', ['k']],
  ['g', ['g', 'j']],
  ['v', ['f', '']],
  ['p', ['b']],
  ['b', ['b']],
  ['h', ['h']],
  ['l', ['l']],
  ['m', ['m']],
  ['n', ['n']],
  ['t', ['t']],
];

const CODAS: Readonly<Record<string, readonly string[]>> = {
  ng: ['N'],
  nh: ['n'],
  ch: ['k', 'C'],
  c: ['k'],
  // The k of the Central Highlands' names (Đắk Lắk, Đắk Nông, Krông Pắk): "ڈاک لک", "داك لاك".
  k: ['k'],
  t: ['t'],
  p: ['b'],
  m: ['m'],
  n: ['n'],
};

const VIETNAMESE_VOWELS = /^[aeiouy]+/;

/** Every key of one syllable, folded but for đ ("quang" → kN, kn). */
function syllableKeys(syllable: string): string[] {
  let rest = syllable;
  let onset: readonly string[] = [''];
  const found = ONSETS.find(([from]) => rest.startsWith(from));
  // "gi" with no vowel after it ("gì") is g before the vowel i.
  if (found && !(found[0] === 'gi' && !/^gi[aeiouy]/.test(rest))) {
    onset = found[1];
    rest = rest.slice(found[0].length);
  } else if (found) {
    onset = ['j', 'g'];
    rest = rest.slice(1);
  }
  rest = rest.replace(VIETNAMESE_VOWELS, '');
  const coda = rest === '' ? [''] : CODAS[rest];
  if (coda === undefined) return [];
  return onset.flatMap((o) => coda.map((c) => o + c));
}

/** Most keys one name gets. */
const MAX_KEYS = 256;

/** Every key a Vietnamese name may be written with in Arabic script ("Quảng Ninh" → kNn, knn, kNN...). */
export function vietnameseArabicKeys(name: string): string[] {
  let keys = [''];
  // Marks dropped, đ kept: Arabic writes đ and d apart (د; ز or د).
  const folded = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  for (const syllable of folded.toLowerCase().split(/[\s\-–]+/)) {
    if (syllable === '') continue;
    const options = syllableKeys(syllable);
    if (options.length === 0) return [];
    keys = keys.flatMap((key) => options.map((o) => key + o));
    keys = keys.slice(0, MAX_KEYS);
  }
  return [...new Set(keys)].filter((k) => k !== '');
}
