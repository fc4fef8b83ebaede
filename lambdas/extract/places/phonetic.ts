/**
 * Sound keys: a coarse spelling shared by a Vietnamese name and its transcriptions in other scripts, so that a
 * locality the curated lists do not have ("Нги-Лок", "Зьенчау" for Nghi Lộc, Diễn Châu) is still found.
 * Russian press transcription (the Kontsevich system and its popular variants) maps Vietnamese sounds to
 * Cyrillic letter by letter; the key keeps what both spellings agree on and drops what they write
 * differently: tones, vowel qualities (ă/â, ô/ơ, ư/u), glide i (iê = ье), and the sounds Russian merges (d, gi
 * and r are all з/ж; s and x are с/ш; th and t are тх/т). Names are compared without their word breaks.
 * Used only after a type word ("коммуны", "уезда"), so a coarse key names no place by itself.
 */
import { hangulJamo } from '../text/hangul.js';
import { cyrillicToLatin, RUSSIAN_LETTERS, UKRAINIAN_LETTERS } from '../text/cyrillic-latin.js';

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** The glide i before another vowel is written or left out freely (Diễn: Зьен; Yên: Йен, Ен). */
export function dropGlides(s: string): string {
  let out = '';
  for (let k = 0; k < s.length; k++) {
    const c = s[k]!;
    if (c === 'i' && k + 1 < s.length && VOWELS.has(s[k + 1]!)) continue;
    out += c;
  }
  return out;
}

/** Vietnamese onsets, longest first, as the key writes them. */
const ONSETS: readonly [string, string][] = [
  ['ngh', 'ng'],
  ['ng', 'ng'],
  ['nh', 'n'],
  ['gh', 'g'],
  ['gi', 'z'],
  ['ph', 'f'],
  ['th', 't'],
  ['tr', 'c'],
  ['ch', 'c'],
  ['kh', 'h'],
  ['qu', 'ku'],
  ['đ', 'd'],
  ['d', 'z'],
  ['r', 'z'],
  ['x', 's'],
  ['c', 'k'],
  ['k', 'k'],
  ['q', 'k'],
];

const CODAS: readonly [string, string][] = [
  ['nh', 'n'],
  ['ng', 'ng'],
  ['ch', 't'],
  ['c', 'k'],
];

/** Base vowel of a Vietnamese letter without its tone or quality marks (ư → u, y → i). */
function baseVowel(ch: string): string | undefined {
  const base = ch.normalize('NFD')[0]!;
  if (base === 'y') return 'i';
  return VOWELS.has(base) ? base : undefined;
}

/** The syllables of a Vietnamese name, lower case, NFC ("Buôn Ma Thuột", "Bà Rịa-Vũng Tàu"). */
function syllablesOf(name: string): string[] {
  return name
    .normalize('NFC')
    .toLowerCase()
    .split(/[\s\-–]+/);
}

/**
 * A syllable's onset as a transcription's table writes it, and the rest (the Korean and Japanese keys). "gi"
 * with no vowel after it ("gì") is the onset `giAlone` before the vowel i; a consonant no table lists is kept.
 */
function splitOnset(
  syllable: string,
  table: readonly [string, string][],
  giAlone: string,
): [onset: string, rest: string] {
  const onset = table.find(([from]) => syllable.startsWith(from));
  if (onset && !(onset[0] === 'gi' && (syllable.length === 2 || baseVowel(syllable[2]!) === undefined)))
    return [onset[1], syllable.slice(onset[0].length)];
  if (onset) return [giAlone, syllable.slice(1)];
  if (syllable.length > 0 && baseVowel(syllable[0]!) === undefined) return [syllable[0]!, syllable.slice(1)];
  return ['', syllable];
}

/** Key of one Vietnamese syllable (lower case, NFC). */
function syllableKey(syllable: string): string {
  let rest = syllable;
  let out = '';
  const onset = ONSETS.find(([from]) => rest.startsWith(from));
  if (onset === undefined && rest.length > 0 && baseVowel(rest[0]!) === undefined) {
    // b, h, l, m, n, p, s, t, v: written alike in both scripts.
    out = rest[0]!;
    rest = rest.slice(1);
  }
  for (const [from, to] of onset ? [onset] : []) {
    if (rest.startsWith(from)) {
      // "gi" before a vowel is the onset z; "gì" alone is z + i.
      if (from === 'gi' && (rest.length === 2 || baseVowel(rest[2]!) === undefined)) {
        out = 'zi';
        rest = rest.slice(2);
        break;
      }
      out = to;
      rest = rest.slice(from.length);
      break;
    }
  }
  for (let k = 0; k < rest.length; k++) {
    const v = baseVowel(rest[k]!);
    if (v !== undefined) {
      out += v;
      continue;
    }
    const tail = rest.slice(k);
    const coda = CODAS.find(([from]) => tail === from);
    out += coda ? coda[1] : tail;
    break;
  }
  return out;
}

/** Sound key of a Vietnamese name with its diacritics: "Nghi Lộc" → "ngilok", "Diễn Châu" → "zencau". */
export function vietnameseSoundKey(name: string): string {
  return dropGlides(syllablesOf(name).map(syllableKey).join(''));
}

const CYRILLIC = cyrillicToLatin(RUSSIAN_LETTERS + UKRAINIAN_LETTERS, {
  ё: 'o',
  // The key reads Vietnamese r as z, with d and gi (Russian merges them in з and ж): a р spelt letter for letter
  // from the Latin r is z too.
  р: 'z',
  // ц writes no Vietnamese sound of its own; the key reads it as the s it is nearest to.
  ц: 's',
});

/**
 * Sound key of a name in Cyrillic: "Нги-Лок" → "ngilok", "Зьенчау" → "zencau". Null when a letter is not
 * Cyrillic (a name half in Latin is not a transcription).
 */
export function cyrillicSoundKey(text: string): string | null {
  const s = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\-–]+/g, '');
  let out = '';
  for (let k = 0; k < s.length; k++) {
    const c = s[k]!;
    const next = s[k + 1];
    // тх, кх, пх write th, kh, ph; ть before a vowel writes ch (Тьау, Châu), at the end the coda ch (Тхать).
    if (next === 'х' && (c === 'т' || c === 'к' || c === 'п')) {
      out += c === 'т' ? 't' : c === 'к' ? 'h' : 'f';
      k++;
      continue;
    }
    // нх is nh written letter by letter (Винх, Куинх), but between vowels the coda n and the onset h.
    if (c === 'н' && next === 'х') {
      const after = s[k + 2];
      const between =
        k > 0 && 'аеиоуыэюяё'.includes(s[k - 1]!) && after !== undefined && 'аеиоуыэюяё'.includes(after);
      out += between ? 'nh' : 'n';
      k++;
      continue;
    }
    if (c === 'т' && next === 'ь') {
      const after = s[k + 2];
      out += after !== undefined && 'аеиоуыэюяё'.includes(after) ? 'c' : 't';
      k++;
      continue;
    }
    // The soft and hard signs, and the Ukrainian apostrophe that stands for them ("Дьєнб'єн"), write no sound.
    if (c === 'ь' || c === 'ъ' || c === "'" || c === '’' || c === 'ʼ') continue;
    const mapped = CYRILLIC[c];
    if (mapped === undefined) return null;
    out += mapped;
  }
  return dropGlides(out);
}

/*
 * Korean press transcription (the National Institute of Korean Language's rules for Vietnamese and their
 * variants): the key keeps consonants by their Korean letter (b and v are both ㅂ; d, gi, r and đ are ㅈ or ㄷ in
 * practice; c, k, q are ㄲ; t is ㄸ, th ㅌ, kh ㅋ; ng/ngh an "응" before the vowel) and vowels by four classes
 * (a; e; i; the rest, as ㅓ, ㅗ, ㅜ, ㅡ write â, ơ, o, ô, u, ư). Codas: nasals as one, -anh as 아인.
 */

/** Korean key of a Vietnamese onset. */
const KO_ONSETS: readonly [string, string][] = [
  ['ngh', 'N'],
  ['ng', 'N'],
  ['nh', 'n'],
  ['gh', 'g'],
  ['gi', 'd'],
  ['ph', 'f'],
  ['th', 'T'],
  ['tr', 'c'],
  ['ch', 'c'],
  ['kh', 'K'],
  ['qu', 'ko'],
  ['đ', 'd'],
  ['d', 'd'],
  ['r', 'd'],
  ['x', 's'],
  ['c', 'k'],
  ['k', 'k'],
  ['q', 'k'],
  ['v', 'b'],
];

function koVowel(ch: string): string | undefined {
  const v = baseVowel(ch);
  if (v === undefined) return undefined;
  // â is ㅓ, like ơ: the o class.
  if (v === 'a' && ch.normalize('NFD').includes('\u0302')) return 'o';
  return v === 'u' ? 'o' : v;
}

/** -anh is written 아인 or 안, -ach 아익 or 악: the i is left out on both sides. */
function koreanTail(key: string): string {
  return dropGlides(key).replace(/ai([nk])/g, 'a$1');
}

function koSyllable(syllable: string): string {
  const [out, rest] = splitOnset(syllable, KO_ONSETS, 'd');
  let vowels = '';
  let k = 0;
  for (; k < rest.length; k++) {
    const v = koVowel(rest[k]!);
    if (v === undefined) break;
    vowels += v;
  }
  const coda = rest.slice(k);
  // -anh and -ach are written 아인, 아익 (타인호아, Thanh Hóa).
  if (vowels === 'a' && (coda === 'nh' || coda === 'ch')) vowels = 'ai';
  const codaKey =
    coda === ''
      ? ''
      : coda === 'n' || coda === 'ng' || coda === 'nh'
        ? 'n'
        : coda === 'c' || coda === 'ch'
          ? 'k'
          : coda;
  return out + vowels + codaKey;
}

/** Korean sound key of a Vietnamese name: "Quảng Ngãi" → "koanNai", "Hà Tĩnh" → "hatin". */
export function vietnameseKoreanKey(name: string): string {
  return koreanTail(syllablesOf(name).map(koSyllable).join(''));
}

// Hangul jamo: 19 initials, 21 medials, 28 finals (0 = none).
const KO_INITIAL = [
  'g',
  'k',
  'n',
  'd',
  't',
  'l',
  'm',
  'b',
  'b',
  's',
  's',
  '',
  'd',
  'c',
  'c',
  'K',
  'T',
  'f',
  'h',
];
const KO_MEDIAL = [
  'a',
  'ae',
  'ia',
  'iae',
  'o',
  'e',
  'io',
  'ie',
  'o',
  'oa',
  'oae',
  'oe',
  'io',
  'o',
  'oo',
  'oe',
  'oi',
  'io',
  'o',
  'oi',
  'i',
];
const KO_FINAL = [
  '',
  'k',
  'k',
  'k',
  'n',
  'n',
  'n',
  't',
  'l',
  'k',
  'm',
  'l',
  'l',
  'l',
  'p',
  'l',
  'm',
  'p',
  'p',
  't',
  't',
  'n',
  't',
  't',
  'k',
  't',
  'p',
  't',
];

/** Jamo indexes of ㄹ as an initial and as a final, and of ㅇ (no sound) as an initial. */
const KO_RIEUL = 5;
const KO_FINAL_RIEUL = 8;
const KO_SILENT_IEUNG = 11;
/** Jamo index of ㅉ as an initial: the c of the key (tr, ch). */
const KO_CHIEUT = 13;

/** Korean sound key of a name in Hangul: "꽝응아이" → "koanNai"; null when a unit is not a Hangul syllable. */
export function hangulSoundKey(text: string): string | null {
  const units = [...text.replace(/\s+/g, '')];
  let out = '';
  let clustered = false;
  for (let k = 0; k < units.length; k++) {
    const jamo = hangulJamo(units[k]!);
    if (jamo === null) return null;
    const { initial, medial, final } = jamo;
    // A unit after this one that is no syllable makes the key null on its turn: no syllable, no initial.
    const nextInitial = k + 1 < units.length ? hangulJamo(units[k + 1]!)?.initial : undefined;
    // 트 before a syllable of ㄹ writes the tr of a Vietnamese spelling read as English ("광트리" Quảng Trị,
    // "벤트레" Bến Tre): the one sound 찌 and 쩨 write, with the ㄹ's syllable its vowel.
    if (clustered) {
      clustered = false;
      out += KO_MEDIAL[medial]! + KO_FINAL[final]!;
      continue;
    }
    if (units[k] === '트' && nextInitial === KO_RIEUL) {
      out += KO_INITIAL[KO_CHIEUT]!;
      clustered = true;
      continue;
    }
    // 응 before a syllable with no initial consonant writes the onset ng (응에안, Nghệ An).
    if (units[k] === '응' && nextInitial === KO_SILENT_IEUNG) {
      out += 'N';
      continue;
    }
    // Before a syllable of ㄹ, a coda ㄹ (잘라이) or a syllable 르 (자르라이) doubles the l of a Vietnamese
    // name (Gia Lai), whose syllables never end in l: one l.
    if (nextInitial === KO_RIEUL) {
      if (units[k] === '르') continue;
      if (final === KO_FINAL_RIEUL) {
        out += KO_INITIAL[initial]! + KO_MEDIAL[medial]!;
        continue;
      }
    }
    out += KO_INITIAL[initial]! + KO_MEDIAL[medial]! + KO_FINAL[final]!;
  }
  return koreanTail(out);
}

/*
 * Japanese press transcription in katakana: consonants by their kana row (c, k, q and kh are カ; ng and g are
 * ガ; d and gi are ザ/ズ; r and l are ラ; b and v are バ/ヴ), vowels in four classes as for Korean (ア also
 * writes â), codas: ン for every nasal, ッ before the kana of a final stop (フック Phúc, バット Bát), ム for m.
 */

const JA_ONSETS: readonly [string, string][] = [
  ['ngh', 'g'],
  ['ng', 'g'],
  ['nh', 'n'],
  ['gh', 'g'],
  ['gi', 'z'],
  ['ph', 'f'],
  ['th', 't'],
  ['tr', 'c'],
  ['ch', 'c'],
  ['kh', 'k'],
  ['qu', 'ko'],
  ['đ', 'd'],
  ['d', 'z'],
  ['r', 'l'],
  ['x', 's'],
  ['c', 'k'],
  ['k', 'k'],
  ['q', 'k'],
  ['v', 'b'],
];

function jaSyllable(syllable: string): string {
  const [onset, rest] = splitOnset(syllable, JA_ONSETS, 'z');
  let out = onset;
  let k = 0;
  for (; k < rest.length; k++) {
    const v = baseVowel(rest[k]!);
    if (v === undefined) break;
    out += v === 'u' ? 'o' : v;
  }
  const coda = rest.slice(k);
  if (coda === 'n' || coda === 'ng' || coda === 'nh') return `${out}n`;
  if (coda === 'c' || coda === 'ch') return `${out}k`;
  return out + coda;
}

/** Japanese sound key of a Vietnamese name: "Hàm Tân" → "hamtan", "Bát Xát" → "batsat". */
export function vietnameseJapaneseKey(name: string): string {
  return koreanTail(syllablesOf(name).map(jaSyllable).join(''));
}

/** Katakana (and their voiced forms) as consonant + vowel of the key; ャュョ and ァィゥェォ adjust the last. */
const KANA_ROWS: readonly [string, string][] = [
  ['アイウエオ', ''],
  ['カキクケコ', 'k'],
  ['ガギグゲゴ', 'g'],
  ['サシスセソ', 's'],
  ['ザジズゼゾ', 'z'],
  ['タチツテト', 't'],
  ['ダヂヅデド', 'd'],
  ['ナニヌネノ', 'n'],
  ['ハヒフヘホ', 'h'],
  ['バビブベボ', 'b'],
  ['パピプペポ', 'p'],
  ['マミムメモ', 'm'],
  ['ラリルレロ', 'l'],
];
const KANA = new Map<string, [string, string]>();
for (const [row, consonant] of KANA_ROWS) {
  [...row].forEach((k, i) => KANA.set(k, [consonant, 'aioeo'[i]!]));
}
KANA.set('チ', ['c', 'i']);
KANA.set('ヂ', ['z', 'i']);
KANA.set('フ', ['f', 'o']);
KANA.set('ヤ', ['', 'ia']);
KANA.set('ユ', ['', 'io']);
KANA.set('ヨ', ['', 'io']);
KANA.set('ワ', ['', 'oa']);
KANA.set('ヴ', ['b', 'o']);
const SMALL_Y: Readonly<Record<string, string>> = { ャ: 'a', ュ: 'o', ョ: 'o' };
const SMALL_V: Readonly<Record<string, string>> = { ァ: 'a', ィ: 'i', ゥ: 'o', ェ: 'e', ォ: 'o' };

/** Japanese sound key of a katakana name ("ハムタン" → "hamtan"); null when a unit is not katakana. */
export function katakanaSoundKey(text: string): string | null {
  const units = [...text.replace(/[\s・ー]/g, '')];
  const parts: [string, string][] = [];
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    const last = parts[parts.length - 1];
    if (u === 'ン') parts.push(['n', '']);
    else if (u === 'ッ') {
      // The final stop: the consonant of the next kana, whose vowel is not pronounced.
      const next = KANA.get(units[k + 1] ?? '');
      if (next === undefined) return null;
      parts.push([next[0] === 'c' || next[0] === 'g' ? 'k' : next[0], '']);
      k++;
    } else if (SMALL_Y[u] !== undefined && last) last[1] = `i${SMALL_Y[u]}`;
    else if (SMALL_V[u] !== undefined && last) last[1] = SMALL_V[u];
    else {
      const kana = KANA.get(u);
      if (kana === undefined) return null;
      parts.push([...kana]);
    }
  }
  let out = '';
  parts.forEach(([consonant, vowel], k) => {
    // ム before a consonant or at the end is the coda m.
    const next = parts[k + 1];
    if (consonant === 'm' && vowel === 'o' && (next === undefined || next[0] !== '')) out += 'm';
    else out += consonant + vowel;
  });
  return koreanTail(out);
}
