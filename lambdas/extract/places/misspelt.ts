/**
 * Province names as the foreign press misspells them ("provincia de Bac Kam", "province of Quang Nihn", "Lao
 * Kai"): read only right after a province's type word, which says what the name is, and only when one edit
 * turns the written words into one province's name and no other's.
 */
import { withinOneEdit } from '../text/distance.js';
import type { Gazetteer, PlaceEntry } from './gazetteer.js';
import { nameWords } from './tokens.js';

/** Shorter names are too near each other for a typo to tell which ("Ha Nam", "Ha Nội"). */
const MIN_LETTERS = 6;

const cache = new WeakMap<Gazetteer, readonly { letters: string; entry: PlaceEntry }[]>();

function provinceLetters(gaz: Gazetteer): readonly { letters: string; entry: PlaceEntry }[] {
  let list = cache.get(gaz);
  if (!list) {
    const out: { letters: string; entry: PlaceEntry }[] = [];
    for (const p of gaz.provinces) {
      const words = nameWords(p.name);
      const entry = gaz.byKey.get(words.join(' '))?.find((e) => e.level === 1 && e.province === p.index);
      if (entry) out.push({ letters: words.join(''), entry });
    }
    cache.set(gaz, (list = out));
  }
  return list;
}

const nearNames = new WeakMap<Gazetteer, Set<number>>();

/** Key of a length and the first (end 0) or last (end 1) two code units (unitPair). */
function endKey(length: number, end: 0 | 1, pair: number): number {
  return length * 0x200000000 + end * 0x100000000 + pair;
}

/** Two code units as one number. */
export function unitPair(a: number, b: number): number {
  return a * 0x10000 + b;
}

/**
 * Whether `letters` letters in all, whose first two and last two code units are `head` and `tail` (unitPair),
 * could be one edit from a province's name. One edit leaves the length within one; it falls in the first two
 * letters or after them, and in names of MIN_LETTERS or more (a province's has five or more) it then leaves
 * the last two or the first two as they were. A cheap test that lets the places pass skip what
 * misspeltProvince would answer no to (most capitalised words: people's and organisations' names) before it
 * reads the type words around them.
 */
export function mayBeMisspelt(gaz: Gazetteer, letters: number, head: number, tail: number): boolean {
  if (letters < MIN_LETTERS) return false;
  let near = nearNames.get(gaz);
  if (!near) {
    near = new Set();
    for (const { letters: name } of provinceLetters(gaz)) {
      const n = name.length;
      for (let length = n - 1; length <= n + 1; length++) {
        near.add(endKey(length, 0, unitPair(name.charCodeAt(0), name.charCodeAt(1))));
        near.add(endKey(length, 1, unitPair(name.charCodeAt(n - 2), name.charCodeAt(n - 1))));
      }
    }
    nearNames.set(gaz, near);
  }
  return near.has(endKey(letters, 0, head)) || near.has(endKey(letters, 1, tail));
}

/** The one province whose name is one edit from the folded words, or undefined. */
export function misspeltProvince(gaz: Gazetteer, words: readonly string[]): PlaceEntry | undefined {
  const letters = words.join('');
  if (letters.length < MIN_LETTERS) return undefined;
  let found: PlaceEntry | undefined;
  for (const p of provinceLetters(gaz)) {
    if (!withinOneEdit(letters, p.letters)) continue;
    if (found !== undefined && found.province !== p.entry.province) return undefined;
    found = p.entry;
  }
  return found;
}
