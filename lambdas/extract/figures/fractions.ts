/**
 * Fraction words before a number (lexicon `fractionPrefixes`): the Indic numeral systems say a quarter or a
 * half over a whole with a word before it — hi "साढ़े 16 हजार" (sixteen and a half thousand, 16 500), "सवा 3"
 * (3¼), "पौने 2" (1¾), bn "সাড়ে", ur "ساڑھے", gu "સાડા". Reading the word with the number, before the scale
 * word after it is applied, gives the whole; read alone, "16 हजार" would lose the half-thousand.
 */
import type { CompiledLexicon } from './lexicon.js';
import type { Token } from './token-types.js';

/** The tokens with each fraction word merged into the number right after it (or into one of a scale after it). */
export function withFractionPrefixes(tokens: Token[], folded: string, lex: CompiledLexicon): Token[] {
  const fractions = lex.fractionPrefixes;
  if (fractions === null) return tokens;
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // A fraction word may be a number word too (ur "سوا", 1¼): before a number it is its fraction.
    const word =
      t.kind === 'word' ? t.text : t.kind === 'num' && t.spelled ? folded.slice(t.start, t.end) : undefined;
    const fraction = word !== undefined ? fractions.get(word) : undefined;
    const next = tokens[i + 1];
    let merged: Token | null = null;
    if (fraction !== undefined && next?.kind === 'num' && !next.phone && next.value >= 1) {
      merged = { ...next, start: t.start, value: next.value + fraction, plain: false };
    } else if (fraction !== undefined && next?.kind === 'word' && lex.scales.get(next.text) !== undefined) {
      // "सवा लाख", a lakh and a quarter: the word counts one of the scale after it.
      merged = {
        kind: 'num',
        start: t.start,
        end: t.end,
        value: 1 + fraction,
        spelled: true,
        plain: false,
        phone: false,
      };
    }
    if (merged === null) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    out.push(merged);
    if (merged.end === next!.end) i++;
  }
  return out ?? tokens;
}
