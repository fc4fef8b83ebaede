/** Phrases of lexicon words around a token, and the unit written before a number. */
import type { CompiledLexicon, UnitEntry, WordSet } from './lexicon.js';
import { matchUnit } from './read.js';
import { isSegmented, unitHeadingRunEnd } from './segmented.js';
import type { Token } from './tokens.js';
import { isPunct } from './marks.js';

export { phraseAt, phraseEndingAt } from './word-phrases.js';

export { DASHES, isPunct, SLASH } from './marks.js';

/**
 * In a script written without spaces, the unit noun that ends the word run into the number at i ("バイク3台",
 * "携帯電話約30台": a mark of approximation may stand between, and a word announcing a count, as Khmer and
 * Thai put one between the noun and its number: "ម៉ូតូចំនួន ៣ គ្រឿង", motorbikes numbering 3).
 */
function unitEndingBefore(tokens: readonly Token[], i: number, lex: CompiledLexicon): UnitEntry | null {
  const text = (tokens[i - 1] as { text: string }).text;
  let to = text.length;
  for (const words of [lex.approximate, lex.countPhrases]) to -= suffixIn(text, to, words);
  if (lex.countPhrases.has(text.slice(0, to)) || lex.approximate.has(text.slice(0, to)))
    return unitBeforeGloss(tokens, i - 2, lex);
  const hit = lex.units.getSuffix(text, to);
  if (hit && !hit.value.counter && !ofCounter(text, to - hit.length, lex)) return hit.value;
  return isSegmented(lex) ? unitHeadingRunEnd(text, lex) : null;
}

const CLOSING: ReadonlySet<string> = new Set([')', '）']);
const OPENING: ReadonlySet<string> = new Set(['(', '（']);

/**
 * "中古消防車(ポンプ車)計7台" (used fire engines (pump trucks), 7 in all): a number run only into a word of a count or
 * an approximation, right after a gloss in brackets, counts the noun the gloss ends with, or else the noun
 * glued before the bracket. `k` is the token before that word; null when it closes no such gloss.
 */
function unitBeforeGloss(tokens: readonly Token[], k: number, lex: CompiledLexicon): UnitEntry | null {
  if (!isPunct(tokens[k], CLOSING)) return null;
  const inner = tokens[k - 1];
  if (inner?.kind === 'word') {
    const hit = lex.units.getSuffix(inner.text, inner.text.length);
    if (hit && !hit.value.counter) return hit.value;
  }
  const open = inner?.kind === 'word' ? k - 2 : k - 1;
  const noun = tokens[open - 1];
  if (!isPunct(tokens[open], OPENING) || noun?.kind !== 'word' || noun.end !== tokens[open]!.start)
    return null;
  const hit = lex.units.getSuffix(noun.text, noun.text.length);
  return hit && !hit.value.counter ? hit.value : null;
}

/**
 * Thai "…แห่งชาติ 11 แห่ง" (national …): a unit noun right after a counter word inside a run is the object of
 * "of" (แห่ง, place, also means "of"), an attribute of the head noun before it, which the segmenter finds.
 */
function ofCounter(text: string, to: number, lex: CompiledLexicon): boolean {
  return isSegmented(lex) && lex.units.getSuffix(text, to)?.value.counter === true;
}

export function unitBefore(tokens: readonly Token[], i: number, lex: CompiledLexicon): UnitEntry | null {
  // A word run into the number ends with its noun, if any: prefixes of the words before say nothing. Thai,
  // Khmer, Lao and Burmese write a space only between phrases: the run before the space ends with the noun
  // ("ដកហូតម៉ូតូ ៥ គ្រឿង", seized 5 motorbikes).
  const prev = tokens[i - 1];
  if (lex.glued && prev?.kind === 'word' && (prev.end === tokens[i]!.start || isSegmented(lex)))
    return unitEndingBefore(tokens, i, lex);
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const t = tokens[j]!;
    if (t.kind === 'word') {
      const u = matchUnit(tokens, j, lex);
      if (u) return u.entry;
    } else if (t.kind === 'num') return null;
  }
  return null;
}

/** Length of the longest word of `words` (up to eight letters) ending text at `to`; 0 if none. */
function suffixIn(text: string, to: number, words: WordSet): number {
  for (let n = Math.min(to - 1, 8); n >= 1; n--) if (words.has(text.slice(to - n, to))) return n;
  return 0;
}

/**
 * "ឃុំចំនួន ៤", "ตำบลจำนวน 4": in a script written without spaces, a bare number after a noun and a word
 * announcing a count counts that noun (the classifier is left out); null where no count word ends the run.
 * A word after the number that is no classifier is the clause's verb there ("ผู้ต้องหาทั้ง 2 ถูกนำตัว…",
 * both suspects were taken...).
 */
export function unitBeforeCountWord(
  tokens: readonly Token[],
  i: number,
  lex: CompiledLexicon,
): UnitEntry | null {
  const prev = tokens[i - 1];
  if (!isSegmented(lex) || prev?.kind !== 'word') return null;
  const n = suffixIn(prev.text, prev.text.length, lex.countPhrases);
  return n > 0 && n < prev.text.length ? unitEndingBefore(tokens, i, lex) : null;
}
