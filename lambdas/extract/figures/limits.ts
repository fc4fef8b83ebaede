/**
 * A number followed, after its unit, by a word of a legal limit (lexicon limitsAfter: ko "미만", below;
 * "초과", above) is the limit a rule sets: "0.25mg/L 미만" (under 0.25 mg/L), "0.4mg/l를 초과하는 0.67mg/l"
 * (0.67 mg/l, over the 0.4 the law allows) count only what was measured, 0.67.
 */
import type { CompiledLexicon } from './lexicon.js';
import type { Token } from './token-types.js';

/** Tokens read after the number for its limit word: the unit, a rate's slash and its denominator with a particle. */
const LIMIT_REACH = 4;

/** The number at i is a limit: a limit word follows its unit within LIMIT_REACH tokens, with no other mark than "/". */
export function isLimit(tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  const limits = lex.limitsAfter;
  if (limits === null) return false;
  for (let k = i + 1; k < tokens.length && k <= i + LIMIT_REACH; k++) {
    const t = tokens[k]!;
    if (t.kind === 'num') return false;
    if (t.kind === 'punct') {
      if (t.text === '/') continue;
      return false;
    }
    if (k > i + 1 && limits.has(t.text)) return true;
  }
  return false;
}
