/**
 * Scale words written before their multiplier (lexicon `scalesBeforeNumber`): Swahili says "elfu 15"
 * (thousand 15, 15 000), "dola milioni 6" (dollars million 6) and "watu elfu mbili" (people thousand two).
 * The scale word and the number after it are read as one number token, so that what is counted or the
 * currency named before them applies to the whole.
 */
import type { CompiledLexicon } from './lexicon.js';
import type { Token } from './token-types.js';

export function withScalesBefore(tokens: Token[], lex: CompiledLexicon): Token[] {
  if (!lex.scalesBeforeNumber) return tokens;
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const scale = t.kind === 'word' ? lex.scales.get(t.text) : undefined;
    const next = tokens[i + 1];
    if (scale === undefined || next?.kind !== 'num' || next.phone) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    out.push({ ...next, start: t.start, value: next.value * scale, plain: false });
    i++;
  }
  return out ?? tokens;
}
