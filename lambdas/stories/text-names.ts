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
import {
  isListedFamilyName,
  isListedNameSyllable,
  romanizeVietnameseName,
} from '../extract/people/romanize.js';

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

/**
 * Vietnamese names written in a caseless script whose words are a name's syllables one by one (Hangul,
 * Thai, Devanagari; katakana joins them with a middle dot): "응우옌 떤 상", "गुयेन टैन सांग", "グエン・タン・サン".
 * No capital tells a name there, so the shape is the romanizer's (people/romanize.ts): a run of three or four
 * words, the first read back to a Vietnamese family name, every one to a syllable listed for names. Such a
 * run is as often a common phrase of the language read as syllables ("हो गई है", "has become", reads "ho ngai
 * hai"), which unrelated texts in that language share; so these names are kept apart from `names`
 * (StoryEvidence.scriptNames) and the similarity lets them meet only a name the other copy writes in another
 * script or keeps as an official (similarity.ts, namesBothWrite). Places and namesakes of places are left
 * out, at most MAX_TEXT_NAMES, in the order of the texts.
 */
export function scriptTextNames(texts: readonly string[]): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    for (const name of scriptNameRuns(text)) {
      if (out.size >= MAX_TEXT_NAMES) return [...out];
      const key = name.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
      if (isPlaceName(key) || isNamesake(key) || isLocalityName(key)) continue;
      out.add(name);
    }
  }
  return [...out];
}

/** Names of at most this many syllables: "Nguyễn Thị Thu Hà". */
const MAX_SCRIPT_WORDS = 4;
/** A word of a script that writes one syllable a word (combining marks are its vowels). */
const SYLLABLE_WORD = /^[\p{Script=Hangul}\p{Script=Thai}\p{Script=Devanagari}\p{M}]+$/u;
/** Katakana syllables joined by a middle dot, three or more. */
const KATAKANA_NAME = /[\p{Script=Katakana}ー]+(?:[・･][\p{Script=Katakana}ー]+){2,}/gu;

function scriptNameRuns(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(KATAKANA_NAME)) {
    const name = romanizeVietnameseName(m[0]);
    if (name !== null && isNameShape(name.split(' '))) out.push(name);
  }
  // Words as the text spaces them; punctuation ends a run ("गुयेन टैन सांग (जन्म 1999"), so it is a word of its own.
  const words = text.split(/\s+|(?=[\p{P}\p{S}])|(?<=[\p{P}\p{S}])/u).filter((w) => w.length > 0);
  for (let i = 0; i < words.length; i++) {
    const syllables: string[] = [];
    for (let j = i; j < words.length && syllables.length < MAX_SCRIPT_WORDS; j++) {
      const w = words[j]!;
      const read = SYLLABLE_WORD.test(w) ? romanizeVietnameseName(w) : null;
      if (read === null || read.includes(' ') || !isListedNameSyllable(read)) break;
      syllables.push(read);
    }
    if (syllables.length >= MIN_WORDS && isNameShape(syllables)) {
      out.push(syllables.join(' '));
      i += syllables.length - 1;
    }
  }
  return out;
}

/** Three or four syllables listed for names, the first a family name. */
function isNameShape(syllables: readonly string[]): boolean {
  return (
    syllables.length >= MIN_WORDS &&
    syllables.length <= MAX_SCRIPT_WORDS &&
    isListedFamilyName(syllables[0]!) &&
    syllables.every(isListedNameSyllable)
  );
}
