/**
 * Vietnamese "năm" is five and year. Before a multiplier it is five ("năm trăm", 500: multiplied.ts); before a
 * counted noun it is five as well ("bắt giữ năm đối tượng", five suspects; "năm chiếc xe", five vehicles), unless
 * a word that makes it the year stands before it ("mỗi năm người dân…", each year the residents…; "hàng năm",
 * yearly), or a number does ("5 năm", five years). The digit is matched as written, with its diacritics: folded,
 * "năm" is also "nam" (male: "nam thanh niên", a young man).
 */
import { MAX_INFLECTION, type CompiledLexicon } from './lexicon.js';
import type { Token } from './token-types.js';

/** The tokens with each digit word of `digitsBeforeNoun` read as its number where a counted noun follows it. */
export function withDigitsBeforeNouns(tokens: Token[], body: string, lex: CompiledLexicon): Token[] {
  const digits = lex.digitsBeforeNoun;
  if (digits === null) return tokens;
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const value = t.kind === 'word' ? digits.get(body.slice(t.start, t.end).toLowerCase()) : undefined;
    const before = tokens[i - 1];
    const next = tokens[i + 1];
    const digit =
      value !== undefined &&
      before?.kind !== 'num' &&
      !(before?.kind === 'word' && lex.nounDigitAfter.has(before.text)) &&
      countedNounAt(tokens, next?.kind === 'word' && lex.connectors.has(next.text) ? i + 2 : i + 1, lex);
    if (!digit) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    out.push({ kind: 'num', start: t.start, end: t.end, value, spelled: true, plain: false, phone: false });
  }
  return out ?? tokens;
}

/** Whether a unit noun of the lexicon (one word or a phrase) starts at token k. */
function countedNounAt(tokens: readonly Token[], k: number, lex: CompiledLexicon): boolean {
  const first = tokens[k];
  if (first?.kind !== 'word') return false;
  let phrase = first.text;
  if (lex.units.get(phrase, true, MAX_INFLECTION)) return true;
  const longest = Math.min(lex.units.wordsFrom(first.text), tokens.length - k);
  for (let n = 1; n < longest; n++) {
    const t = tokens[k + n]!;
    if (t.kind !== 'word') return false;
    phrase = `${phrase} ${t.text}`;
    if (lex.units.get(phrase, false, MAX_INFLECTION)) return true;
  }
  return false;
}
