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

/** The unit noun starting at token k and its last token, if one does (read.ts matchUnit, passed in: no cycle). */
export type UnitSpan = (k: number) => { readonly unit: string; readonly last: number } | undefined;

/**
 * "1袋10キログラム入り", "1袋10公斤", "1봉지 10kg짜리" (bags of ten kilograms each): one package right before the
 * mass it holds names the size of each package, a rate's denominator as "per bag" is, and counts no package.
 */
export function isPackageSize(tokens: readonly Token[], i: number, unitAt: UnitSpan): boolean {
  const n = tokens[i]!;
  if (n.kind !== 'num' || n.spelled || n.value !== 1) return false;
  const next = tokens[i + 1];
  // The package's noun is written against the one ("1袋"): a spaced word may be a new clause's.
  if (next?.kind !== 'word' || next.start !== n.end) return false;
  const pack = unitAt(i + 1);
  if (pack?.unit !== 'other') return false;
  const size = tokens[pack.last + 1];
  if (size?.kind !== 'num' || size.start - tokens[pack.last]!.end > 1) return false;
  return unitAt(pack.last + 2)?.unit === 'kg';
}
