/**
 * The denominator of a rate is no count: "呼気1リットルあたり0.25mg" (0.25 mg per litre of breath), "호흡 1리터당",
 * "每1升呼气", "per 1 litre" name the quantity the rate is measured against, not something the story counts.
 * The "per" word is glued after the number's unit (lexicon perAfterUnit, glued scripts) or stands right before
 * the number (perBefore). Separate from read.ts's unit matching: the caller passes where the unit ends.
 */
import type { CompiledLexicon } from './lexicon.js';
import type { Token } from './tokens.js';

/**
 * The number at i is a rate's denominator. `unitEndAt` tells where the unit read in the word right after the
 * number ends (a glued lexicon's unit starting that word), undefined when no unit starts it. It is asked only
 * once the cheap tests pass: reading the unit costs more than they do, and every number of a glued text is asked.
 */
export function isRateDenominator(
  tokens: readonly Token[],
  i: number,
  lex: CompiledLexicon,
  unitEndAt: () => number | undefined,
): boolean {
  const n = tokens[i]!;
  const prev = tokens[i - 1];
  const before = lex.perBefore;
  if (before !== null && prev?.kind === 'word') {
    // A glued script writes "per" against the number and may run it into the word before ("呼气每").
    const per = lex.glued ? prev.end === n.start && before.endsWord(prev.text) : before.has(prev.text);
    if (per) return true;
  }
  const after = lex.perAfterUnit;
  const next = tokens[i + 1];
  if (after === null || next?.kind !== 'word' || next.start - n.end > 1) return false;
  const unitEnd = unitEndAt();
  if (unitEnd === undefined) return false;
  const rest = next.text.slice(unitEnd - next.start);
  return rest.length > 0 && after.startOf(rest) > 0;
}
