/**
 * Whether a text tells of a storm, a flood, a landslide or another disaster that strikes where people live:
 * the words of the figures lexicon's topic "other" (lexicons/<lang>/figures.json, topics.other: "flood*",
 * "mafuriko", "बाढ़*"), the one list of them the engine keeps. A short list of provinces in such a story names
 * where it struck (summarize.ts, listHead); in a national agency's review it is a list of no province.
 */
import { z } from 'zod';
import { LEXICONS } from '../lexicons/index.generated.js';
import { lexiconLanguage } from '../lexicons/load.js';
import { fold } from '../text/fold.js';
import { alternationByFirstChar, escapeRegExp } from '../text/regex.js';

/** Only the list read here: the figures stage validates the whole file. */
const OtherTopicSchema = z.object({
  topics: z
    .object({ other: z.array(z.string()).optional() })
    .partial()
    .optional(),
});

/** Scripts written without spaces between words: a cue may start anywhere in a run of their letters. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]/u;

/**
 * A letter or a combining mark ending the text before a match: a spaced cue that starts right after one is the
 * inside of another word. Tested on the two units before the match, so that a letter outside the BMP is read
 * as one code point, as the lookbehind `(?<![\p{L}\p{M}])` of a `u` regex reads it.
 */
const ENDS_IN_WORD_PART = /[\p{L}\p{M}]$/u;

/**
 * A language's disaster words as two searches: `spaced` (global) finds the cues of spaced scripts, whose start
 * the caller checks is a word's; `anywhere` the cues of scripts without spaces, matched anywhere.
 */
interface Patterns {
  readonly spaced: RegExp | null;
  readonly anywhere: RegExp | null;
}

const compiled = new Map<string, Patterns>();

/**
 * The searches for a language's disaster words: a word ending in "*" is the start of words, any other a whole
 * word; in a script without spaces, a cue is matched anywhere. The word-start test is made on each match, not
 * as a lookbehind in front of every cue: the alternation without one lets the regex engine skip ahead to the
 * cues' first letters, which made this test (run on every document) several times cheaper on the seeds. The
 * alternatives are grouped by their first letter (text/regex.ts alternationByFirstChar): at a position the
 * engine tries only the group of its letter, the same matches at the same places; a French text holding none
 * costs 22-29 µs where the flat list cost 42-49.
 */
function patternsFor(language: string): Patterns {
  const hit = compiled.get(language);
  if (hit !== undefined) return hit;
  const source = lexiconLanguage('figures', language);
  const raw = source === undefined ? undefined : LEXICONS[source]?.['figures'];
  const words = OtherTopicSchema.safeParse(raw).data?.topics?.other ?? [];
  const spaced: { first: string; source: string }[] = [];
  const anywhere: string[] = [];
  for (const w of words) {
    if (w.includes('…')) continue;
    const stem = w.endsWith('*');
    const body = fold(stem ? w.slice(0, -1) : w)
      .split('*')
      .map(escapeRegExp)
      .join('\\p{L}*');
    if (UNSPACED.test(w)) anywhere.push(body);
    else spaced.push({ first: body.charAt(0), source: `${body}${stem ? '' : '(?![\\p{L}\\p{M}])'}` });
  }
  const patterns = {
    spaced: spaced.length === 0 ? null : new RegExp(alternationByFirstChar(spaced), 'gu'),
    anywhere: anywhere.length === 0 ? null : new RegExp(anywhere.join('|'), 'u'),
  };
  compiled.set(language, patterns);
  return patterns;
}

/** True if the folded text names a disaster in the document's language's words. */
export function tellsOfDisaster(folded: string, language: string): boolean {
  const { spaced, anywhere } = patternsFor(language);
  if (anywhere?.test(folded)) return true;
  if (spaced === null) return false;
  spaced.lastIndex = 0;
  for (let m = spaced.exec(folded); m !== null; m = spaced.exec(folded)) {
    if (!ENDS_IN_WORD_PART.test(folded.slice(Math.max(0, m.index - 2), m.index))) return true;
    // Inside a word here: every spaced cue fails at this position; the next may start one further on.
    spaced.lastIndex = m.index + 1;
  }
  return false;
}
