/**
 * "between the two countries", "les deux pays", "de twee landen": two countries after a definite article or a
 * demonstrative are the two sides of a bilateral relation the text already named (Vietnam and its partner),
 * no count of countries; the gold never counts them. A count of countries stands without one ("suspects from
 * 2 countries", "2 pays voisins").
 */
import type { Candidate } from './count.js';
import type { CompiledLexicon } from './lexicon.js';
import type { Token } from './token-types.js';

function isBilateral(tokens: readonly Token[], c: Candidate, lex: CompiledLexicon): boolean {
  if (c.unit !== 'country' || c.value !== 2) return false;
  const before = tokens[c.index - 1];
  return (
    before?.kind === 'word' &&
    before.end < c.start &&
    (lex.definite.has(before.text) || lex.demonstratives.has(before.text))
  );
}

/** The figures without the two sides of a bilateral relation ("the two countries"). */
export function withoutBilateralSides(
  tokens: readonly Token[],
  lex: CompiledLexicon,
  found: Candidate[],
): Candidate[] {
  return found.filter((c) => !isBilateral(tokens, c, lex));
}
