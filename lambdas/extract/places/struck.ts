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
 * One cue as searched: `head`, its literal start (escaped; up to its first "*"), and `source`, the source of the
 * whole cue from there on. A cue starting with "*" ("*hochwasser*": inside any word) has the letters before
 * its head read apart (`inner`), so that its head, not a run of letters, is what is searched for.
 */
interface Cue {
  readonly head: string;
  readonly source: string;
  readonly inner: boolean;
}

/**
 * A language's disaster words as searches. `heads` (global, without the `u` flag) finds where any cue's literal
 * head starts; at each such place the sticky `u` searches read the whole cue: `whole` the cues that start a
 * word (the caller checks that the place starts one), `inner` the cues that may start inside a word (the caller
 * checks that the letters before it start one). Why two steps: a `u` search of many alternatives steps through
 * a text that is not Latin-1 several times slower than one without the flag, which finds the same literal units
 * (the heads hold no half of a surrogate pair), and a cue led by `\p{L}*` made the engine read every word to
 * its end at each of its letters (German texts cost 0.8 ms a kilobyte here); both steps together find the same
 * cues at the same places. `anywhere` the cues of scripts without spaces, matched anywhere, likewise.
 */
interface Patterns {
  readonly heads: RegExp | null;
  readonly whole: RegExp | null;
  readonly inner: RegExp | null;
  readonly anywhereHeads: RegExp | null;
  readonly anywhere: RegExp | null;
}

const compiled = new Map<string, Patterns>();

/** A lone half of a surrogate pair: a head holding one is searched with the `u` flag, as the cue itself. */
const SURROGATE = /[\uD800-\uDFFF]/;

/** The heads' search: grouped by first character (text/regex.ts alternationByFirstChar), global. */
function headSearch(cues: readonly Cue[]): RegExp | null {
  if (cues.length === 0) return null;
  const heads = [...new Set(cues.map((c) => c.head))];
  const source = alternationByFirstChar(heads.map((h) => ({ first: h.charAt(0), source: h })));
  return new RegExp(source, heads.some((h) => SURROGATE.test(h)) ? 'gu' : 'g');
}

/** The cues' whole sources as one sticky search, grouped by first character. */
function stickySearch(cues: readonly Cue[]): RegExp | null {
  if (cues.length === 0) return null;
  return new RegExp(
    alternationByFirstChar(cues.map((c) => ({ first: c.head.charAt(0), source: c.source }))),
    'uy',
  );
}

/**
 * The searches for a language's disaster words: a word ending in "*" is the start of words, any other a whole
 * word; in a script without spaces, a cue is matched anywhere. The word-start test is made on each match, not
 * as a lookbehind in front of every cue, and only where a head was found.
 */
function patternsFor(language: string): Patterns {
  const hit = compiled.get(language);
  if (hit !== undefined) return hit;
  const source = lexiconLanguage('figures', language);
  const raw = source === undefined ? undefined : LEXICONS[source]?.['figures'];
  const words = OtherTopicSchema.safeParse(raw).data?.topics?.other ?? [];
  const whole: Cue[] = [];
  const inner: Cue[] = [];
  const anywhere: Cue[] = [];
  for (const w of words) {
    if (w.includes('…')) continue;
    const stem = w.endsWith('*');
    const parts = fold(stem ? w.slice(0, -1) : w)
      .split('*')
      .map(escapeRegExp);
    // A leading "*" leaves an empty first part: the letters before the head, read by the caller for `inner`.
    const led = parts.length > 1 && parts[0] === '';
    const from = led ? parts.slice(1) : parts;
    const cue = {
      head: from[0]!,
      source: `${from.join('\\p{L}*')}${stem ? '' : '(?![\\p{L}\\p{M}])'}`,
      inner: led,
    };
    // Matched anywhere, a cue's leading "*" adds nothing (its letters may be none) and a whole word no end.
    if (UNSPACED.test(w)) anywhere.push({ ...cue, source: from.join('\\p{L}*') });
    else (led ? inner : whole).push(cue);
  }
  const spaced = [...whole, ...inner];
  const patterns = {
    heads: headSearch(spaced),
    whole: stickySearch(whole),
    inner: stickySearch(inner),
    anywhereHeads: headSearch(anywhere),
    anywhere: stickySearch(anywhere),
  };
  compiled.set(language, patterns);
  return patterns;
}

/** A code point that is a letter, as `\\p{L}` of a `u` regex reads one. */
const LETTER = /^\p{L}$/u;

/** Where the run of letters ending at `at` starts (code point by code point, a surrogate pair as one). */
function letterRunStart(text: string, at: number): number {
  let i = at;
  while (i > 0) {
    const last = text.charCodeAt(i - 1);
    const pair = last >= 0xdc00 && last <= 0xdfff && i > 1 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800;
    const from = pair ? i - 2 : i - 1;
    if (!LETTER.test(text.slice(from, i))) break;
    i = from;
  }
  return i;
}

/** True if `at` starts a word: the text before it does not end in a letter or a mark. */
function startsWord(text: string, at: number): boolean {
  return !ENDS_IN_WORD_PART.test(text.slice(Math.max(0, at - 2), at));
}

/** True if the sticky search matches at `at`. */
function matchesAt(search: RegExp, text: string, at: number): boolean {
  search.lastIndex = at;
  return search.test(text);
}

/** True if `accept` holds at some place where `heads` finds a head: every such place is tried, in order. */
function someHead(heads: RegExp, text: string, accept: (at: number) => boolean): boolean {
  heads.lastIndex = 0;
  for (let m = heads.exec(text); m !== null; m = heads.exec(text)) {
    if (accept(m.index)) return true;
    // Another cue's head may start one further on, even inside this one.
    heads.lastIndex = m.index + 1;
  }
  return false;
}

/** True if the folded text names a disaster in the document's language's words. */
export function tellsOfDisaster(folded: string, language: string): boolean {
  const { heads, whole, inner, anywhereHeads, anywhere } = patternsFor(language);
  if (
    anywhereHeads !== null &&
    anywhere !== null &&
    someHead(anywhereHeads, folded, (at) => matchesAt(anywhere, folded, at))
  )
    return true;
  if (heads === null) return false;
  return someHead(
    heads,
    folded,
    (at) =>
      (whole !== null && startsWord(folded, at) && matchesAt(whole, folded, at)) ||
      // A cue inside a word: the letters before its head, read back to their first, start a word.
      (inner !== null && matchesAt(inner, folded, at) && startsWord(folded, letterRunStart(folded, at))),
  );
}
