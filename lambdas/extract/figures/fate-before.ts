/**
 * A fate said before a number that has no noun of its own tells that persons are counted: headlines, tallies
 * and verb-first clauses write what befell them first ("Poginulo je 13, povrijeđeno 5", killed 13, injured 5;
 * "Загинаа 6", "وجرح 11", "σκοτώθηκαν 10", "Storm kills 5 in …"). One rule for every language; the fates
 * are data (lexicon fatesBefore). Segmented scripts (Thai, Lao, Khmer) read the words of the run of letters
 * before the number (segmented.ts); spaced scripts read the tokens.
 */
import type { CompiledLexicon } from './lexicon.js';
import { isYear, type Reading } from './read.js';
import { fateBeforeNumber, isSegmented } from './segmented.js';
import type { Token } from './token-types.js';
import { phraseEndingAt } from './word-phrases.js';

/** Auxiliaries, clitics and cues of approximation that may stand between the fate and its number ("Poginulo ih je najmanje 13"). */
const BETWEEN = 3;

/** Length of the filler phrase (auxiliary, particle, cue of approximation or of a count) ending at token k, or 0. */
function fillerEndingAt(tokens: readonly Token[], k: number, lex: CompiledLexicon): number {
  return Math.max(
    phraseEndingAt(tokens, k, lex.afterFate),
    phraseEndingAt(tokens, k, lex.copulas),
    phraseEndingAt(tokens, k, lex.approximate),
    phraseEndingAt(tokens, k, lex.countPhrases),
  );
}

/**
 * The number of reading r, with no unit of its own, follows a fate of fatesBefore, past at most a few
 * auxiliaries and cues ("povrijeđeno je 5", "загинули щонайменше 4"). A year is none ("ubijen 1999."): dates,
 * times and spans after the number are blocked readings and never reach here ("killed 2 hours ago", "poginuo
 * 5. marta"); a unit noun after the number is its own ("evakuisano 300 domaćinstava"), and so is a word glued
 * to it ("আহত ৩০টি গরু", thirty injured cows).
 */
export function fatedBefore(
  body: string,
  folded: string,
  tokens: readonly Token[],
  r: Reading,
  lex: CompiledLexicon,
): boolean {
  const fates = lex.fatesBefore;
  if (fates === null || r.own !== null || r.num.value < 1) return false;
  if (isSegmented(lex)) return fateBeforeNumber(body, folded, tokens[r.index - 1], r.num.start, lex);
  if (isYear(r.num, lex)) return false;
  // A word glued after the number (bn "৩০টি", the classifier of things) continues its phrase: the number is
  // no bare tally of persons, whatever noun the lexicon does not know follows it.
  if (tokens[r.index + 1]?.kind === 'word' && tokens[r.index + 1]!.start === r.num.end) return false;
  let k = r.index - 1;
  for (let skipped = 0; skipped <= BETWEEN; skipped++) {
    const t = tokens[k];
    if (t?.kind !== 'word') return false;
    if (phraseEndingAt(tokens, k, fates) > 0) return true;
    const filler = fillerEndingAt(tokens, k, lex);
    if (filler === 0) return false;
    k -= filler;
  }
  return false;
}
