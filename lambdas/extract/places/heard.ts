/**
 * What the readers of names no curated list has (han.ts, hangul.ts, kana.ts, thai.ts) share: the local type characters
 * of a language's places lexicon, and the candidate such a reading makes.
 */
import type { PlaceEntry } from './gazetteer.js';
import type { Affixes, PlaceCategory } from './lexicon.js';
import type { Candidate } from './match.js';

const typesCache = new WeakMap<Affixes, Map<(ch: string) => boolean, ReadonlyMap<string, PlaceCategory>>>();

/**
 * The one-character local type words (县, 군, 현…) of the lexicon that `accept` keeps, never the province word:
 * a name read this way is a district, commune or ward. Built once per lexicon and test.
 */
export function singleCharTypes(
  affixes: Affixes,
  accept: (ch: string) => boolean,
): ReadonlyMap<string, PlaceCategory> {
  let byTest = typesCache.get(affixes);
  if (!byTest) typesCache.set(affixes, (byTest = new Map()));
  let types = byTest.get(accept);
  if (!types) {
    const out = new Map<string, PlaceCategory>();
    for (const [phrase, category] of affixes.after)
      if (category !== 'province' && phrase.length === 1 && accept(phrase)) out.set(phrase, category);
    byTest.set(accept, (types = out));
  }
  return types;
}

/**
 * A name read by sound or by its characters' readings: never the article's subject by its form, and
 * `needsContext` when the reading is coarse (a sound key) and must meet a province the article names.
 */
export function heardCandidate(
  start: number,
  end: number,
  entries: readonly PlaceEntry[],
  category: PlaceCategory,
  needsContext: boolean,
): Candidate {
  return {
    start,
    end,
    words: 2,
    entries,
    category,
    subject: false,
    afterPersonName: false,
    startsWithFamilyName: false,
    figure: false,
    ...(needsContext ? { needsContext: true } : {}),
  };
}
