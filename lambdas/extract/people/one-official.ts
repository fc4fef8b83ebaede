/**
 * One official once, under one spelling: what the merge by folded name (merge.ts) cannot join. A copy in a
 * script without Latin letters may also write a name in Latin letters ("Nguyen Van Chung 대령" beside "응우옌 반
 * 충 대령"), and a translation may drop a name's last syllable in one sentence ("응우옌 호앙 중령" beside "응우옌
 * 호앙 쭝 중령"). Either is read as a person of its own; here it joins the full name in the article's script. A
 * Serbian (Croatian, Bosnian) copy may spell one name by Vietnamese spelling, by its transcription and in
 * Cyrillic: those join by their sound key (sound-key.ts).
 */
import type { Person } from '../../shared/article.js';
import { fold } from '../text/fold.js';
import { KATAKANA_NAME_JOINERS } from '../text/scripts.js';
import { mayTranscribe } from './romanize.js';
import { soundKey } from './sound-key.js';
import { isVietnameseSyllable } from './syllable.js';

const ASCII = /^[\x20-\x7e]*$/;
/** Where a name's syllables part: spaces, and the marks katakana writes between a name's parts. */
const SYLLABLE_BREAK = new RegExp(`[\\s${KATAKANA_NAME_JOINERS}]+`, 'u');

export function oneSpellingEach(people: readonly Person[]): Person[] {
  // Every pair of people is compared: each name is folded, and keyed, once.
  const folded = onceEach(fold);
  const keyOf = onceEach(soundKey);
  const joined = new Set<Person>();
  for (const p of people) {
    const other = people.find(
      (q) =>
        q !== p && !joined.has(q) && agree(p, q) && (isLatinTwin(p, q, folded) || isShortForm(p, q, folded)),
    );
    if (other === undefined) continue;
    other.rank ??= p.rank;
    other.role ??= p.role;
    joined.add(p);
  }
  // One name in two spellings of Latin or Cyrillic letters ("Pham Minh Chinh", "Fam Min Čin", "Фам Мин Чин"):
  // the first written stays, as the text introduced the official.
  const kept = people.filter((p) => !joined.has(p));
  for (let i = 0; i < kept.length; i++) {
    const p = kept[i]!;
    if (joined.has(p)) continue;
    // A coda spelt two ways: the first written stays here too.
    for (let j = i + 1; j < kept.length; j++) {
      const q = kept[j]!;
      if (joined.has(q) || !agree(p, q) || !isCodaVariant(p, q, folded)) continue;
      p.rank ??= q.rank;
      p.role ??= q.role;
      joined.add(q);
    }
    if (!SPACED_LETTERS.test(p.name)) continue;
    const key = keyOf(p.name);
    for (let j = i + 1; j < kept.length; j++) {
      const q = kept[j]!;
      if (joined.has(q) || !agree(p, q) || !SPACED_LETTERS.test(q.name)) continue;
      if (folded(q.name) === folded(p.name) || keyOf(q.name) !== key) continue;
      if (!isOtherSpelling(p.name, q.name) && !isCyrillicVariant(p, q)) continue;
      p.rank ??= q.rank;
      p.role ??= q.role;
      joined.add(q);
    }
  }
  return kept.filter((p) => !joined.has(p));
}

/** A name in Latin or Cyrillic letters only, its words spaced (the scripts the sound key reads). */
const SPACED_LETTERS =
  /^[\p{Script=Latin}\p{Script=Cyrillic}\p{M}]+(?: [\p{Script=Latin}\p{Script=Cyrillic}\p{M}]+)+$/u;

/** f, computed once per name for one call of oneSpellingEach (the map goes with the call). */
function onceEach(f: (name: string) => string): (name: string) => string {
  const seen = new Map<string, string>();
  return (name) => {
    let value = seen.get(name);
    if (value === undefined) seen.set(name, (value = f(name)));
    return value;
  };
}

/** Two ranks given, and different, tell two officials apart. */
function agree(a: Person, b: Person): boolean {
  return a.rank === null || b.rank === null || a.rank === b.rank;
}

/** A name in Latin letters that the other, in another script, may transcribe. */
function isLatinTwin(latin: Person, other: Person, folded: (name: string) => string): boolean {
  const latinFolded = folded(latin.name);
  return ASCII.test(latinFolded) && !ASCII.test(folded(other.name)) && mayTranscribe(latinFolded, other.name);
}

/**
 * The first two or more syllables of the other's name, in the same script: "응우옌 호앙" of "응우옌 호앙 쭝". A
 * family name and a middle name alone never get this far (names.ts, scripts.ts read no such name).
 */
function isShortForm(short: Person, full: Person, folded: (name: string) => string): boolean {
  const a = folded(short.name).split(SYLLABLE_BREAK);
  const b = folded(full.name).split(SYLLABLE_BREAK);
  return a.length >= 2 && a.length < b.length && a.every((w, k) => w === b[k]);
}

/**
 * One name in a script with no Vietnamese spelling of its own, a syllable written with or without its last
 * letter or two ("কিউ থানহ হাং" and "কিউ থান হাং": the coda -nh as "নহ" or as "ন"), every other syllable the same:
 * a translation spells one official's name both ways. Latin and Cyrillic letters are left out ("Thanh" and "Than" are
 * two Vietnamese names), and Han, kana and Hangul, whose syllables are not spelt letter by letter.
 */
function isCodaVariant(a: Person, b: Person, folded: (name: string) => string): boolean {
  const x = folded(a.name).split(SYLLABLE_BREAK);
  const y = folded(b.name).split(SYLLABLE_BREAK);
  if (x.length < 2 || x.length !== y.length || !CODA_SCRIPT.test(a.name) || !CODA_SCRIPT.test(b.name))
    return false;
  let differ = 0;
  for (let k = 0; k < x.length; k++) {
    const [u, v] = [x[k]!, y[k]!];
    if (u === v) continue;
    const [short, long] = u.length < v.length ? [u, v] : [v, u];
    if (k === 0 || !long.startsWith(short) || long.length - short.length > CODA_LETTERS) return false;
    differ++;
  }
  return differ === 1;
}

/** The most letters a coda adds to a syllable in a transcription (Bengali "নহ" for -nh). */
const CODA_LETTERS = 2;
/** Names wholly in a script that spells syllables by letters and no Vietnamese of its own (not Latin, Cyrillic, Han, kana or Hangul). */
const CODA_SCRIPT =
  /^[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * Two spellings by two systems: one in Cyrillic and one in Latin letters, or one a transcription (a word no
 * Vietnamese syllable spells: "Fam", "Zung", "Ngujen"). Two names in one system that the sound key merges
 * ("Нгуен Ван Тхонг" and "Нгуен Ван Тонг", Thông and Tòng; "Thong" and "Tong") are two people.
 */
function isOtherSpelling(a: string, b: string): boolean {
  return CYRILLIC.test(a) !== CYRILLIC.test(b) || isTranscription(a) || isTranscription(b);
}

function isTranscription(name: string): boolean {
  return !CYRILLIC.test(name) && name.split(' ').some((w) => !isVietnameseSyllable(fold(w)));
}

/**
 * The letters by which Russian and Ukrainian copies spell one Vietnamese initial several ways: d and gi as З
 * (the practical transcription), Ж or Д (the press: Giang "Зянг" and "Жанг", Dũng "Зунг" and "Дунг"), the
 * glide after gi as я or а, the vowel ư as ы or у.
 */
function initialVariant(word: string): string {
  return word
    .toLowerCase()
    .replace(/^(?:дь|д|ж|з)/u, 'з')
    .replace(/^зя/u, 'за')
    .replace(/^зы/u, 'зу');
}

/**
 * One official in one Cyrillic copy under two spellings of a word's initial (initialVariant), the same rank
 * given to both: "полковник Нгуен Вьет Зянг" and "полковник Нгуен Вьет Жанг". Every other letter agrees, so
 * Thông and Tòng ("Тхонг", "Тонг") stay two.
 */
function isCyrillicVariant(a: Person, b: Person): boolean {
  if (a.rank === null || a.rank !== b.rank || !CYRILLIC.test(a.name) || !CYRILLIC.test(b.name)) return false;
  const x = a.name.split(' ');
  const y = b.name.split(' ');
  return x.length === y.length && x.every((w, k) => initialVariant(w) === initialVariant(y[k]!));
}
