/**
 * The share of a body burned or hurt ("burns over 60% of the body", "bỏng 60% cơ thể", "全身60%烧伤",
 * "ожогами 60% тела"): a measure of a wound, no count (the gold lists "около 30% тела" among its
 * non-figures, and counts the shares of persons, cases or goods). Read from the lexicon's `bodyWords` (on
 * either side of the percent) and `burnWords` (before it), within the percent's clause.
 */
import type { Candidate } from './count.js';
import type { CompiledLexicon, WordSet } from './lexicon.js';
import type { Token } from './token-types.js';

/** Words looked at before the number ("with burns over 60%") and after the percent ("60% of their bodies"). */
const BEFORE = 3;
const AFTER = 4;

/** Whether a word of the set is the token's word, starts a two-word phrase with the next, or (glued) inside it. */
function holds(set: WordSet, tokens: readonly Token[], k: number, glued: boolean): boolean {
  const t = tokens[k];
  if (t?.kind !== 'word') return false;
  if (set.has(t.text)) return true;
  const next = tokens[k + 1];
  if (next?.kind === 'word' && set.has(`${t.text} ${next.text}`)) return true;
  if (!glued) return false;
  for (let at = 1; at < t.text.length; at++) if (set.startOf(t.text, at) > 0) return true;
  return set.startOf(t.text) > 0;
}

/** Indexes of the word tokens from `from` on, in `step` direction, up to `limit` words, stopping at a clause mark. */
function clauseWords(tokens: readonly Token[], from: number, step: 1 | -1, limit: number): number[] {
  const out: number[] = [];
  for (let k = from; k >= 0 && k < tokens.length && out.length < limit; k += step) {
    const t = tokens[k]!;
    if (t.kind === 'punct') {
      if (t.text === '%' || t.text === '％') continue;
      break;
    }
    // Another number is another measure: the words beyond it are its own.
    if (t.kind === 'num') break;
    out.push(k);
  }
  return out;
}

function isBodyShare(tokens: readonly Token[], c: Candidate, lex: CompiledLexicon): boolean {
  const glued = lex.glued;
  const before = clauseWords(tokens, c.index - 1, -1, BEFORE);
  if (before.some((k) => holds(lex.bodyWords, tokens, k, glued) || holds(lex.burnWords, tokens, k, glued)))
    return true;
  let after = c.index + 1;
  while (after < tokens.length && tokens[after]!.start < c.end) after++;
  return clauseWords(tokens, after, 1, AFTER).some((k) => holds(lex.bodyWords, tokens, k, glued));
}

/** The figures without the percents that measure a share of a body burned or hurt. */
export function withoutBodyShares(
  tokens: readonly Token[],
  lex: CompiledLexicon,
  found: Candidate[],
): Candidate[] {
  return found.filter((c) => c.unit !== 'percent' || !isBodyShare(tokens, c, lex));
}
