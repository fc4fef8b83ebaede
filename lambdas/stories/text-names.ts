/**
 * The Vietnamese names a copy's text writes, whoever they are: the suspect, the defendant, the victim as well
 * as the officials the engine keeps (`people`, officials only, by the record's convention). A defendant
 * ("Truong My Lan"), a fugitive or a victim is what every copy of one story names and what another event
 * almost never does, yet most copies name them with no rank or honorific, so the people stage leaves them
 * out. Read here by shape only (a family name and Vietnamese syllables, people/names.ts), three words or more
 * (two-word runs are too often places, companies or given names alone), never a place or a namesake of places
 * ("Ho Chi Minh", "Tran Hung Dao"). Checked against the other copy's names and officials (similarity.ts,
 * textNames): a name both copies write says "one story" across languages as a shared official does.
 */
import { findCandidates } from '../extract/people/candidates.js';
import { peopleDataFor } from '../extract/people/language.js';
import { isLocalityName, isNamesake, isPlaceName } from '../extract/places/index.js';
import { wordOffsets } from '../extract/text/words.js';

/** At most this many names (the first the text writes): an index item stays small whatever the text. */
export const MAX_TEXT_NAMES = 12;
/** Fewer words are too often something else: "Van Long" (a given name), "Phan Thiet" (a city). */
const MIN_WORDS = 3;

/**
 * Folded names (foldName) of three words or more that the texts write by Vietnamese shape, in the order of
 * the texts, distinct, at most MAX_TEXT_NAMES.
 */
export function textNames(
  language: string,
  texts: readonly string[],
  foldName: (name: string) => string,
): string[] {
  const data = peopleDataFor(language);
  const out = new Set<string>();
  for (const text of texts) {
    for (const c of findCandidates(text, wordOffsets(text), data)) {
      if (out.size >= MAX_TEXT_NAMES) return [...out];
      // A titled run is a name only if its title is confirmed (the people stage's judgement): by shape only.
      if (c.titled || c.tokens.length < MIN_WORDS) continue;
      if (isPlaceName(c.name) || isNamesake(c.name) || isLocalityName(c.name)) continue;
      out.add(foldName(c.name));
    }
  }
  return [...out];
}
