/**
 * Variant keys for Vietnamese names in Cyrillic, whatever transcription the outlet used. Russian, Ukrainian and
 * Bulgarian outlets write the same name in several systems: the academic one (Kontsevich: Куангнинь, Тханьхоа,
 * Зялай, Хазянг), the press's looser ones (Куанг Нинх, Тхань Хоа, Гиа Лай, Ха Гианг, Бин Зуонг), one word, two
 * words or hyphenated. Both sides go to one coarse key, where the systems agree:
 * - the Cyrillic side merges what the systems write differently for one Vietnamese sound: тх/т (th, t),
 *   ч/тр/ть (tr, ch: all t), кх/х (kh, h), з/ж/д/дж/ги+vowel (d, đ, gi), с/ш/кс (s, x), кв/ку (qu), нь/нх/н
 *   (nh), нгх/нг (ngh); ы and у are u, и, і and й are i, е, э and є are e; ь, apostrophes and word breaks are
 *   dropped;
 * - the Vietnamese side gives every reading the press uses for a letter whose spellings the Cyrillic side
 *   cannot merge: ư is ы/у (u) but Ukrainian и (i); â is а or э (Тэйнинь, Tây Ninh); ch is ш in the old
 *   Хошимин; r is р or з; kh is х or, in the wires' spelling, к (Каньхоа);
 * - both drop the glide i before a vowel (Дьен/Диен, Зя/Зиа: iê, ia), tones, and a doubled letter (Баккан).
 * Coarser than phonetic.ts's key on purpose: it is asked only for provinces and the big cities the curated list
 * spells (places/cyrillic.ts), about a hundred names of which no two share a key.
 */

import { dropGlides } from './phonetic.js';
import {
  cyrillicToLatin,
  RUSSIAN_LETTERS,
  SOUTH_SLAVIC_LETTERS,
  UKRAINIAN_LETTERS,
} from '../text/cyrillic-latin.js';

/**
 * The glide i before a vowel (phonetic.ts's dropGlides), and a letter written twice, are left out on both sides;
 * so is a coda ng before the onset ng, which the press writes н ("Куан Нгай", "Куангнгай": Quảng Ngãi).
 */
function reduce(key: string): string {
  let out = '';
  for (const c of dropGlides(key).replace(/ngng/g, 'ng')) if (c !== out[out.length - 1]) out += c;
  return out;
}

// Vietnamese side.

/** Onsets, longest first, with every key the Cyrillic systems write them as. */
const ONSETS: readonly [string, readonly string[]][] = [
  ['ngh', ['ng']],
  ['ng', ['ng']],
  ['nh', ['n']],
  ['gh', ['g']],
  ['gi', ['d']],
  ['ph', ['f']],
  ['th', ['t']],
  ['tr', ['t']],
  // Хошимин: the old exonym of Hồ Chí Minh writes ch as ш.
  ['ch', ['t', 's']],
  // Кханьхоа in the academic system, Каньхоа in the wires' (Xinhua's, TASS's): kh as х or as к.
  ['kh', ['h', 'k']],
  ['qu', ['ku']],
  ['đ', ['d']],
  ['d', ['d']],
  ['r', ['r', 'd']],
  ['x', ['s']],
  ['s', ['s']],
  ['c', ['k']],
  ['k', ['k']],
  ['q', ['k']],
];

const CODAS: Readonly<Record<string, string>> = { nh: 'n', ng: 'ng', ch: 't', c: 'k' };

/** Keys of one vowel letter (tone marks ignored). */
function vowelKeys(ch: string): readonly string[] | undefined {
  const nfd = ch.normalize('NFD');
  const base = nfd[0]!;
  if (base === 'y' || base === 'i') return ['i'];
  if (base === 'a') return nfd.includes('\u0302') ? ['a', 'e'] : ['a'];
  // ư: ы or у in Russian and Bulgarian, и in Ukrainian.
  if (base === 'u') return nfd.includes('\u031b') ? ['u', 'i'] : ['u'];
  if (base === 'e' || base === 'o') return [base];
  return undefined;
}

/** Every key of one syllable (lower case, NFC). */
function syllableKeys(syllable: string): string[] {
  let rest = syllable;
  let keys = [''];
  const onset = ONSETS.find(([from]) => rest.startsWith(from));
  // "gi" with no vowel after it ("gì") is the onset before the vowel i.
  if (onset && !(onset[0] === 'gi' && (rest.length === 2 || vowelKeys(rest[2]!) === undefined))) {
    keys = [...onset[1]];
    rest = rest.slice(onset[0].length);
  } else if (onset) {
    keys = ['d'];
    rest = rest.slice(1);
  } else if (rest.length > 0 && vowelKeys(rest[0]!) === undefined) {
    // b, h, l, m, n, p, t, v: one letter in every system.
    keys = [rest[0]!];
    rest = rest.slice(1);
  }
  for (let k = 0; k < rest.length; k++) {
    const options = vowelKeys(rest[k]!);
    if (options === undefined) {
      const tail = rest.slice(k);
      const coda = CODAS[tail] ?? tail;
      keys = keys.map((key) => key + coda);
      break;
    }
    keys = keys.flatMap((key) => options.map((v) => key + v));
  }
  return keys;
}

/** Most keys one name gets: the product of its letters' readings stays small for real names. */
const MAX_KEYS = 64;

/**
 * Every key a Vietnamese name (with its diacritics) may be written with in Cyrillic: "Bình Dương" →
 * binduong, bindiong; "Tây Ninh" → tainin, teinin.
 */
export function vietnameseCyrillicKeys(name: string): string[] {
  let keys = [''];
  const syllables = name
    .normalize('NFC')
    .toLowerCase()
    .split(/[\s\-–]+/)
    .filter((s) => s !== '');
  for (const [k, syllable] of syllables.entries()) {
    const options = syllableKeys(syllable);
    // The old Russian forms end a name's last ng in н: Тьензян, Анзян (Tiền Giang, An Giang).
    const last = k === syllables.length - 1 && syllable.endsWith('ng') && !syllable.endsWith('nng');
    const all = last ? [...options, ...options.map((o) => o.replace(/ng$/, 'n'))] : options;
    keys = keys.flatMap((key) => all.map((o) => key + o)).slice(0, MAX_KEYS);
  }
  return [...new Set(keys.map(reduce))];
}

// Cyrillic side.

const LETTERS = cyrillicToLatin(RUSSIAN_LETTERS + UKRAINIAN_LETTERS + SOUTH_SLAVIC_LETTERS, {
  ё: 'io',
  // The Russian system writes Vietnamese d and gi as з and дж (Зьенчау, Ха Джанг): both are the key's d.
  ж: 'd',
  з: 'd',
  // No Cyrillic system writes a Vietnamese sound ц; Serbian and Macedonian outlets that spell a name letter for
  // letter from its Latin form write c so (Лао Цаи, Lào Cai).
  ц: 'k',
  // ч writes Vietnamese ch and tr, which the key writes t.
  ч: 't',
  // Ukrainian: ї and є are the glide before і and е.
  ї: 'ii',
  є: 'ie',
  // Serbian and Macedonian: ћ and ќ write Vietnamese ch and tr as ч does (t); ѕ writes d and gi as з does.
  ћ: 't',
  ќ: 't',
  ѕ: 'd',
});

const CYRILLIC_VOWELS = new Set([...'аеёиоуыэюяіїє']);
/** Signs that write no sound of their own: the soft and hard signs, and the Ukrainian apostrophe for them. */
const SILENT = /[ьъ'’ʼ]/g;

/** Key of one Cyrillic word (lower case, silent signs removed). */
function wordKey(w: string): string | null {
  let out = '';
  for (let k = 0; k < w.length; k++) {
    const c = w[k]!;
    const next = w[k + 1];
    const after = w[k + 2];
    // нгх at a syllable's start is ngh (Нгхе Ан); after a vowel, нг then х (Донгхой, Đồng Hới).
    if (c === 'н' && next === 'г' && after === 'х' && (k === 0 || !CYRILLIC_VOWELS.has(w[k - 1]!))) {
      out += 'ng';
      k += 2;
      continue;
    }
    if (next === 'х' && (c === 'т' || c === 'к' || c === 'п')) {
      out += c === 'т' ? 't' : c === 'к' ? 'h' : 'f';
      k++;
      continue;
    }
    // нх is nh (Бинх, Нха Транг) but between vowels the coda n and the onset h (Тханхоа, Thanh Hóa).
    if (c === 'н' && next === 'х') {
      const between = k > 0 && CYRILLIC_VOWELS.has(w[k - 1]!) && CYRILLIC_VOWELS.has(after ?? '');
      out += between ? 'nh' : 'n';
      k++;
      continue;
    }
    // тр is tr (Сок Транг), дж is gi or d (Ха Джанг), кс at the start is x (Ксуан).
    if (
      (c === 'т' && next === 'р') ||
      (c === 'д' && next === 'ж') ||
      (c === 'к' && next === 'с' && k === 0)
    ) {
      out += c === 'т' ? 't' : c === 'д' ? 'd' : 's';
      k++;
      continue;
    }
    // ги before a vowel is gi (Гиа Лай, Ха Гианг), and before the glide ј and a vowel in Serbian and Macedonian,
    // which write the glide (Ха Гијанг); кв before a vowel is qu (Квангнинь).
    if (
      c === 'г' &&
      (next === 'и' || next === 'і') &&
      (CYRILLIC_VOWELS.has(after ?? '') || (after === 'ј' && CYRILLIC_VOWELS.has(w[k + 3] ?? '')))
    ) {
      out += 'd';
      k++;
      continue;
    }
    if (c === 'к' && next === 'в' && CYRILLIC_VOWELS.has(after ?? '')) {
      out += 'ku';
      k++;
      continue;
    }
    const mapped = LETTERS[c];
    if (mapped === undefined) return null;
    out += mapped;
  }
  return out;
}

/**
 * Key of a name written in Cyrillic, one word or several ("Куанг Нинх", "Бариа-Вунгтау"): "Бинх Туан" →
 * bintuan, "Тхыатхьен-Хюэ" → tuatenhue. Null when a letter is not Cyrillic.
 */
export function cyrillicNameKey(written: string): string | null {
  let out = '';
  for (const word of written
    .normalize('NFC')
    .toLowerCase()
    .replace(SILENT, '')
    .split(/[\s\-–]+/)) {
    if (word === '') continue;
    const key = wordKey(word);
    if (key === null) return null;
    out += key;
  }
  return reduce(out);
}
