/**
 * Scale words written before their multiplier (lexicon `scalesBeforeNumber`): Swahili says "elfu 15"
 * (thousand 15, 15 000), "dola milioni 6" (dollars million 6) and "watu elfu mbili" (people thousand two).
 * The scale word and the number after it are read as one number token, so that what is counted or the
 * currency named before them applies to the whole.
 */
import type { CompiledLexicon } from './lexicon.js';
import type { Token } from './token-types.js';

/**
 * `threeDigits`: whether three plain digits may be among the tokens (tokenize knows): without them no lone
 * scale word joins anything, and its pass need not walk every token.
 */
export function withScalesBefore(tokens: Token[], lex: CompiledLexicon, threeDigits = true): Token[] {
  if (!lex.scalesBeforeNumber) return threeDigits ? withLoneScaleHeads(tokens, lex) : tokens;
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // The number after the word first: most words have none, and their text need not be read (sliced).
    const scale =
      t.kind === 'word' && next?.kind === 'num' && !next.phone ? lex.scales.get(t.text) : undefined;
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

/**
 * "más de mil 947 dólares" (1947): in a language that writes the scale after its multiplier, a scale word
 * with no number before it is "one thousand", and three digits right after it are the rest of that number,
 * as after "49 mil" (read.ts). Without the digits the bare word stays a word ("miles", "mil millones").
 */
function withLoneScaleHeads(tokens: Token[], lex: CompiledLexicon): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const scale = t.kind === 'word' && next?.kind === 'num' ? lex.scales.get(t.text) : undefined;
    if (
      scale === undefined ||
      // Only "a thousand": a larger scale word also ends other words ("công ty", company; en "m") and would
      // make a name's number a billion; "un millón 200 mil" is read by the scale after it (session 28 review).
      scale !== 1000 ||
      tokens[i - 1]?.kind === 'num' ||
      next?.kind !== 'num' ||
      next.spelled ||
      !next.plain ||
      next.end - next.start !== 3 ||
      next.start !== t.end + 1 ||
      // "A thousand 500-kilogram bombs": digits joined to a word are that word's attribute.
      isHyphenAt(tokens[i + 2], next.end)
    ) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    out.push({ ...next, start: t.start, value: scale + next.value, plain: false });
    i++;
  }
  return out ?? tokens;
}

function isHyphenAt(t: Token | undefined, at: number): boolean {
  return t?.kind === 'punct' && t.start === at && t.text === '-';
}
