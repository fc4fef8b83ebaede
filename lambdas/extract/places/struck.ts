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

const ESCAPE = /[.*+?^${}()|[\]\\]/g;

const compiled = new Map<string, RegExp | null>();

/**
 * One pattern for a language's disaster words: a word ending in "*" is the start of words, any other a whole
 * word; in a script without spaces, a cue is matched anywhere. Null: the language lists none.
 */
function patternFor(language: string): RegExp | null {
  const hit = compiled.get(language);
  if (hit !== undefined) return hit;
  const source = lexiconLanguage('figures', language);
  const raw = source === undefined ? undefined : LEXICONS[source]?.['figures'];
  const words = OtherTopicSchema.safeParse(raw).data?.topics?.other ?? [];
  const parts = words
    .filter((w) => !w.includes('…'))
    .map((w) => {
      const stem = w.endsWith('*');
      const body = fold(stem ? w.slice(0, -1) : w)
        .split('*')
        .map((part) => part.replace(ESCAPE, '\\$&'))
        .join('\\p{L}*');
      if (UNSPACED.test(w)) return body;
      return `(?<![\\p{L}\\p{M}])${body}${stem ? '' : '(?![\\p{L}\\p{M}])'}`;
    });
  const re = parts.length === 0 ? null : new RegExp(parts.join('|'), 'u');
  compiled.set(language, re);
  return re;
}

/** True if the folded text names a disaster in the document's language's words. */
export function tellsOfDisaster(folded: string, language: string): boolean {
  return patternFor(language)?.test(folded) ?? false;
}
