/**
 * One official once, under one spelling: what the merge by folded name (merge.ts) cannot join. A copy in a
 * script without Latin letters may also write a name in Latin letters ("Nguyen Van Chung 대령" beside "응우옌 반
 * 충 대령"), and a translation may drop a name's last syllable in one sentence ("응우옌 호앙 중령" beside "응우옌
 * 호앙 쭝 중령"). Either is read as a person of its own; here it joins the full name in the article's script.
 */
import type { Person } from '../../shared/article.js';
import { fold } from '../text/fold.js';
import { mayTranscribe } from './romanize.js';

const ASCII = /^[\x20-\x7e]*$/;
/** Where a name's syllables part: spaces, and the middle dots katakana writes. */
const SYLLABLE_BREAK = /[\s・･]+/u;

export function oneSpellingEach(people: readonly Person[]): Person[] {
  const joined = new Set<Person>();
  for (const p of people) {
    const other = people.find(
      (q) => q !== p && !joined.has(q) && agree(p, q) && (isLatinTwin(p, q) || isShortForm(p, q)),
    );
    if (other === undefined) continue;
    other.rank ??= p.rank;
    other.role ??= p.role;
    joined.add(p);
  }
  return people.filter((p) => !joined.has(p));
}

/** Two ranks given, and different, tell two officials apart. */
function agree(a: Person, b: Person): boolean {
  return a.rank === null || b.rank === null || a.rank === b.rank;
}

/** A name in Latin letters that the other, in another script, may transcribe. */
function isLatinTwin(latin: Person, other: Person): boolean {
  const folded = fold(latin.name);
  return ASCII.test(folded) && !ASCII.test(fold(other.name)) && mayTranscribe(folded, other.name);
}

/**
 * The first two or more syllables of the other's name, in the same script: "응우옌 호앙" of "응우옌 호앙 쭝". A
 * family name and a middle name alone never get this far (names.ts, scripts.ts read no such name).
 */
function isShortForm(short: Person, full: Person): boolean {
  const a = fold(short.name).split(SYLLABLE_BREAK);
  const b = fold(full.name).split(SYLLABLE_BREAK);
  return a.length >= 2 && a.length < b.length && a.every((w, k) => w === b[k]);
}
