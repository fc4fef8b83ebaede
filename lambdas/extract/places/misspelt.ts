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
